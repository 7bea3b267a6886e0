-- Every page read from a scan, in the pass it stood as, so each one is accounted for
-- (read, not read and why, read before) and a person can check what was in doubt
-- beside the image. `fingerprint` is a digest of the page's pixels: the same page
-- read again is recognised and changes nothing. `problem` is JSON naming why a page
-- was not read.
CREATE TABLE scan_page (
    id           TEXT PRIMARY KEY NOT NULL,
    meeting_id   TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    pass         INTEGER NOT NULL CHECK (pass IN (1, 2)),
    file_name    TEXT NOT NULL,
    page_in_file INTEGER NOT NULL,
    fingerprint  TEXT NOT NULL,
    scanned_at   TEXT NOT NULL,
    outcome      TEXT NOT NULL,
    problem      TEXT,
    sheet_id     TEXT REFERENCES form_sheet(id) ON DELETE CASCADE,
    form_page    INTEGER,
    UNIQUE (meeting_id, pass, fingerprint)
);
CREATE INDEX scan_page_by_sheet ON scan_page(sheet_id, pass);

-- A field's part of a scanned page, drawn upright (PNG): shown beside a doubtful
-- mark or a comment to type, and beside a disagreement between two entries.
CREATE TABLE scan_snippet (
    scan_page_id TEXT NOT NULL REFERENCES scan_page(id) ON DELETE CASCADE,
    field        TEXT NOT NULL,
    -- 0 when read with confidence, up to 1 for a mark inked halfway.
    doubt        REAL NOT NULL,
    to_check     INTEGER NOT NULL CHECK (to_check IN (0, 1)),
    png          BLOB NOT NULL,
    PRIMARY KEY (scan_page_id, field)
);
