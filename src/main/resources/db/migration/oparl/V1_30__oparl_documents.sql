-- Rendered OParl documents (ADR 0014): the anonymous JSON of each object, kept as long as no data
-- the API reads has changed since it was rendered.
--
-- data_generation counts committed writes to published data. Every statement on a published table
-- marks its transaction (data_write_marker); a deferred constraint trigger on the marker bumps the
-- counter once per transaction AT COMMIT, so the counter's row lock is held for an instant at the very
-- end and never while a transaction waits for other rows (no deadlocks between writers). The counter
-- changes in the same commit as the data: a snapshot sees both or neither.
CREATE TABLE data_generation (
    id         smallint PRIMARY KEY CHECK (id = 1),
    value      bigint NOT NULL,
    created    timestamptz NOT NULL DEFAULT now(),
    modified   timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
INSERT INTO data_generation (id, value) VALUES (1, 1);

CREATE TABLE data_write_marker (
    transaction_id xid8 PRIMARY KEY,
    created        timestamptz NOT NULL DEFAULT now(),
    modified       timestamptz NOT NULL DEFAULT now(),
    deleted_at     timestamptz
);

CREATE FUNCTION ris_mark_data_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- once per transaction: later statements find the marker and do nothing
    IF current_setting('ris.data_write_marked', true) IS DISTINCT FROM pg_current_xact_id()::text THEN
        INSERT INTO data_write_marker (transaction_id) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
        PERFORM set_config('ris.data_write_marked', pg_current_xact_id()::text, true);
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION ris_bump_data_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_generation SET value = value + 1 WHERE id = 1;
    DELETE FROM data_write_marker WHERE transaction_id = NEW.transaction_id;
    RETURN NULL;
END $$;

-- "zz_" sorts it after other deferred triggers of the transaction
CREATE CONSTRAINT TRIGGER zz_data_generation AFTER INSERT ON data_write_marker
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ris_bump_data_generation();

-- every table except those the OParl read model never reads (accounts, sessions, audit, mail
-- bookkeeping, private annotations, consents) and this bookkeeping itself;
-- SchemaConstraintsTest keeps new tables from being forgotten
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT table_name FROM information_schema.tables
             WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
               AND table_name NOT IN ('flyway_schema_history', 'spring_session', 'spring_session_attributes', 'audit_log',
                                      'app_user', 'user_role', 'recovery_code', 'login_attempt', 'password_reset_token', 'sso_link',
                                      'notification_setting', 'notification_sent', 'member_annotation', 'stream_consent',
                                      'data_generation', 'data_write_marker')
    LOOP
        EXECUTE format('CREATE TRIGGER ris_data_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION ris_mark_data_write()', t);
    END LOOP;
END $$;

-- variant: hash of what else shapes a document (base URL, omit_internal, the visibility rules'
-- SQL, the renderer's code); generation: data_generation.value read in the same snapshot as the rows
CREATE TABLE oparl_document (
    type       text NOT NULL,
    variant    bigint NOT NULL,
    id         bigint NOT NULL,
    generation bigint NOT NULL,
    json       text NOT NULL,
    created    timestamptz NOT NULL DEFAULT now(),
    modified   timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    PRIMARY KEY (type, variant, id)
);
-- documents are read whole and often: keep them compressed inside the table row (STORAGE MAIN), not
-- in TOAST chunks (measured: a 100-paper page read 3x faster); lz4 where the server has it (it
-- decompresses several times faster than the default pglz)
ALTER TABLE oparl_document ALTER COLUMN json SET STORAGE MAIN;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
        ALTER TABLE oparl_document ALTER COLUMN json SET COMPRESSION lz4;
    END IF;
END $$;
CREATE TRIGGER oparl_document_touch BEFORE UPDATE ON oparl_document FOR EACH ROW EXECUTE FUNCTION ris_touch_modified();
CREATE TRIGGER data_generation_touch BEFORE UPDATE ON data_generation FOR EACH ROW EXECUTE FUNCTION ris_touch_modified();
CREATE TRIGGER data_write_marker_touch BEFORE UPDATE ON data_write_marker FOR EACH ROW EXECUTE FUNCTION ris_touch_modified();
