-- Meetings changed after they were created.

-- "Nudge after 0 minutes" means the chair never speaks up. `nudge_minutes` keeps its 1..240
-- check and the minutes chosen before, so turning the nudge back on restores them.
ALTER TABLE meetings ADD COLUMN nudge_off INTEGER NOT NULL DEFAULT 0 CHECK (nudge_off IN (0, 1));

-- Decks whose questions a meeting works through after its first (`meetings.deck_id`), in
-- order: "the five customer questions, then the one-way-door check". Answers belong to their
-- prompt, so adding, removing or switching decks never loses one.
CREATE TABLE meeting_decks (
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    deck_id    TEXT NOT NULL REFERENCES prompt_decks (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, deck_id)
) WITHOUT ROWID;

-- The decisions' full-text index (kept in memory by the app) follows the decisions through
-- this queue, as the anecdotes' index follows `search_changes`: every change to a decision or
-- its impacts enqueues the decision's rowid in the writing transaction.
CREATE TABLE decision_search_changes (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    decision_rowid INTEGER NOT NULL
);
CREATE TRIGGER decisions_search_insert AFTER INSERT ON decisions BEGIN
    INSERT INTO decision_search_changes (decision_rowid) VALUES (new.rowid);
END;
CREATE TRIGGER decisions_search_update AFTER UPDATE ON decisions BEGIN
    INSERT INTO decision_search_changes (decision_rowid) VALUES (new.rowid);
END;
CREATE TRIGGER decisions_search_delete AFTER DELETE ON decisions BEGIN
    INSERT INTO decision_search_changes (decision_rowid) VALUES (old.rowid);
END;
CREATE TRIGGER customer_impacts_search_insert AFTER INSERT ON customer_impacts BEGIN
    INSERT INTO decision_search_changes (decision_rowid)
    SELECT rowid FROM decisions WHERE id = new.decision_id;
END;
CREATE TRIGGER customer_impacts_search_update AFTER UPDATE ON customer_impacts BEGIN
    INSERT INTO decision_search_changes (decision_rowid)
    SELECT rowid FROM decisions WHERE id = new.decision_id;
END;
CREATE TRIGGER customer_impacts_search_delete AFTER DELETE ON customer_impacts BEGIN
    INSERT INTO decision_search_changes (decision_rowid)
    SELECT rowid FROM decisions WHERE id = old.decision_id;
END;

-- Follow-ups: what someone will do, by when, on a decision or on the meeting itself. Open ones
-- come back at the start of the next meeting with the same people or persona. `owner` keeps
-- the owner's name as written (a deleted person still reads right), `owner_person_id` the
-- person.
CREATE TABLE action_items (
    id              TEXT PRIMARY KEY NOT NULL,
    meeting_id      TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    decision_id     TEXT REFERENCES decisions (id) ON DELETE CASCADE,
    what            TEXT NOT NULL CHECK (length(trim(what)) > 0),
    owner           TEXT NOT NULL DEFAULT '',
    owner_person_id TEXT REFERENCES people (id) ON DELETE SET NULL,
    due_on          TEXT,
    done_at         TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX action_items_meeting ON action_items (meeting_id, created_at);
CREATE INDEX action_items_decision ON action_items (decision_id) WHERE decision_id IS NOT NULL;
CREATE INDEX action_items_open ON action_items (due_on) WHERE done_at IS NULL;
