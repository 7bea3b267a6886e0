-- Evaluation forms: a meeting's forms (one per language it prints in, or more), each
-- a list of versions. A version's items are JSON (see domain::forms::model); the
-- sheets printed and entered later point at the version they were printed from, so a
-- version that has been printed is never changed again: editing it adds a version.
CREATE TABLE form (
    id          TEXT PRIMARY KEY NOT NULL,
    meeting_id  TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    lang        TEXT NOT NULL CHECK (lang IN ('en', 'es')),
    created_at  TEXT NOT NULL
);
CREATE INDEX form_by_meeting ON form(meeting_id);

CREATE TABLE form_version (
    id          TEXT PRIMARY KEY NOT NULL,
    form_id     TEXT NOT NULL REFERENCES form(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    title       TEXT NOT NULL,
    intro       TEXT NOT NULL DEFAULT '',
    items       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    -- Set when the version is first printed; from then on it is kept as printed.
    printed_at  TEXT,
    UNIQUE (form_id, number)
);

-- The sheets printed for a meeting: each copy's serial, unique within the meeting,
-- and what became of it. Every issued sheet ends as entered, returned blank, spoiled
-- or not returned, so a report knows how many went out and how many came back.
CREATE TABLE form_sheet (
    id               TEXT PRIMARY KEY NOT NULL,
    meeting_id       TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    form_version_id  TEXT NOT NULL REFERENCES form_version(id) ON DELETE CASCADE,
    number           INTEGER NOT NULL,
    -- As printed, e.g. "M3-037".
    label            TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'issued'
                     CHECK (status IN ('issued', 'entered', 'blank', 'spoiled', 'not_returned')),
    issued_at        TEXT NOT NULL,
    UNIQUE (meeting_id, number)
);
CREATE INDEX form_sheet_by_version ON form_sheet(form_version_id);
