-- Nothing to change on SQLite: its twin on PostgreSQL adds a function that reads an event's person,
-- signature and referral count in one round trip (SQLite's statements run in the bot's own process).
SELECT 1;
