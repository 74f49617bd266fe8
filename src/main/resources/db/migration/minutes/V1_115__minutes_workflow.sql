-- Minutes workflow (issue 7). A draft is edited as rich text ("body", optimistic lock "revision"),
-- then released for signature: its content (body + signature block + list of attachments) is frozen
-- with its SHA-256 (state IN_SIGNATURE). Chair, co-signer and secretary sign in their own sessions;
-- the last signature makes it SIGNED (PDF/A document stored). Approval by the next meeting, then
-- publication (public part only). A correction is a new version that names its reason.
ALTER TABLE minutes ADD COLUMN body text;
ALTER TABLE minutes ADD COLUMN revision integer NOT NULL DEFAULT 0;
ALTER TABLE minutes ADD COLUMN correction_reason text;
ALTER TABLE minutes ADD COLUMN released_at timestamptz;

DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT conname FROM pg_constraint WHERE conrelid = 'minutes'::regclass AND contype = 'c' LOOP
        EXECUTE format('ALTER TABLE minutes DROP CONSTRAINT %I', c.conname);
    END LOOP;
END $$;

ALTER TABLE minutes
    ADD CONSTRAINT minutes_version_positive CHECK (version > 0),
    ADD CONSTRAINT minutes_state_known CHECK (state IN ('DRAFT', 'IN_SIGNATURE', 'SIGNED', 'APPROVED', 'PUBLISHED')),
    ADD CONSTRAINT minutes_hash_format CHECK (content_hash IS NULL OR content_hash ~ '^[0-9a-f]{64}$'),
    ADD CONSTRAINT minutes_frozen_with_hash CHECK (state = 'DRAFT' OR content_hash IS NOT NULL),
    ADD CONSTRAINT minutes_signed_with_time CHECK (state IN ('DRAFT', 'IN_SIGNATURE') OR signed_at IS NOT NULL),
    ADD CONSTRAINT minutes_approved_with_time CHECK (state NOT IN ('APPROVED', 'PUBLISHED') OR approved_at IS NOT NULL),
    ADD CONSTRAINT minutes_published_with_time CHECK (state <> 'PUBLISHED' OR published_at IS NOT NULL),
    ADD CONSTRAINT minutes_non_public_never_published CHECK (public_part OR state <> 'PUBLISHED'),
    ADD CONSTRAINT minutes_correction_with_reason CHECK (supersedes_minutes_id IS NULL OR correction_reason IS NOT NULL);

-- Frozen content never changes; the document is attached once; a release may be withdrawn back to
-- the draft (its signatures lapse), a signed version never becomes a draft again.
CREATE OR REPLACE FUNCTION ris_signed_minutes_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.state = 'IN_SIGNATURE' AND NEW.state = 'DRAFT' THEN
        RETURN NEW;
    END IF;
    IF OLD.state <> 'DRAFT' AND (NEW.content IS DISTINCT FROM OLD.content
            OR NEW.content_hash IS DISTINCT FROM OLD.content_hash
            OR NEW.body IS DISTINCT FROM OLD.body
            OR (OLD.file_id IS NOT NULL AND NEW.file_id IS DISTINCT FROM OLD.file_id)
            OR NEW.meeting_id <> OLD.meeting_id OR NEW.public_part <> OLD.public_part OR NEW.version <> OLD.version
            OR NEW.state = 'DRAFT') THEN
        RAISE EXCEPTION 'minutes % version % are signed and cannot be changed; create a new version', OLD.meeting_id, OLD.version;
    END IF;
    RETURN NEW;
END $$;

-- Signers: members sign as persons (any of their accounts), the secretary as a staff account.
-- signer_name is the name printed in the signature block, fixed at release.
ALTER TABLE minutes_signature ALTER COLUMN person_id DROP NOT NULL;
ALTER TABLE minutes_signature ADD COLUMN user_id bigint REFERENCES app_user (id);
ALTER TABLE minutes_signature ADD COLUMN signer_name text;
ALTER TABLE minutes_signature ADD COLUMN signed_by_user_id bigint REFERENCES app_user (id);
ALTER TABLE minutes_signature ADD CONSTRAINT minutes_signature_signer CHECK (person_id IS NOT NULL OR user_id IS NOT NULL);
CREATE INDEX minutes_signature_person ON minutes_signature (person_id) WHERE signed_at IS NULL;
