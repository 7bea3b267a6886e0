-- The languages Convene speaks: the facilitator's (NULL until chosen, meaning the
-- operating system's), the room's on the projector and participant pages (NULL means
-- the same as the facilitator's), and each member's for what is printed for them
-- (NULL means the facilitator's).
CREATE TABLE preferences (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    language       TEXT CHECK (language IN ('en', 'es')),
    room_language  TEXT CHECK (room_language IN ('en', 'es'))
);
INSERT INTO preferences (id) VALUES (1);

ALTER TABLE member ADD COLUMN language TEXT CHECK (language IN ('en', 'es'));
