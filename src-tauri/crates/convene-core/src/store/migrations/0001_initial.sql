-- Communities, their members, meetings and attendance.
CREATE TABLE community (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    focus       TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    cohort      TEXT NOT NULL DEFAULT '',
    is_example  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE member (
    id           TEXT PRIMARY KEY NOT NULL,
    community_id TEXT NOT NULL REFERENCES community(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    name_key     TEXT NOT NULL,
    role         TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    site         TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX member_name_in_community ON member(community_id, name_key);

CREATE TABLE meeting (
    id           TEXT PRIMARY KEY NOT NULL,
    community_id TEXT NOT NULL REFERENCES community(id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    series       TEXT NOT NULL DEFAULT '',
    date         TEXT NOT NULL,
    start_time   TEXT NOT NULL,
    end_time     TEXT NOT NULL,
    location     TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX meeting_by_community ON meeting(community_id, date, start_time);

CREATE TABLE attendance (
    meeting_id  TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    member_id   TEXT NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    status      TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (meeting_id, member_id)
) WITHOUT ROWID;
CREATE INDEX attendance_by_member ON attendance(member_id);
