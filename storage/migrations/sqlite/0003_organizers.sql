-- What organizers did: every broadcast and export, who, when, what, how many.
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    count INTEGER NOT NULL DEFAULT 0
);

-- Broadcast jobs, persisted so that a restart resumes where sending stopped.
CREATE TABLE broadcasts (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    texts TEXT NOT NULL,             -- JSON: locale -> text
    link TEXT,
    audience TEXT NOT NULL,          -- subscribers | signers | lang:<locale>
    state TEXT NOT NULL,             -- sending | done | cancelled | stopped
    owner TEXT,                      -- the worker sending it, while its lease runs
    lease_until TEXT,
    finished_at TEXT,
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE broadcast_recipients (
    broadcast_id INTEGER NOT NULL REFERENCES broadcasts (id),
    person_id INTEGER NOT NULL,
    platform TEXT NOT NULL,
    user_id TEXT NOT NULL,
    locale TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',  -- pending | inflight | sent | uncertain | unreachable | failed | skipped
    batch_id INTEGER,
    PRIMARY KEY (broadcast_id, person_id)
) WITHOUT ROWID;
CREATE INDEX broadcast_recipients_state ON broadcast_recipients (broadcast_id, platform, state);

-- LINE multicast batches: the retry key is stored before the first attempt, so a resent batch is
-- accepted once or answered 409 (already accepted).
CREATE TABLE broadcast_batches (
    id INTEGER PRIMARY KEY,
    broadcast_id INTEGER NOT NULL REFERENCES broadcasts (id),
    platform TEXT NOT NULL,
    locale TEXT NOT NULL,
    retry_key TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'pending'   -- pending | sent | failed
);

CREATE INDEX signatures_signed_at ON signatures (signed_at);
CREATE INDEX people_updates ON people (updates, reachable);
