-- The decisions a decision replaced name it as superseded_by: the Decisions screen asks that of
-- every row it shows, and deleting a decision clears it in the others (ON DELETE SET NULL).
-- Without an index each of those scanned every decision (about 0.7 ms per row at 10,000).
CREATE INDEX decisions_superseded_by ON decisions (superseded_by)
    WHERE superseded_by IS NOT NULL;
