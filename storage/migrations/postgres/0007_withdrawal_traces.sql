-- PostgreSQL twin of sqlite/0007_withdrawal_traces.sql. A withdrawal leaves nothing that says the account
-- signed: withdrawals are counted per day (in Japan) and platform only, with no row (and no moment) of their
-- own; tallies count standing signatures only; a person's last activity is kept to the day.
CREATE TABLE withdrawal_days (
    day TEXT NOT NULL,
    platform TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (day, platform)
);
INSERT INTO withdrawal_days (day, platform, n)
    SELECT to_char(withdrawn_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD'), platform, count(*)
    FROM withdrawals GROUP BY 1, 2;
DROP TABLE withdrawals;
DELETE FROM signature_tallies WHERE n <= 0;
UPDATE people SET updated_at = date_trunc('day', updated_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
-- Event ids are kept for a few days only: pruned by their time.
CREATE INDEX processed_events_at ON processed_events (processed_at);
