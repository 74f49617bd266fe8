-- Back office, meetings (issue 6): notice period per organization, invitation dispatch and
-- supplements (Nachtrag), the planned part of agenda items.
--
-- organization.notice_period_days: Ladungsfrist in full days between dispatch and meeting day
-- (Geschäftsordnung; 7 days is the usual default). Edited with the organization's master data.
-- (master data, V1_81 on a parallel branch, adds the same column nullable: whichever runs first
-- creates it, this one makes it NOT NULL with the default)
ALTER TABLE organization ADD COLUMN IF NOT EXISTS notice_period_days integer;
UPDATE organization SET notice_period_days = 7 WHERE notice_period_days IS NULL;
ALTER TABLE organization ALTER COLUMN notice_period_days SET DEFAULT 7, ALTER COLUMN notice_period_days SET NOT NULL;
ALTER TABLE organization ADD CONSTRAINT organization_notice_period_days_range CHECK (notice_period_days BETWEEN 0 AND 60);

-- when the invitation and the latest supplement mail went out (NULL: not yet)
ALTER TABLE meeting ADD COLUMN invitation_sent_at timestamptz;
ALTER TABLE meeting ADD COLUMN supplement_sent_at timestamptz;

-- agenda_item.public stays the publication flag the visibility rules read. While the agenda is
-- drafted it is false; public_part is the part the item belongs to (NULL: same as public, i.e.
-- items not built in the back office). The invitation copies public_part into public.
ALTER TABLE agenda_item ADD COLUMN public_part boolean;
-- an item added or changed after the invitation: "nachträglich aufgenommen am …"
ALTER TABLE agenda_item ADD COLUMN added_after_invitation_at timestamptz;
-- items generated from the per-organization opening template (Regularien): REGULARIEN, CO_SIGNER,
-- PARTICIPATION_BAN, AGENDA_CONFIRMATION, MINUTES_APPROVAL
ALTER TABLE agenda_item ADD COLUMN template_key text;
