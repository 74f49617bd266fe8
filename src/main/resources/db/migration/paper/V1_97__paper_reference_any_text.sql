-- Issue 8 / ADR 0016 (amended): an imported paper's reference is its number as the source city
-- wrote it ('V/2024/001', 'DS 12/2024', …), stored in paper.reference like ours. Our numbering
-- pattern is required only where our numbering columns (serial, year) are filled; the reference stays
-- unique per body (paper_reference_per_body). The portal links papers whose reference cannot be a
-- path segment by id (portal.PortalUrls). paper.source_reference (V1_95) is folded into reference.
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT conname FROM pg_constraint WHERE conrelid = 'paper'::regclass AND contype = 'c'
               AND (pg_get_constraintdef(oid) LIKE '%reference ~%'
                    OR pg_get_constraintdef(oid) LIKE '%(reference IS NULL) = (serial IS NULL)%'
                    OR conname = 'paper_released_has_reference')
    LOOP
        EXECUTE format('ALTER TABLE paper DROP CONSTRAINT %I', c.conname);
    END LOOP;
END $$;

-- foreign references move over; one that is already taken in its body gets the paper's id appended
ALTER TABLE paper DISABLE TRIGGER paper_touch;  -- the source's modified stays: the OParl output already showed this reference
UPDATE paper p SET reference = CASE
        WHEN EXISTS (SELECT 1 FROM paper o WHERE o.body_id = p.body_id AND o.id <> p.id
                       AND (o.reference = p.source_reference OR (o.source_reference = p.source_reference AND o.reference IS NULL AND o.id < p.id)))
        THEN left(btrim(p.source_reference), 180) || ' (' || p.id || ')'
        ELSE left(btrim(p.source_reference), 200) END
    WHERE p.reference IS NULL AND p.source_reference IS NOT NULL AND btrim(p.source_reference) <> '';
ALTER TABLE paper ENABLE TRIGGER paper_touch;
ALTER TABLE paper DROP COLUMN source_reference;

ALTER TABLE paper
    ADD CONSTRAINT paper_reference_text CHECK (reference IS NULL OR (reference = btrim(reference) AND reference <> ''
        AND length(reference) <= 200 AND reference !~ '[[:cntrl:]]')),
    ADD CONSTRAINT paper_numbered_reference CHECK (serial IS NULL OR reference ~ '^[0-9]{5,}-[0-9]{2}(-E[1-9][0-9]*)?$'),
    ADD CONSTRAINT paper_numbering_columns CHECK ((serial IS NULL) = (reference_year IS NULL) AND (serial IS NULL OR reference IS NOT NULL)),
    ADD CONSTRAINT paper_released_has_reference CHECK (state = 'DRAFT' OR reference IS NOT NULL);
CREATE INDEX paper_reference ON paper (reference) WHERE reference IS NOT NULL;  -- lookups by reference across bodies (portal)
