-- Personal referral links: each signer gets a code; a signature that came through someone's link
-- records that code. Counters hold platform tallies such as LINE pushes spent.
ALTER TABLE people ADD COLUMN referred_by TEXT;
ALTER TABLE signatures ADD COLUMN referral_code TEXT;
ALTER TABLE signatures ADD COLUMN referred_by TEXT;
CREATE UNIQUE INDEX signatures_referral_code ON signatures (referral_code);
CREATE INDEX signatures_referred_by ON signatures (referred_by);
CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value BIGINT NOT NULL DEFAULT 0
);
