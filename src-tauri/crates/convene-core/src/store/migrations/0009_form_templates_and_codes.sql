-- The facilitator's own form templates, saved from a form to start later forms from;
-- in the language the form was printed in.
CREATE TABLE form_template (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL UNIQUE,
    lang        TEXT NOT NULL CHECK (lang IN ('en', 'es')),
    title       TEXT NOT NULL,
    intro       TEXT NOT NULL DEFAULT '',
    items       TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

-- A member's participant code: given the first time sheets are printed for them, kept
-- for good, so their sheets can be linked across meetings without their name. Only
-- this machine knows whose code is whose.
ALTER TABLE member ADD COLUMN participant_code TEXT;
CREATE UNIQUE INDEX member_by_participant_code ON member(participant_code)
    WHERE participant_code IS NOT NULL;

-- The participant code printed on a sheet made for one member (none on a sheet any
-- participant may take).
ALTER TABLE form_sheet ADD COLUMN participant_code TEXT;
