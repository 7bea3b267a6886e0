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

-- What was typed from a sheet, per entry pass (1, and 2 for double entry) and per
-- field (an item, or a before/now item's `before` or `now` half). A value is JSON: a
-- scale point, several, a text, or a missing code (blank, more than one mark,
-- illegible, not applicable). A pass is a draft until saved whole.
CREATE TABLE sheet_pass (
    sheet_id  TEXT NOT NULL REFERENCES form_sheet(id) ON DELETE CASCADE,
    pass      INTEGER NOT NULL CHECK (pass IN (1, 2)),
    saved_at  TEXT,
    PRIMARY KEY (sheet_id, pass)
);

CREATE TABLE sheet_answer (
    sheet_id  TEXT NOT NULL REFERENCES form_sheet(id) ON DELETE CASCADE,
    pass      INTEGER NOT NULL CHECK (pass IN (1, 2)),
    field     TEXT NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (sheet_id, pass, field)
);

-- Every change to a saved answer: when, what it was, what it became, and why.
CREATE TABLE answer_change (
    id          TEXT PRIMARY KEY NOT NULL,
    sheet_id    TEXT NOT NULL REFERENCES form_sheet(id) ON DELETE CASCADE,
    pass        INTEGER NOT NULL,
    field       TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    changed_at  TEXT NOT NULL
);
CREATE INDEX answer_change_by_sheet ON answer_change(sheet_id);

-- A difference between the two entries of a field, settled by looking at the paper:
-- what each pass had, what the paper says (written into both passes) and why. Kept so
-- the agreement rate still counts the fields the two passes first disagreed on.
CREATE TABLE entry_resolution (
    id            TEXT PRIMARY KEY NOT NULL,
    sheet_id      TEXT NOT NULL REFERENCES form_sheet(id) ON DELETE CASCADE,
    field         TEXT NOT NULL,
    first_value   TEXT NOT NULL,
    second_value  TEXT NOT NULL,
    paper_value   TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    resolved_at   TEXT NOT NULL
);
CREATE INDEX entry_resolution_by_sheet ON entry_resolution(sheet_id);

-- When only a random sample of a meeting's sheets is entered a second time: the
-- sheets drawn. No rows means every entered sheet is entered twice.
CREATE TABLE double_entry_sample (
    sheet_id    TEXT PRIMARY KEY NOT NULL REFERENCES form_sheet(id) ON DELETE CASCADE,
    meeting_id  TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE
);
CREATE INDEX double_entry_sample_by_meeting ON double_entry_sample(meeting_id);
