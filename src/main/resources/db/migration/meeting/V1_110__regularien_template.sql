-- Back office, agenda building (issue 6): each organization's own wording of the opening block
-- "Regularien" (the issue: "from a per-organization template"). No row: the standard wording of the
-- organization's kind (meeting.RegularienTemplate.Wording.standard). A blank standing item is left
-- out; further standing items (e.g. "Einwohnerfragestunde") follow the approval of pending minutes.
-- Read only by the back office when the block is inserted; the agenda items it creates are ordinary
-- agenda_item rows, so OParl and the portal never read this table.
CREATE TABLE regularien_template (
    organization_id     bigint PRIMARY KEY REFERENCES organization (id),
    heading             text NOT NULL CHECK (length(btrim(heading)) BETWEEN 1 AND 300),
    co_signer           text CHECK (length(co_signer) <= 300),
    participation_ban   text CHECK (length(participation_ban) <= 300),
    agenda_confirmation text CHECK (length(agenda_confirmation) <= 300),
    minutes_approval    boolean NOT NULL DEFAULT true,
    further_items       text[] NOT NULL DEFAULT '{}' CHECK (cardinality(further_items) <= 10),
    created             timestamptz NOT NULL DEFAULT now(),
    modified            timestamptz NOT NULL DEFAULT now(),
    deleted_at          timestamptz
);
CREATE TRIGGER regularien_template_touch BEFORE UPDATE ON regularien_template FOR EACH ROW EXECUTE FUNCTION ris_touch_modified();
