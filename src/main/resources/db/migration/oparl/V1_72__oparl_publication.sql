-- Withdrawn publications (OParl tombstones for objects that stopped being public, ADR 0014 addendum).
-- An object the public API has published (served on its own or embedded, or seen public by the
-- withdrawal job) is recorded here. When it stops being public without being deleted – made
-- non-public, back to draft, hidden through its meeting or paper – the job sets withdrawn_at and
-- touches the object's "modified", so clients syncing with modified_since receive it as
-- {"deleted": true} and the objects embedding it are bumped as well; if it becomes public again
-- withdrawn_at is cleared and "modified" touched again. Objects that were never public never
-- appear here, so their ids stay unknown (404) as before.
CREATE TABLE oparl_publication (
    type         text NOT NULL,
    object_id    bigint NOT NULL,
    withdrawn_at timestamptz,
    created      timestamptz NOT NULL DEFAULT now(),
    modified     timestamptz NOT NULL DEFAULT now(),
    deleted_at   timestamptz,
    PRIMARY KEY (type, object_id)
);
CREATE INDEX oparl_publication_withdrawn ON oparl_publication (type, object_id) WHERE withdrawn_at IS NOT NULL;
CREATE TRIGGER oparl_publication_touch BEFORE UPDATE ON oparl_publication FOR EACH ROW EXECUTE FUNCTION ris_touch_modified();
-- only a change of withdrawn_at changes what the API serves: recording a publication must not move
-- the data generation (it happens while pages are served and would discard every stored document)
CREATE TRIGGER ris_data_generation AFTER UPDATE OF withdrawn_at OR DELETE ON oparl_publication
    FOR EACH ROW EXECUTE FUNCTION ris_mark_data_write();

-- what was served before this table existed
INSERT INTO oparl_publication (type, object_id) SELECT DISTINCT type, id FROM oparl_document;
