-- "I'm speaking for the customer", pressed on a device in the room (or in the app): how many
-- times someone spoke for the customer in each meeting. It counts, with the anecdotes
-- consulted, towards the empty-chair score's "customer brought in" part.
ALTER TABLE meetings ADD COLUMN spoken_for_customer INTEGER NOT NULL DEFAULT 0
    CHECK (spoken_for_customer >= 0);
