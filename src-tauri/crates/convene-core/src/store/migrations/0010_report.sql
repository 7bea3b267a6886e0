-- How the facilitator uses a written answer in the report: starred to quote it, or
-- hidden from the report. A hidden answer stays in the data and in exports.
CREATE TABLE comment_flag (
    sheet_id  TEXT NOT NULL REFERENCES form_sheet(id) ON DELETE CASCADE,
    field     TEXT NOT NULL,
    starred   INTEGER NOT NULL DEFAULT 0,
    hidden    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (sheet_id, field)
);
