-- A withdrawal leaves nothing that says the account signed: withdrawals are counted per day (in Japan)
-- and platform only, with no row (and no moment) of their own; tallies count standing signatures only;
-- a person's last activity is kept to the day (enough to clear drafts abandoned for days).
CREATE TABLE withdrawal_days (
    day TEXT NOT NULL,
    platform TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (day, platform)
) WITHOUT ROWID;
INSERT INTO withdrawal_days (day, platform, n)
    SELECT date(withdrawn_at, '+9 hours'), platform, count(*) FROM withdrawals GROUP BY 1, 2;
DROP TABLE withdrawals;
DELETE FROM signature_tallies WHERE n <= 0;
UPDATE people SET updated_at = date(updated_at) || 'T00:00:00+00:00';
-- Event ids are kept for a few days only: pruned by their time.
CREATE INDEX processed_events_at ON processed_events (processed_at);
