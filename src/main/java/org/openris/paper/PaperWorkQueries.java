package org.openris.paper;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read side of papers for the back office (drafting, release, consultation path). Every read goes
 * through the visibility gate with the staff user's viewer: the staff grants make drafts visible to
 * the authors, faction offices and administrators who work on them, and nobody else.
 */
@Service
public class PaperWorkQueries {

    /**
     * What the list shows: {@code organizations} are the user's assigned organizations (units,
     * factions, committees); {@code everything} for administrators. {@code state} DRAFT, RELEASED,
     * WITHDRAWN or null; {@code search} matches reference or title.
     */
    public record Filter(Set<Long> organizations, boolean everything, String state, Long paperTypeId, String search, int limit) {

        public static Filter all() {
            return new Filter(Set.of(), true, null, null, null, 200);
        }
    }

    public record ListedPaper(long id, String reference, String name, String state, String paperType, String category,
                              LocalDate date, OffsetDateTime modified, String superordinatedReference) {
    }

    /** A paper as the edit page needs it; {@code text} is sanitised HTML. */
    public record WorkPaper(long id, long bodyId, long paperTypeId, String paperType, String category, String state, String reference,
                            String name, String text, LocalDate date, Long superordinatedPaperId, String superordinatedReference,
                            Long underDirectionOfId, boolean isPublic, boolean typePublic, OffsetDateTime releasedAt, OffsetDateTime modified) {

        public boolean draft() {
            return "DRAFT".equals(state);
        }
    }

    /** One originator row: an organization or a person (ids only). */
    public record OriginatorRef(int position, Long organizationId, Long personId) {
    }

    public record Choice(long id, String name, String kind) {
    }

    public record PaperTypeChoice(long id, String name, String category, boolean publicByDefault) {
    }

    /** A step of the consultation path with the organization's name as far as visible. */
    public record PathStep(long id, long organizationId, String organizationName, int position, String role, boolean authoritative,
                           Long meetingId, String meetingName, OffsetDateTime meetingStart, String outcome) {

        public boolean scheduled() {
            return meetingId != null;
        }
    }

    private final JdbcClient jdbc;
    private final VisibilityRules rules;

