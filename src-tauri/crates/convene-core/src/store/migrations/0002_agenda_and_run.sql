-- Agendas, saved agenda templates, and the live run of a meeting.
CREATE TABLE agenda_item (
    id                TEXT PRIMARY KEY NOT NULL,
    meeting_id        TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    title             TEXT NOT NULL,
    kind              TEXT NOT NULL,
    planned_minutes   INTEGER NOT NULL CHECK (planned_minutes BETWEEN 1 AND 720),
    fixed_start       TEXT,
    presenter         TEXT NOT NULL DEFAULT '',
    description       TEXT NOT NULL DEFAULT '',
    facilitator_notes TEXT NOT NULL DEFAULT '',
    materials         TEXT NOT NULL DEFAULT '',
    -- The library activity this item runs, once the activity library exists.
    activity_id       TEXT,
    warning_seconds   INTEGER,
    danger_seconds    INTEGER,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX agenda_item_by_meeting ON agenda_item(meeting_id, position);

CREATE TABLE agenda_template (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL UNIQUE,
    items      TEXT NOT NULL,
    created_at TEXT NOT NULL
);

ALTER TABLE meeting ADD COLUMN warning_seconds INTEGER;
ALTER TABLE meeting ADD COLUMN danger_seconds INTEGER;
ALTER TABLE meeting ADD COLUMN auto_advance INTEGER NOT NULL DEFAULT 0;
ALTER TABLE meeting ADD COLUMN chime INTEGER NOT NULL DEFAULT 1;
-- Counts run transitions, so views can drop a snapshot older than one they have.
ALTER TABLE meeting ADD COLUMN run_revision INTEGER NOT NULL DEFAULT 0;

-- One row per meeting that has been started: enough to resume after a crash.
CREATE TABLE run_state (
    meeting_id        TEXT PRIMARY KEY NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    status            TEXT NOT NULL CHECK (status IN ('running', 'paused', 'ended')),
    current_item_id   TEXT,
    elapsed_before_ms INTEGER NOT NULL DEFAULT 0,
    running_since     TEXT,
    added_ms          INTEGER NOT NULL DEFAULT 0,
    blackout          INTEGER NOT NULL DEFAULT 0,
    message           TEXT NOT NULL DEFAULT '',
    started_at        TEXT NOT NULL,
    ended_at          TEXT,
    updated_at        TEXT NOT NULL
);

-- What actually happened: one row each time an item was on the clock.
CREATE TABLE run_log (
    id              TEXT PRIMARY KEY NOT NULL,
    meeting_id      TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    item_id         TEXT,
    item_title      TEXT NOT NULL,
    planned_seconds INTEGER NOT NULL,
    added_seconds   INTEGER NOT NULL DEFAULT 0,
    started_at      TEXT NOT NULL,
    ended_at        TEXT,
    actual_seconds  INTEGER
);
CREATE INDEX run_log_by_meeting ON run_log(meeting_id, started_at);
