-- People who talked to the bot: one row per platform account, never a name.
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    user_id TEXT NOT NULL,
    language TEXT,
    step TEXT NOT NULL DEFAULT 'new',
    position INTEGER NOT NULL DEFAULT 0,
    draft TEXT NOT NULL DEFAULT '{}',
    updates INTEGER NOT NULL DEFAULT 0,
    reachable INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (platform, user_id)
);

-- One signature per person; AUTOINCREMENT keeps signer numbers from ever being reused.
CREATE TABLE signatures (
    number INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL UNIQUE REFERENCES people (id),
    name TEXT NOT NULL,
    prefecture TEXT,
    consent_version TEXT NOT NULL,
    consented_at TEXT NOT NULL,
    signed_at TEXT NOT NULL
);

-- Withdrawals, anonymous: when and on which platform, nothing else.
CREATE TABLE withdrawals (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    withdrawn_at TEXT NOT NULL
);

-- Platform event ids already applied, so a redelivered event changes nothing.
CREATE TABLE processed_events (
    platform TEXT NOT NULL,
    event_id TEXT NOT NULL,
    processed_at TEXT NOT NULL,
    PRIMARY KEY (platform, event_id)
) WITHOUT ROWID;