    PaperWorkQueries(JdbcClient jdbc, VisibilityRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** The user's papers: originated by, directed by or consulted by one of their organizations (all for administrators). */
    public List<ListedPaper> list(Viewer viewer, Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT p.id, p.reference, p.name, p.state, t.name AS paper_type, t.category, p.date, p.modified,"
                + " (SELECT s.reference FROM paper s WHERE s.id = p.superordinated_paper_id AND " + rules.paper("s", viewer) + ") AS superordinated_reference"
                + " FROM paper p JOIN paper_type t ON t.id = p.paper_type_id WHERE " + rules.paper("p", viewer));
        Long[] organizations = filter.organizations().toArray(Long[]::new);
        if (!filter.everything()) {
            sql.append(" AND (p.under_direction_of_id = ANY(:orgs)"
                    + " OR EXISTS (SELECT 1 FROM paper_originator po WHERE po.paper_id = p.id AND po.deleted_at IS NULL AND po.organization_id = ANY(:orgs))"
                    + " OR EXISTS (SELECT 1 FROM consultation c WHERE c.paper_id = p.id AND c.deleted_at IS NULL AND c.organization_id = ANY(:orgs)))");
        }
        if (filter.state() != null) {
            sql.append(" AND p.state = :state");
        }
        if (filter.paperTypeId() != null) {
            sql.append(" AND p.paper_type_id = :type");
        }
        String search = filter.search() == null ? null : filter.search().strip();
        if (search != null && !search.isEmpty()) {
            sql.append(" AND (p.reference ILIKE :search OR p.name ILIKE :search)");
        }
        sql.append(" ORDER BY (p.state = 'DRAFT') DESC, p.modified DESC, p.id DESC LIMIT :limit");
        var spec = jdbc.sql(sql.toString()).param("limit", Math.max(1, Math.min(filter.limit(), 500)));
        if (!filter.everything()) {
            spec = spec.param("orgs", organizations);
        }
        if (filter.state() != null) {
            spec = spec.param("state", filter.state());
        }
        if (filter.paperTypeId() != null) {
            spec = spec.param("type", filter.paperTypeId());
        }
        if (search != null && !search.isEmpty()) {
            spec = spec.param("search", "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return spec.query(ListedPaper.class).list();
    }

    public Optional<WorkPaper> paper(Viewer viewer, long id) {
        return jdbc.sql("SELECT p.id, p.body_id, p.paper_type_id, t.name AS paper_type, t.category, p.state, p.reference, p.name, p.text, p.date,"
                        + " p.superordinated_paper_id, (SELECT s.reference FROM paper s WHERE s.id = p.superordinated_paper_id AND "
                        + rules.paper("s", viewer) + ") AS superordinated_reference, p.under_direction_of_id, p.public AS is_public,"
                        + " t.public_by_default AS type_public, p.released_at, p.modified"
                        + " FROM paper p JOIN paper_type t ON t.id = p.paper_type_id WHERE p.id = :id AND " + rules.paper("p", viewer))
                .param("id", id).query(WorkPaper.class).optional();
    }

    /** The originator rows (ids) of a visible paper, in order. */
    public List<OriginatorRef> originatorRefs(Viewer viewer, long paperId) {
        return jdbc.sql("SELECT po.position, po.organization_id, po.person_id FROM paper_originator po JOIN paper p ON p.id = po.paper_id"
                        + " WHERE po.paper_id = :paper AND po.deleted_at IS NULL AND " + rules.paper("p", viewer) + " ORDER BY po.position")
                .param("paper", paperId).query(OriginatorRef.class).list();
    }

    /** The whole consultation path of a visible paper, scheduled steps with the meeting as far as visible. */
    public List<PathStep> path(Viewer viewer, long paperId) {
        return jdbc.sql("SELECT c.id, c.organization_id, o.name AS organization_name, c.position, c.role, c.authoritative, c.meeting_id,"
                        + " m.name AS meeting_name, m.start_planned AS meeting_start, c.outcome"
                        + " FROM consultation c JOIN paper p ON p.id = c.paper_id"
                        + " LEFT JOIN organization o ON o.id = c.organization_id AND " + rules.organization("o", viewer)
                        + " LEFT JOIN meeting m ON m.id = c.meeting_id AND " + rules.meeting("m", viewer)
                        + " WHERE c.paper_id = :paper AND c.deleted_at IS NULL AND " + rules.paper("p", viewer)
                        + " ORDER BY c.position, c.id")
                .param("paper", paperId).query(PathStep.class).list();
    }

    /** Organizations of a body the viewer sees (for originators, direction and consultation path), by kind and name. */
    public List<Choice> organizationsOfBody(Viewer viewer, long bodyId) {
        return jdbc.sql("SELECT o.id, o.name, o.kind FROM organization o WHERE o.body_id = :body"
                        + " AND (o.end_date IS NULL OR o.end_date >= (now() AT TIME ZONE 'Europe/Berlin')::date) AND "
                        + rules.organization("o", viewer) + " ORDER BY o.kind, o.name, o.id")
                .param("body", bodyId).query(Choice.class).list();
    }

    /**
     * The staff user's own assigned organizations of a body (their unit, their faction), by id; a
     * unit not configured as public is still theirs to name as originator.
     */
    public List<Choice> assignedOrganizations(long bodyId, Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT o.id, o.name, o.kind FROM organization o WHERE o.body_id = :body AND o.id IN (:ids) AND o.deleted_at IS NULL"
                        + " ORDER BY o.kind, o.name, o.id")
                .param("body", bodyId).param("ids", ids).query(Choice.class).list();
    }

    /** Persons of a body the viewer sees (for a person as originator), by family name. */
    public List<Choice> personsOfBody(Viewer viewer, long bodyId) {
        return jdbc.sql("SELECT pe.id, concat_ws(' ', nullif(trim(pe.title), ''), nullif(trim(pe.given_name), ''), nullif(trim(pe.affix), ''),"
                        + " nullif(trim(pe.family_name), '')) AS name, 'PERSON' AS kind FROM person pe WHERE pe.body_id = :body AND "
                        + rules.person("pe", viewer) + " ORDER BY lower(pe.family_name), lower(pe.given_name), pe.id LIMIT 5000")
                .param("body", bodyId).query(Choice.class).list();
    }

    /** The paper types of a body (not secret: the type list is configuration). */
    public List<PaperTypeChoice> paperTypes(long bodyId) {
        return jdbc.sql("SELECT id, name, category, public_by_default FROM paper_type WHERE body_id = :body AND deleted_at IS NULL ORDER BY name, id")
                .param("body", bodyId).query(PaperTypeChoice.class).list();
    }

    /** The category of a paper type (DECISION_PROPOSAL, MOTION, REQUEST ...). */
    public Optional<String> paperTypeCategory(long paperTypeId) {
        return jdbc.sql("SELECT category FROM paper_type WHERE id = :id AND deleted_at IS NULL")
                .param("id", paperTypeId).query(String.class).optional();
    }

    /** The body an organization belongs to. */
    public Optional<Long> bodyOfOrganization(long organizationId) {
        return jdbc.sql("SELECT body_id FROM organization WHERE id = :id AND deleted_at IS NULL")
                .param("id", organizationId).query(Long.class).optional();
    }

    /** The lowest body id (installation with one body; administrators without assignment start there). */
    public Optional<Long> firstBody() {
        return jdbc.sql("SELECT min(id) FROM body WHERE deleted_at IS NULL").query(Long.class).optional();
    }
}
