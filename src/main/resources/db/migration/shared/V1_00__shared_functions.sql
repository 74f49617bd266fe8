-- Shared database functions used by every module's tables.
-- Every table carries created/modified (OParl requires both on every object, also embedded ones)
-- and a soft-delete column deleted_at (OParl publishes tombstones instead of forgetting objects).

-- Bumps "modified" on every update unless the statement set it explicitly
-- (importers and the demo generator keep historical timestamps).
CREATE FUNCTION ris_touch_modified() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.modified IS NOT DISTINCT FROM OLD.modified THEN
        NEW.modified := now();
    END IF;
    RETURN NEW;
END $$;
