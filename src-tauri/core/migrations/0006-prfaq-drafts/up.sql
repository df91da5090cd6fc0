-- The PR/FAQ draft kept with its decision: the Markdown last saved to a file from the app,
-- when, and under which file name (the name only: where it went on the laptop stays there).
-- One per decision; it goes with its decision, and comes back with it on undo.
CREATE TABLE prfaq_drafts (
    decision_id TEXT PRIMARY KEY NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
    markdown    TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    saved_at    TEXT NOT NULL
);
