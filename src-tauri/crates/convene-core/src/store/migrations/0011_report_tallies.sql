-- Counts the network report pools, kept per meeting so a network's years of sheets
-- (a million answers) pool at once instead of being read one by one. They are derived
-- data: triggers mark a meeting whose sheets or answers change as stale, and the store
-- counts stale meetings again before the change commits (see store/tallies.rs).

CREATE TABLE tally_stale (
    meeting_id  TEXT PRIMARY KEY NOT NULL
);

-- Per meeting and form: sheets whose first entry is saved, and of those, sheets
-- accounted as entered (the ones whose answers the figures count).
CREATE TABLE form_tally (
    meeting_id  TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    form_id     TEXT NOT NULL,
    saved       INTEGER NOT NULL,
    entered     INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, form_id)
);

-- How many entered sheets marked each point of a single-mark field.
CREATE TABLE mark_tally (
    meeting_id  TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    form_id     TEXT NOT NULL,
    field       TEXT NOT NULL,
    point       INTEGER NOT NULL,
    sheets      INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, form_id, field, point)
);

-- How many entered sheets marked each (before, now) pair of a before/now rating.
CREATE TABLE pair_tally (
    meeting_id  TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    form_id     TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    before      INTEGER NOT NULL,
    now         INTEGER NOT NULL,
    sheets      INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, form_id, item_id, before, now)
);

-- A meeting is marked once; the marks guard themselves rather than rely on OR IGNORE,
-- which an outer statement's own conflict clause (an upsert) would override.
CREATE TRIGGER sheet_counts_insert AFTER INSERT ON form_sheet BEGIN
    INSERT INTO tally_stale SELECT NEW.meeting_id
        WHERE NEW.meeting_id NOT IN (SELECT meeting_id FROM tally_stale);
END;
CREATE TRIGGER sheet_counts_update AFTER UPDATE ON form_sheet BEGIN
    INSERT INTO tally_stale SELECT OLD.meeting_id
        WHERE OLD.meeting_id NOT IN (SELECT meeting_id FROM tally_stale);
    INSERT INTO tally_stale SELECT NEW.meeting_id
        WHERE NEW.meeting_id NOT IN (SELECT meeting_id FROM tally_stale);
END;
CREATE TRIGGER sheet_counts_delete AFTER DELETE ON form_sheet BEGIN
    INSERT INTO tally_stale SELECT OLD.meeting_id
        WHERE OLD.meeting_id NOT IN (SELECT meeting_id FROM tally_stale);
END;

-- A pass or answer whose sheet is already gone (deleted with it) was marked by the
-- sheet's own trigger.
CREATE TRIGGER pass_counts_insert AFTER INSERT ON sheet_pass BEGIN
    INSERT INTO tally_stale SELECT meeting_id FROM form_sheet
        WHERE id = NEW.sheet_id AND meeting_id NOT IN (SELECT meeting_id FROM tally_stale);
END;
CREATE TRIGGER pass_counts_update AFTER UPDATE ON sheet_pass BEGIN
    INSERT INTO tally_stale SELECT meeting_id FROM form_sheet
        WHERE id = NEW.sheet_id AND meeting_id NOT IN (SELECT meeting_id FROM tally_stale);
END;
CREATE TRIGGER pass_counts_delete AFTER DELETE ON sheet_pass BEGIN
    INSERT INTO tally_stale SELECT meeting_id FROM form_sheet
        WHERE id = OLD.sheet_id AND meeting_id NOT IN (SELECT meeting_id FROM tally_stale);
END;

CREATE TRIGGER answer_counts_insert AFTER INSERT ON sheet_answer WHEN NEW.pass = 1 BEGIN
    INSERT INTO tally_stale SELECT meeting_id FROM form_sheet
        WHERE id = NEW.sheet_id AND meeting_id NOT IN (SELECT meeting_id FROM tally_stale);
END;
CREATE TRIGGER answer_counts_update AFTER UPDATE ON sheet_answer BEGIN
    INSERT INTO tally_stale SELECT meeting_id FROM form_sheet
        WHERE id = NEW.sheet_id AND meeting_id NOT IN (SELECT meeting_id FROM tally_stale);
END;
CREATE TRIGGER answer_counts_delete AFTER DELETE ON sheet_answer WHEN OLD.pass = 1 BEGIN
    INSERT INTO tally_stale SELECT meeting_id FROM form_sheet
        WHERE id = OLD.sheet_id AND meeting_id NOT IN (SELECT meeting_id FROM tally_stale);
END;

-- Every meeting already here is counted when the migration commits.
INSERT INTO tally_stale SELECT id FROM meeting;
