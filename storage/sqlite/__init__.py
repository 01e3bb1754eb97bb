"""SQLite through aiosqlite: connections, the group commit, locking and online backup."""
