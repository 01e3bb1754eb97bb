-- Organizer tools: scheduled broadcasts, broadcast pictures, LINE's aggregation units, one sending budget
-- per platform shared by every job and instance.
ALTER TABLE broadcasts ADD COLUMN scheduled_at TEXT;          -- when a 'scheduled' job is to be sent
ALTER TABLE broadcasts ADD COLUMN media_id INTEGER;           -- its picture, if any (broadcast_media)
ALTER TABLE broadcasts ADD COLUMN unit TEXT NOT NULL DEFAULT '';  -- LINE custom aggregation unit
ALTER TABLE broadcasts ADD COLUMN partial INTEGER NOT NULL DEFAULT 0;  -- sent to as many on LINE as the quota allows
CREATE INDEX broadcasts_scheduled ON broadcasts (state, scheduled_at);

-- A broadcast's picture and its preview, served to LINE at PUBLIC_BASE_URL/media/<token>.
CREATE TABLE broadcast_media (
    id INTEGER PRIMARY KEY,
    token TEXT NOT NULL UNIQUE,
    content_type TEXT NOT NULL,
    data BLOB NOT NULL,
    preview BLOB NOT NULL
);

-- The next free sending slot per platform, in seconds since the epoch: every sender reserves its slots here.
CREATE TABLE send_budget (
    platform TEXT PRIMARY KEY,
    next_at REAL NOT NULL
);
