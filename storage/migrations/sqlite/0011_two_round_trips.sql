-- Nothing to change on SQLite: its twin on PostgreSQL lets an event be read in one round trip and written,
-- claimed and committed in a second (SQLite's statements run in the bot's own process, and it reads
-- people.funnel with the person's other columns).
SELECT 1;
