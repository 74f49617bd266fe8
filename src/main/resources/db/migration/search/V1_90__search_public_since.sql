-- When each indexed object became visible to the public (saved-search alerts, ADR 0015/0017): set
-- when the index sync first sees the object in the anonymous view, kept while it stays visible
-- (also across a full reindex), reset when it is hidden and published again. An object created
-- long before it was released or made public is thus "new" for alerts when it is published.
-- Existing rows: the time they entered the index.
ALTER TABLE search_index_entry ADD COLUMN public_since timestamptz;
UPDATE search_index_entry SET public_since = created;
ALTER TABLE search_index_entry ALTER COLUMN public_since SET DEFAULT now(), ALTER COLUMN public_since SET NOT NULL;
