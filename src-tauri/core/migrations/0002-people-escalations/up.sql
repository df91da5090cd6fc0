-- People of the workspace, ambassadors' annotations linked to them, and escalations.

-- The people who use this workspace, with the role they usually play. Who is at the keyboard
-- now is the setting `current_person_id`.
CREATE TABLE people (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role        TEXT NOT NULL DEFAULT 'participant'
                CHECK (role IN ('facilitator', 'ambassador', 'participant')),
    archived_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
-- Two active people cannot share a name: annotations and escalations show names.
CREATE UNIQUE INDEX people_active_name ON people (lower(trim(name))) WHERE archived_at IS NULL;

-- An annotation's author as a person (the `author` and `role` columns keep the name and role
-- as they were when it was written, so exports and deleted people keep reading right).
ALTER TABLE annotations ADD COLUMN person_id TEXT REFERENCES people (id) ON DELETE SET NULL;
CREATE INDEX annotations_decision ON annotations (decision_id, created_at);

-- The "?" e-mail: an anecdote handed to an owner with a deadline. Resolving records what
-- happened (root cause) and what was fixed. A resolution is reported in the next meeting that
-- starts after it: `reported_in_meeting_id` is stamped then.
CREATE TABLE escalations (
    id             TEXT PRIMARY KEY NOT NULL,
    anecdote_id    TEXT NOT NULL REFERENCES anecdotes (id) ON DELETE CASCADE,
    owner          TEXT NOT NULL CHECK (length(trim(owner)) > 0),
    note           TEXT NOT NULL DEFAULT '?',
    raised_by      TEXT NOT NULL DEFAULT '',
    meeting_id     TEXT REFERENCES meetings (id) ON DELETE SET NULL,
    deadline_hours INTEGER NOT NULL CHECK (deadline_hours BETWEEN 1 AND 8760),
    due_at         TEXT NOT NULL,
    resolved_at    TEXT,
    resolved_by    TEXT,
    root_cause     TEXT NOT NULL DEFAULT '',
    fix            TEXT NOT NULL DEFAULT '',
    reported_in_meeting_id TEXT REFERENCES meetings (id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK (resolved_at IS NULL OR (length(trim(root_cause)) > 0 AND length(trim(fix)) > 0))
);
CREATE INDEX escalations_open ON escalations (due_at) WHERE resolved_at IS NULL;
CREATE INDEX escalations_anecdote ON escalations (anecdote_id);
