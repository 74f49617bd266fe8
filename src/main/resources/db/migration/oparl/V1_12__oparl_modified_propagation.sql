-- OParl 1.1 (§2.8): when an embedded object changes or is deleted, the "modified" of every object
-- it is embedded in must change too, so that incremental clients (modified_since) see it.
-- Statement-level triggers with transition tables: one UPDATE per statement, also for bulk COPY.
-- The parent takes the child's "modified" (not now()), so imported and generated history keeps
-- its real timestamps; live edits carry now() anyway.

-- indexes for modified_since / created_since windows
CREATE INDEX body_modified ON body (modified);
CREATE INDEX legislative_term_modified ON legislative_term (modified);
CREATE INDEX organization_modified ON organization (modified);
CREATE INDEX person_modified ON person (modified);
CREATE INDEX membership_modified ON membership (modified);
CREATE INDEX meeting_modified ON meeting (modified);
CREATE INDEX agenda_item_modified ON agenda_item (modified);
CREATE INDEX paper_modified ON paper (modified);
CREATE INDEX consultation_modified ON consultation (modified);
CREATE INDEX stored_file_modified ON stored_file (modified);
CREATE INDEX location_modified ON location (modified);
CREATE INDEX membership_organization_id ON membership (organization_id, id);
CREATE INDEX meeting_organization_id ON meeting (organization_id, id);

