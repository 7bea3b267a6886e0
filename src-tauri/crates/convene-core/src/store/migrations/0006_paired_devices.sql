-- Devices the facilitator paired as clickers in browser mode. Only a SHA-256 of each
-- device's token is kept, so a copy of this file cannot be used to act as a device.
CREATE TABLE paired_device (
    id            TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL,
    token_hash    TEXT NOT NULL UNIQUE,
    created_at    TEXT NOT NULL,
    last_seen_at  TEXT,
    revoked_at    TEXT
);
