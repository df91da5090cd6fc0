-- Each decision's ADR number, given once at its first ADR export and kept: exporting again,
-- with more decisions or another filter, never renumbers. No foreign key: a deleted
-- decision's number is not given to another one.
CREATE TABLE adr_numbers (
    decision_id TEXT PRIMARY KEY,
    number INTEGER NOT NULL UNIQUE CHECK (number > 0)
);
