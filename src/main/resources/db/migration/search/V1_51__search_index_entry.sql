-- What the search index holds (module search, ADR 0012): one row per indexed object with the
-- version of what was indexed. The index itself is derived data under RIS_DATA_DIR/search (or in
-- Elasticsearch/OpenSearch); this table lets the sync find changed objects (version differs),
-- new ones (no row) and ones that became hidden or were deleted (row, but no longer in the
-- anonymous view). Rows of objects removed from the index are deleted (deleted_at stays unused).
CREATE TABLE search_index_entry (
    kind       text NOT NULL CHECK (kind IN ('PAPER', 'MEETING', 'AGENDA_ITEM', 'PERSON', 'ORGANIZATION')),
    object_id  bigint NOT NULL,
    version    text NOT NULL,
    created    timestamptz NOT NULL DEFAULT now(),
    modified   timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    PRIMARY KEY (kind, object_id)
);
CREATE TRIGGER search_index_entry_touch BEFORE UPDATE ON search_index_entry FOR EACH ROW EXECUTE FUNCTION ris_touch_modified();
