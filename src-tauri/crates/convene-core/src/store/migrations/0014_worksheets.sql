-- Reflection worksheets: each community's own copies of the shipped templates (or its
-- own), and the agenda's reflection item that hands one out.
CREATE TABLE worksheet (
    id            TEXT PRIMARY KEY NOT NULL,
    community_id  TEXT NOT NULL REFERENCES community(id) ON DELETE CASCADE,
    title         TEXT NOT NULL,
    intro         TEXT NOT NULL DEFAULT '',
    language      TEXT NOT NULL CHECK (language IN ('en', 'es')),
    -- The prompts as JSON, in the order printed (see domain/worksheets).
    prompts       TEXT NOT NULL,
    -- The shipped template it was copied from, if any.
    template_key  TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX worksheet_by_community ON worksheet(community_id, title);

-- Deleting a worksheet unlinks the items that used it; the items stay.
ALTER TABLE agenda_item ADD COLUMN worksheet_id TEXT REFERENCES worksheet(id) ON DELETE SET NULL;
