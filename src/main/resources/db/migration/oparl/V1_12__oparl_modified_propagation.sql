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
    -- nothing to bump: issue no UPDATE at all, so statement-level triggers on the parent do not fire
    -- (they fire even for zero rows) and self-referencing propagation (paper -> paper) terminates
    IF pairs IS NULL OR jsonb_array_length(pairs) = 0 THEN
        RETURN;
    END IF;
    EXECUTE format('UPDATE %I p SET modified = x.modified FROM (
                        SELECT (e->>''id'')::bigint AS id, max((e->>''modified'')::timestamptz) AS modified
                        FROM jsonb_array_elements($1) e GROUP BY 1) x
                    WHERE p.id = x.id AND p.modified < x.modified', parent_table) USING pairs;
END $$;

-- One trigger function for "child row changed -> bump its parent": TG_ARGV[0] = parent table,
-- TG_ARGV[1] = the child's column holding the parent id.
CREATE FUNCTION ris_bump_parent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM ris_bump(TG_ARGV[0], (SELECT jsonb_agg(jsonb_build_object('id', (to_jsonb(n) ->> TG_ARGV[1])::bigint, 'modified', n.modified))
                                  FROM new_rows n WHERE to_jsonb(n) ->> TG_ARGV[1] IS NOT NULL));
    RETURN NULL;
END $$;

-- embedded child (table, parent id column) -> embedding parent:
-- agenda item -> meeting, consultation -> paper, membership -> person, term -> body,
-- vote (decision) -> agenda item, file links -> paper / meeting / agenda item
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM (VALUES
            ('agenda_item', 'meeting', 'meeting_id'),
            ('consultation', 'paper', 'paper_id'),
            ('membership', 'person', 'person_id'),
            ('legislative_term', 'body', 'body_id'),
            ('decision', 'agenda_item', 'agenda_item_id'),
            ('paper_file', 'paper', 'paper_id'),
            ('meeting_file', 'meeting', 'meeting_id'),
            ('agenda_item_file', 'agenda_item', 'agenda_item_id'),
            -- links and back-references shown in the parent's JSON
            ('meeting_organization', 'meeting', 'meeting_id'),
            ('attendance', 'meeting', 'meeting_id'),
            ('paper_originator', 'paper', 'paper_id'),
            ('paper_related', 'paper', 'paper_id'),
            ('paper_related', 'paper', 'related_paper_id'),
            ('paper', 'paper', 'superordinated_paper_id'),
            ('paper_location', 'paper', 'paper_id'),
            ('membership', 'organization', 'organization_id'),
            ('consultation', 'agenda_item', 'agenda_item_id'),
            ('paper_file', 'stored_file', 'file_id'),
            ('meeting_file', 'stored_file', 'file_id'),
            ('agenda_item_file', 'stored_file', 'file_id')) AS v (child, parent, parent_column)
    LOOP
        EXECUTE format('CREATE TRIGGER %1$s_bumps_%3$s_ins AFTER INSERT ON %1$I REFERENCING NEW TABLE AS new_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_parent(%2$L, %3$L)', r.child, r.parent, r.parent_column);
        EXECUTE format('CREATE TRIGGER %1$s_bumps_%3$s_upd AFTER UPDATE ON %1$I REFERENCING NEW TABLE AS new_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION ris_bump_parent(%2$L, %3$L)', r.child, r.parent, r.parent_column);
    END LOOP;
END $$;

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
