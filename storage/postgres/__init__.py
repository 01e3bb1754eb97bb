"""PostgreSQL through asyncpg: the connection pool, transactions and copying a campaign over from SQLite."""
