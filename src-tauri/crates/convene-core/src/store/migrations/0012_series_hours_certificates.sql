-- A community's rhythm (a series of meetings scheduled together), the hours each
-- meeting and each member earn, and the register of certificates issued.
CREATE TABLE series (
    id             TEXT PRIMARY KEY NOT NULL,
    community_id   TEXT NOT NULL REFERENCES community(id) ON DELETE CASCADE,
    title          TEXT NOT NULL,
    -- How the dates were chosen (JSON), kept to describe the series and to preview more.
    recurrence     TEXT NOT NULL,
    start_time     TEXT NOT NULL,
    end_time       TEXT NOT NULL,
    location       TEXT NOT NULL DEFAULT '',
    -- Completion: at least this many meetings (NULL: all of them) ...
    min_meetings   INTEGER CHECK (min_meetings >= 1),
    -- ... each counting only when this share of its contact hours was attended (NULL: any).
    min_share      INTEGER CHECK (min_share BETWEEN 1 AND 100),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX series_by_community ON series(community_id);

ALTER TABLE meeting ADD COLUMN series_id TEXT REFERENCES series(id) ON DELETE SET NULL;
-- Contact hours set by hand, in minutes; NULL: counted from the agenda.
ALTER TABLE meeting ADD COLUMN contact_minutes INTEGER CHECK (contact_minutes BETWEEN 0 AND 1440);
CREATE INDEX meeting_by_series ON meeting(series_id);

-- Minutes a present member attended when they came late or left early; NULL: all of it.
ALTER TABLE attendance ADD COLUMN minutes INTEGER CHECK (minutes BETWEEN 0 AND 1440);

-- Who issues certificates, as printed on them.
ALTER TABLE preferences ADD COLUMN provider TEXT NOT NULL DEFAULT '';
ALTER TABLE preferences ADD COLUMN accreditation TEXT NOT NULL DEFAULT '';
ALTER TABLE preferences ADD COLUMN signer_name TEXT NOT NULL DEFAULT '';
ALTER TABLE preferences ADD COLUMN signer_title TEXT NOT NULL DEFAULT '';
-- A scanned signature (PNG or JPEG) printed above the signature line.
ALTER TABLE preferences ADD COLUMN signature BLOB;

-- Every certificate ever issued, so a number can be checked later. What was printed is
-- kept as printed: a corrected certificate is a new row that replaces the old one.
CREATE TABLE certificate (
    id              TEXT PRIMARY KEY NOT NULL,
    number          TEXT NOT NULL UNIQUE,
    code            TEXT NOT NULL,
    -- Deleting a community deletes its people's names, in the register too.
    community_id    TEXT NOT NULL REFERENCES community(id) ON DELETE CASCADE,
    series_id       TEXT REFERENCES series(id) ON DELETE SET NULL,
    member_id       TEXT REFERENCES member(id) ON DELETE SET NULL,
    member_name     TEXT NOT NULL,
    series_title    TEXT NOT NULL,
    community_name  TEXT NOT NULL,
    first_date      TEXT NOT NULL,
    last_date       TEXT NOT NULL,
    meetings        INTEGER NOT NULL,
    contact_minutes INTEGER NOT NULL,
    ceu_tenths      INTEGER NOT NULL,
    provider        TEXT NOT NULL,
    accreditation   TEXT NOT NULL,
    language        TEXT NOT NULL CHECK (language IN ('en', 'es')),
    issued_at       TEXT NOT NULL,
    replaces        TEXT REFERENCES certificate(id),
    -- Set just before its replacement is written, so not a foreign key.
    replaced_by     TEXT
);
CREATE INDEX certificate_by_series ON certificate(series_id, member_id);
CREATE INDEX certificate_by_community ON certificate(community_id, number);
CREATE INDEX certificate_by_member ON certificate(member_id);
-- One current certificate per member and series: a second one is only ever a reissue.
CREATE UNIQUE INDEX certificate_current
    ON certificate(series_id, member_id) WHERE replaced_by IS NULL;
