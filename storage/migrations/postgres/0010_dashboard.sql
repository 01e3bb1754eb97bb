-- The organizers' dashboard: one-time sign-in links and sessions (only hashes of their secrets are kept),
-- and the conversation funnel as counts per platform, language and milestone. A person keeps a bit per
-- milestone reached (people.funnel), so that each is counted once; no list of who reached what is kept.
CREATE TABLE dashboard_links (
    token_hash TEXT PRIMARY KEY,
    actor TEXT NOT NULL,             -- who asked for it: telegram:<id>, line:<id> or cli:<user>
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ
);
CREATE TABLE dashboard_sessions (
    id_hash TEXT PRIMARY KEY,
    actor TEXT NOT NULL,
    csrf TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    seen_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE funnel_counts (
    platform TEXT NOT NULL,
    language TEXT NOT NULL,
    milestone TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (platform, language, milestone)
);
ALTER TABLE people ADD COLUMN funnel INTEGER NOT NULL DEFAULT 0;
