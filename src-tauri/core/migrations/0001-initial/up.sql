-- First schema of an Empty Chair workspace.
-- Ids are UUIDs (text), timestamps RFC 3339 UTC text, calendar dates YYYY-MM-DD text.
-- Lists (goals, tags, ...) are JSON arrays of strings.

CREATE TABLE personas (
    id              TEXT PRIMARY KEY NOT NULL,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    segment         TEXT NOT NULL DEFAULT '',
    bio             TEXT NOT NULL DEFAULT '',
    goals           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(goals)),
    frustrations    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(frustrations)),
    needs           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(needs)),
    quote           TEXT NOT NULL DEFAULT '',
    success_measure TEXT NOT NULL DEFAULT '',
    archived_at     TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

-- A persona's picture, kept in the workspace file itself so the workspace carries it. The bytes
-- are checked (type by magic bytes, size) before they are stored.
CREATE TABLE persona_avatars (
    persona_id TEXT PRIMARY KEY NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
    mime       TEXT NOT NULL
               CHECK (mime IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
    bytes      BLOB NOT NULL CHECK (length(bytes) BETWEEN 1 AND 2097152),
    updated_at TEXT NOT NULL
);

-- Anecdotes keep SQLite's integer rowid: the search index refers to them by it.
CREATE TABLE anecdotes (
    id             TEXT NOT NULL UNIQUE,
    text           TEXT NOT NULL CHECK (length(trim(text)) > 0),
    said_on        TEXT,
    channel        TEXT NOT NULL DEFAULT '',
    product_area   TEXT NOT NULL DEFAULT '',
    segment        TEXT NOT NULL DEFAULT '',
    sentiment      TEXT NOT NULL DEFAULT 'unknown'
                   CHECK (sentiment IN ('negative', 'neutral', 'positive', 'mixed', 'unknown')),
    severity       INTEGER NOT NULL DEFAULT 3 CHECK (severity BETWEEN 1 AND 5),
    customer_count INTEGER NOT NULL DEFAULT 1 CHECK (customer_count >= 1),
    tags           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
    source_ref     TEXT,
    provenance     TEXT NOT NULL DEFAULT 'real' CHECK (provenance IN ('real', 'synthesized')),
    -- xxh3 of the text: finds "same text and date" duplicates without indexing whole texts.
    text_hash      INTEGER NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX anecdotes_said_on ON anecdotes (said_on);
CREATE INDEX anecdotes_source_ref ON anecdotes (source_ref) WHERE source_ref IS NOT NULL;
CREATE INDEX anecdotes_text_hash ON anecdotes (text_hash);

CREATE TABLE anecdote_personas (
    anecdote_id TEXT NOT NULL REFERENCES anecdotes (id) ON DELETE CASCADE,
    persona_id  TEXT NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
    PRIMARY KEY (anecdote_id, persona_id)
) WITHOUT ROWID;
CREATE INDEX anecdote_personas_persona ON anecdote_personas (persona_id);

-- The search index (a derived tantivy index beside the database) follows the anecdotes through
-- this queue: every change to an anecdote or its persona links enqueues its rowid in the same
-- transaction; the app applies the queue to the index after commit and then empties it. A crash
-- in between leaves the queue for the next start, so the index never silently falls behind.
CREATE TABLE search_changes (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    anecdote_rowid INTEGER NOT NULL
);
CREATE TRIGGER anecdotes_search_insert AFTER INSERT ON anecdotes BEGIN
    INSERT INTO search_changes (anecdote_rowid) VALUES (new.rowid);
END;
CREATE TRIGGER anecdotes_search_update AFTER UPDATE ON anecdotes BEGIN
    INSERT INTO search_changes (anecdote_rowid) VALUES (new.rowid);
END;
CREATE TRIGGER anecdotes_search_delete AFTER DELETE ON anecdotes BEGIN
    INSERT INTO search_changes (anecdote_rowid) VALUES (old.rowid);
END;
CREATE TRIGGER anecdote_personas_search_insert AFTER INSERT ON anecdote_personas BEGIN
    INSERT INTO search_changes (anecdote_rowid)
    SELECT rowid FROM anecdotes WHERE id = new.anecdote_id;
END;
CREATE TRIGGER anecdote_personas_search_delete AFTER DELETE ON anecdote_personas BEGIN
    INSERT INTO search_changes (anecdote_rowid)
    SELECT rowid FROM anecdotes WHERE id = old.anecdote_id;
END;

CREATE TABLE prompt_decks (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE prompts (
    id         TEXT PRIMARY KEY NOT NULL,
    deck_id    TEXT NOT NULL REFERENCES prompt_decks (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
    help       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (deck_id, position)
);

CREATE TABLE meetings (
    id             TEXT PRIMARY KEY NOT NULL,
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    held_on        TEXT NOT NULL,
    goal           TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'planned'
                   CHECK (status IN ('planned', 'running', 'paused', 'ended')),
    deck_id        TEXT REFERENCES prompt_decks (id) ON DELETE SET NULL,
    prompt_index   INTEGER NOT NULL DEFAULT 0 CHECK (prompt_index >= 0),
    -- Minutes without a customer reference before the UI nudges "the chair speaks up".
    nudge_minutes  INTEGER NOT NULL DEFAULT 10 CHECK (nudge_minutes BETWEEN 1 AND 240),
    -- The agenda item under discussion; its timer runs while the meeting runs.
    current_agenda_item_id     TEXT REFERENCES agenda_items (id) ON DELETE SET NULL,
    last_customer_reference_at TEXT,
    started_at     TEXT,
    ended_at       TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

CREATE TABLE meeting_personas (
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    persona_id TEXT NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, persona_id)
) WITHOUT ROWID;

CREATE TABLE meeting_attendees (
    id         TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role       TEXT NOT NULL DEFAULT 'participant'
               CHECK (role IN ('facilitator', 'ambassador', 'participant')),
    created_at TEXT NOT NULL
);
CREATE INDEX meeting_attendees_meeting ON meeting_attendees (meeting_id, position);

-- An agenda item's timer: `elapsed_ms` sums its finished stretches; while it runs,
-- `running_since` is the start of the current stretch, so the time spent survives the app being
-- killed (elapsed_ms + now - running_since).
CREATE TABLE agenda_items (
    id              TEXT PRIMARY KEY NOT NULL,
    meeting_id      TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    planned_minutes INTEGER CHECK (planned_minutes BETWEEN 1 AND 1440),
    elapsed_ms      INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_ms >= 0),
    started_at      TEXT,
    running_since   TEXT,
    done_at         TEXT,
    last_customer_reference_at TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position);

CREATE TABLE decisions (
    id             TEXT PRIMARY KEY NOT NULL,
    meeting_id     TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    agenda_item_id TEXT REFERENCES agenda_items (id) ON DELETE SET NULL,
    statement      TEXT NOT NULL CHECK (length(trim(statement)) > 0),
    rationale      TEXT NOT NULL DEFAULT '',
    owner          TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'proposed'
                   CHECK (status IN ('proposed', 'accepted', 'rejected', 'superseded', 'deprecated')),
    reversibility  TEXT NOT NULL DEFAULT 'unknown'
                   CHECK (reversibility IN ('one_way', 'two_way', 'unknown')),
    review_on      TEXT,
    superseded_by  TEXT REFERENCES decisions (id) ON DELETE SET NULL,
    options_considered TEXT NOT NULL DEFAULT '',
    -- Who accepted a one-way door although the gate named reasons, and when.
    gate_overridden_by TEXT,
    gate_overridden_at TEXT,
    -- The look back after review_on: when, whether what was intended happened, and a note.
    reviewed_at        TEXT,
    review_happened    INTEGER CHECK (review_happened IN (0, 1)),
    review_note        TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX decisions_meeting ON decisions (meeting_id, created_at);
CREATE INDEX decisions_review ON decisions (review_on) WHERE status = 'accepted' AND reviewed_at IS NULL;

CREATE TABLE customer_impacts (
    id           TEXT PRIMARY KEY NOT NULL,
    decision_id  TEXT NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
    persona_id   TEXT REFERENCES personas (id) ON DELETE SET NULL,
    segment      TEXT NOT NULL DEFAULT '',
    direction    TEXT NOT NULL CHECK (direction IN ('helps', 'hurts', 'neutral', 'unknown')),
    magnitude    INTEGER CHECK (magnitude BETWEEN 1 AND 5),
    confidence   TEXT CHECK (confidence IN ('low', 'medium', 'high')),
    reach        TEXT NOT NULL DEFAULT '',
    what_changes TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX customer_impacts_decision ON customer_impacts (decision_id);

CREATE TABLE decision_evidence (
    decision_id TEXT NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
    anecdote_id TEXT NOT NULL REFERENCES anecdotes (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (decision_id, anecdote_id)
) WITHOUT ROWID;
-- Deleting an anecdote looks up (and cascades to) the decisions that cite it.
CREATE INDEX decision_evidence_anecdote ON decision_evidence (anecdote_id);

CREATE TABLE prompt_answers (
    id             TEXT PRIMARY KEY NOT NULL,
    meeting_id     TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    prompt_id      TEXT NOT NULL REFERENCES prompts (id) ON DELETE CASCADE,
    agenda_item_id TEXT REFERENCES agenda_items (id) ON DELETE SET NULL,
    decision_id    TEXT REFERENCES decisions (id) ON DELETE CASCADE,
    answer         TEXT NOT NULL CHECK (length(trim(answer)) > 0),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
-- One answer per meeting, prompt and decision (or none).
CREATE UNIQUE INDEX prompt_answers_one ON prompt_answers (meeting_id, prompt_id, ifnull(decision_id, ''));

-- Anecdotes the room opened or pinned during a meeting, each counted once (evidence pinned to
-- the meeting's decisions counts too, from decision_evidence).
CREATE TABLE meeting_anecdotes (
    meeting_id  TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    anecdote_id TEXT NOT NULL REFERENCES anecdotes (id) ON DELETE CASCADE,
    first_kind  TEXT NOT NULL CHECK (first_kind IN ('anecdote_opened', 'anecdote_pinned')),
    first_at    TEXT NOT NULL,
    PRIMARY KEY (meeting_id, anecdote_id)
) WITHOUT ROWID;
CREATE INDEX meeting_anecdotes_anecdote ON meeting_anecdotes (anecdote_id);

-- The decision being written, as the UI's own JSON, so a killed app loses no keystroke.
CREATE TABLE decision_drafts (
    meeting_id TEXT PRIMARY KEY NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    draft      TEXT NOT NULL CHECK (json_valid(draft)),
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE annotations (
    id          TEXT PRIMARY KEY NOT NULL,
    decision_id TEXT NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
    author      TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT 'ambassador'
                CHECK (role IN ('facilitator', 'ambassador', 'participant')),
    stance      TEXT NOT NULL CHECK (stance IN ('supports', 'concerned', 'opposes')),
    feeling     INTEGER CHECK (feeling BETWEEN 1 AND 5),
    comment     TEXT NOT NULL DEFAULT '',
    flags       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(flags)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Small key/value facts about the workspace (sample loaded, last meeting open, ...).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
