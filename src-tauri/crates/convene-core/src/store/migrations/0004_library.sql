-- The teambuilding activity library, how groups did on their agreements, the
-- agreements reminder before teambuilding, and the attendance a meeting expects.
CREATE TABLE activity (
    id              TEXT PRIMARY KEY NOT NULL,
    -- Set on activities that came with Convene, so their text can be restored.
    shipped_key     TEXT UNIQUE,
    name            TEXT NOT NULL,
    name_key        TEXT NOT NULL,
    summary         TEXT NOT NULL,
    stage           TEXT NOT NULL,
    -- The whole record (steps, materials, debrief…) as JSON; the columns below repeat
    -- what search filters and sorts on.
    data            TEXT NOT NULL,
    min_minutes     INTEGER NOT NULL,
    max_minutes     INTEGER NOT NULL,
    min_group       INTEGER NOT NULL,
    max_group       INTEGER NOT NULL,
    group_size      INTEGER NOT NULL,
    space           TEXT NOT NULL,
    intensity_rank  INTEGER NOT NULL,
    contact_rank    INTEGER NOT NULL,
    disclosure_rank INTEGER NOT NULL,
    -- Space-separated with spaces around, so " trust " can be matched.
    purposes        TEXT NOT NULL,
    needs_materials INTEGER NOT NULL,
    favorite        INTEGER NOT NULL DEFAULT 0,
    -- A shipped activity the facilitator has edited.
    modified        INTEGER NOT NULL DEFAULT 0,
    -- Deleted activities stay restorable until the facilitator empties the bin.
    deleted_at      TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX activity_by_name ON activity(name_key);

-- Full-text index over each activity's words; rowid matches activity's rowid. The
-- prefix indexes keep the first keystrokes of a search as fast as whole words.
CREATE VIRTUAL TABLE activity_fts USING fts5(
    name, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);

-- The facilitator's rating of an activity as run at a meeting.
CREATE TABLE activity_rating (
    activity_id TEXT NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    meeting_id  TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    PRIMARY KEY (activity_id, meeting_id)
);

-- At a meeting's close: how the group did on each agreement, 1 to 5.
CREATE TABLE agreement_checkin (
    meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    item_id    TEXT NOT NULL REFERENCES agreement_item(id) ON DELETE CASCADE,
    score      INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (meeting_id, item_id)
);

CREATE INDEX agenda_item_by_activity ON agenda_item(activity_id);
ALTER TABLE agenda_item ADD COLUMN remind_agreements INTEGER NOT NULL DEFAULT 1;
ALTER TABLE agenda_item ADD COLUMN safety_monitor TEXT NOT NULL DEFAULT '';
-- The teambuilding item whose agreements reminder the facilitator has moved past.
ALTER TABLE run_state ADD COLUMN reminder_done_item TEXT;
ALTER TABLE meeting ADD COLUMN expected_attendance INTEGER;
