-- Community agreements: each community's agreement sets, newest version in force, and
-- whether the projector is showing them.
CREATE TABLE agreement_set (
    id                  TEXT PRIMARY KEY NOT NULL,
    community_id        TEXT NOT NULL REFERENCES community(id) ON DELETE CASCADE,
    version             INTEGER NOT NULL,
    -- The meeting that adopted this version, when it was adopted in one.
    adopted_meeting_id  TEXT REFERENCES meeting(id) ON DELETE SET NULL,
    created_at          TEXT NOT NULL,
    UNIQUE (community_id, version)
);

CREATE TABLE agreement_item (
    id          TEXT PRIMARY KEY NOT NULL,
    set_id      TEXT NOT NULL REFERENCES agreement_set(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    label       TEXT NOT NULL,
    -- One statement per line.
    statements  TEXT NOT NULL DEFAULT '',
    practice    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agreement_item_by_set ON agreement_item(set_id, position);

ALTER TABLE run_state ADD COLUMN agreements INTEGER NOT NULL DEFAULT 0;