-- generic helper: bump parent rows from (parent_id, modified) pairs
CREATE FUNCTION ris_bump(parent_table text, pairs jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('UPDATE %I p SET modified = x.modified FROM (
                        SELECT (e->>''id'')::bigint AS id, max((e->>''modified'')::timestamptz) AS modified
                        FROM jsonb_array_elements($1) e GROUP BY 1) x
                    WHERE p.id = x.id AND p.modified < x.modified', parent_table) USING pairs;
END $$;

-- agenda_item -> meeting
CREATE FUNCTION ris_bump_meeting_from_agenda_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM ris_bump('meeting', (SELECT jsonb_agg(jsonb_build_object('id', meeting_id, 'modified', modified)) FROM new_rows));
    RETURN NULL;
END $$;
CREATE TRIGGER agenda_item_bumps_meeting_ins AFTER INSERT ON agenda_item REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_meeting_from_agenda_item();
CREATE TRIGGER agenda_item_bumps_meeting_upd AFTER UPDATE ON agenda_item REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_meeting_from_agenda_item();

-- consultation -> paper
CREATE FUNCTION ris_bump_paper_from_consultation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM ris_bump('paper', (SELECT jsonb_agg(jsonb_build_object('id', paper_id, 'modified', modified)) FROM new_rows));
    RETURN NULL;
END $$;
CREATE TRIGGER consultation_bumps_paper_ins AFTER INSERT ON consultation REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_paper_from_consultation();
CREATE TRIGGER consultation_bumps_paper_upd AFTER UPDATE ON consultation REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_paper_from_consultation();

-- membership -> person
CREATE FUNCTION ris_bump_person_from_membership() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM ris_bump('person', (SELECT jsonb_agg(jsonb_build_object('id', person_id, 'modified', modified)) FROM new_rows));
    RETURN NULL;
END $$;
CREATE TRIGGER membership_bumps_person_ins AFTER INSERT ON membership REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_person_from_membership();
CREATE TRIGGER membership_bumps_person_upd AFTER UPDATE ON membership REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_person_from_membership();

-- legislative_term -> body
CREATE FUNCTION ris_bump_body_from_term() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM ris_bump('body', (SELECT jsonb_agg(jsonb_build_object('id', body_id, 'modified', modified)) FROM new_rows));
    RETURN NULL;
END $$;
CREATE TRIGGER legislative_term_bumps_body_ins AFTER INSERT ON legislative_term REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_body_from_term();
CREATE TRIGGER legislative_term_bumps_body_upd AFTER UPDATE ON legislative_term REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_body_from_term();

-- decision (vote extension of the agenda item) -> agenda_item
CREATE FUNCTION ris_bump_agenda_item_from_decision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM ris_bump('agenda_item', (SELECT jsonb_agg(jsonb_build_object('id', agenda_item_id, 'modified', modified)) FROM new_rows));
    RETURN NULL;
END $$;
CREATE TRIGGER decision_bumps_agenda_item_ins AFTER INSERT ON decision REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_agenda_item_from_decision();
CREATE TRIGGER decision_bumps_agenda_item_upd AFTER UPDATE ON decision REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_agenda_item_from_decision();

-- file links -> paper / meeting / agenda_item (a link's own change and the linked file's change)
CREATE FUNCTION ris_bump_from_file_link() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'paper_file' THEN
        PERFORM ris_bump('paper', (SELECT jsonb_agg(jsonb_build_object('id', paper_id, 'modified', modified)) FROM new_rows));
    ELSIF TG_TABLE_NAME = 'meeting_file' THEN
        PERFORM ris_bump('meeting', (SELECT jsonb_agg(jsonb_build_object('id', meeting_id, 'modified', modified)) FROM new_rows));
    ELSE
        PERFORM ris_bump('agenda_item', (SELECT jsonb_agg(jsonb_build_object('id', agenda_item_id, 'modified', modified)) FROM new_rows));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER paper_file_bumps_ins AFTER INSERT ON paper_file REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_from_file_link();
CREATE TRIGGER paper_file_bumps_upd AFTER UPDATE ON paper_file REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_from_file_link();
CREATE TRIGGER meeting_file_bumps_ins AFTER INSERT ON meeting_file REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_from_file_link();
CREATE TRIGGER meeting_file_bumps_upd AFTER UPDATE ON meeting_file REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_from_file_link();
CREATE TRIGGER agenda_item_file_bumps_ins AFTER INSERT ON agenda_item_file REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_from_file_link();
CREATE TRIGGER agenda_item_file_bumps_upd AFTER UPDATE ON agenda_item_file REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_from_file_link();

CREATE FUNCTION ris_bump_from_stored_file() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM ris_bump('paper', (SELECT jsonb_agg(jsonb_build_object('id', l.paper_id, 'modified', n.modified))
                               FROM new_rows n JOIN paper_file l ON l.file_id = n.id));
    PERFORM ris_bump('meeting', (SELECT jsonb_agg(jsonb_build_object('id', l.meeting_id, 'modified', n.modified))
                                 FROM new_rows n JOIN meeting_file l ON l.file_id = n.id));
    PERFORM ris_bump('agenda_item', (SELECT jsonb_agg(jsonb_build_object('id', l.agenda_item_id, 'modified', n.modified))
                                     FROM new_rows n JOIN agenda_item_file l ON l.file_id = n.id));
    RETURN NULL;
END $$;
CREATE TRIGGER stored_file_bumps_upd AFTER UPDATE ON stored_file REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_from_stored_file();

-- location -> body, organization, meeting, paper, person
CREATE FUNCTION ris_bump_from_location() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM ris_bump('body', (SELECT jsonb_agg(jsonb_build_object('id', b.id, 'modified', n.modified)) FROM new_rows n JOIN body b ON b.location_id = n.id));
    PERFORM ris_bump('organization', (SELECT jsonb_agg(jsonb_build_object('id', o.id, 'modified', n.modified)) FROM new_rows n JOIN organization o ON o.location_id = n.id));
    PERFORM ris_bump('meeting', (SELECT jsonb_agg(jsonb_build_object('id', m.id, 'modified', n.modified)) FROM new_rows n JOIN meeting m ON m.location_id = n.id));
    PERFORM ris_bump('person', (SELECT jsonb_agg(jsonb_build_object('id', p.id, 'modified', n.modified)) FROM new_rows n JOIN person p ON p.location_id = n.id));
    PERFORM ris_bump('paper', (SELECT jsonb_agg(jsonb_build_object('id', l.paper_id, 'modified', n.modified)) FROM new_rows n JOIN paper_location l ON l.location_id = n.id));
    RETURN NULL;
END $$;
CREATE TRIGGER location_bumps_upd AFTER UPDATE ON location REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_from_location();
