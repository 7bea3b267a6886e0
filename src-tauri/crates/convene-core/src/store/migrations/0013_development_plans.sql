-- Individual development plans: each member's goals, every saved version of each goal
-- (goals shift over a series; what they were is kept), and check-ins between meetings.
CREATE TABLE goal (
    id          TEXT PRIMARY KEY NOT NULL,
    member_id   TEXT NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL
);
CREATE INDEX goal_by_member ON goal(member_id, created_at);

CREATE TABLE goal_version (
    id        TEXT PRIMARY KEY NOT NULL,
    goal_id   TEXT NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    goal      TEXT NOT NULL,
    why       TEXT NOT NULL DEFAULT '',
    -- One of the twelve Quality Standards, by key; NULL when none was chosen.
    standard  TEXT,
    -- The steps as JSON: [{ "text": …, "by": "YYYY-MM-DD" | null, "done": bool }].
    steps     TEXT NOT NULL DEFAULT '[]',
    support   TEXT NOT NULL DEFAULT '',
    evidence  TEXT NOT NULL DEFAULT '',
    status    TEXT NOT NULL CHECK (status IN ('active', 'achieved', 'paused', 'dropped')),
    saved_at  TEXT NOT NULL
);
CREATE INDEX goal_version_by_goal ON goal_version(goal_id, saved_at);

CREATE TABLE checkin (
    id          TEXT PRIMARY KEY NOT NULL,
    member_id   TEXT NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    goal_id     TEXT REFERENCES goal(id) ON DELETE SET NULL,
    date        TEXT NOT NULL,
    with_whom   TEXT NOT NULL DEFAULT '',
    moved       TEXT NOT NULL DEFAULT '',
    next        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX checkin_by_member ON checkin(member_id, date);

-- Growth coaches, mentors and accountability partners: the pairs (and trios) of one
-- period, and their check-ins between meetings. Experience informs mentoring pairs.
ALTER TABLE member ADD COLUMN experience_years INTEGER CHECK (experience_years BETWEEN 0 AND 60);

CREATE TABLE pairing (
    id            TEXT PRIMARY KEY NOT NULL,
    community_id  TEXT NOT NULL REFERENCES community(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('growthCoaches', 'mentoring', 'accountabilityPartners')),
    label         TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE INDEX pairing_by_community ON pairing(community_id, created_at);

-- A member is in one group of a period at most: the key refuses a second.
CREATE TABLE pair_member (
    pairing_id  TEXT NOT NULL REFERENCES pairing(id) ON DELETE CASCADE,
    member_id   TEXT NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    grp         INTEGER NOT NULL,
    PRIMARY KEY (pairing_id, member_id)
) WITHOUT ROWID;

CREATE TABLE pair_checkin (
    id          TEXT PRIMARY KEY NOT NULL,
    pairing_id  TEXT NOT NULL REFERENCES pairing(id) ON DELETE CASCADE,
    grp         INTEGER NOT NULL,
    date        TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX pair_checkin_by_pairing ON pair_checkin(pairing_id, grp, date);
