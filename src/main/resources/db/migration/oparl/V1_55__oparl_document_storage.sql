-- Stored OParl documents (ADR 0014) without lz4: PostgreSQL builds without lz4 (e.g. the embedded
-- one) compress with pglz, whose decompression cost ~2 ms per 100-paper page (measured on the large
-- demo city: reading a page's 475 KB took 3 ms with pglz, about 1 ms uncompressed in the row). There,
-- keep documents uncompressed inside the row up to a page's size (toast_tuple_target 8160) and only
-- move larger ones out of line, still uncompressed. With lz4 the setting of V1_30 stays.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
        ALTER TABLE oparl_document ALTER COLUMN json SET STORAGE EXTERNAL;
        ALTER TABLE oparl_document SET (toast_tuple_target = 8160);
    END IF;
END $$;
-- a cache: documents stored the old way are simply rendered again
TRUNCATE oparl_document;
