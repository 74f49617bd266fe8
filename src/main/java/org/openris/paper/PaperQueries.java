package org.openris.paper;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read side of papers (Vorlagen) and their consultation path (Beratungsfolge). */
@Service
public class PaperQueries {

    private static final String SELECT_PAPER = """
            SELECT p.id, p.reference, p.name, p.date, p.state, t.name AS paper_type, t.category,
                   p.superordinated_paper_id, p.under_direction_of_id, p.text, p.modified
            FROM paper p JOIN paper_type t ON t.id = p.paper_type_id""";

    private final JdbcClient jdbc;
    private final VisibilityRules rules;

    PaperQueries(JdbcClient jdbc, VisibilityRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    public Optional<PaperSummary> findById(Viewer viewer, long id) {
        return jdbc.sql(SELECT_PAPER + " WHERE p.id = :id AND " + rules.paper("p", viewer))
                .param("id", id).query(PaperSummary.class).optional();
    }

    /**
     * Those of {@code ids} the viewer may see, in no particular order: one query for many papers, e.g. the
     * hits of a search page re-checked through the gate (search.PortalSearch).
     */
    public List<PaperSummary> findByIds(Viewer viewer, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT_PAPER + " WHERE p.id IN (:ids) AND " + rules.paper("p", viewer))
                .param("ids", ids).query(PaperSummary.class).list();
    }

    /**
     * Looks a paper of a body up by its Drucksachen-Nummer, e.g. "04411-23" or "18828-20-E4" (also in a
     * form our numbering reads the same), or by any other reference exactly as stored (imported ones
     * such as "V/2024/001").
     */
    public Optional<PaperSummary> findByReference(Viewer viewer, long bodyId, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT_PAPER + " WHERE p.body_id = :body AND p.reference IN (:reference, :canonical) AND " + rules.paper("p", viewer)
                        + " ORDER BY p.reference = :reference DESC LIMIT 1")
                .param("body", bodyId).param("reference", reference).param("canonical", canonical(reference))
                .query(PaperSummary.class).optional();
    }

    /** Our numbering's written form of a reference where it reads as one ("4411-23" → "04411-23"), else the reference itself. */
    private static String canonical(String reference) {
        return PaperReference.tryParse(reference).map(PaperReference::format).orElse(reference);
    }

    /** Supplements and statements (…-E1, …-E2) subordinated to a paper. */
    public List<PaperSummary> subordinated(Viewer viewer, long paperId) {
        return jdbc.sql(SELECT_PAPER + " WHERE p.superordinated_paper_id = :id AND " + rules.paper("p", viewer)
                        + " ORDER BY p.supplement_number NULLS LAST, p.id")
                .param("id", paperId).query(PaperSummary.class).list();
    }

    /**
     * Supplements (…-E1, …-E2) concerning the given meetings, per meeting: supplement papers
     * consulted in a meeting, or subordinated to a paper consulted in it, where that consultation
     * and the meeting are visible too. One query for many meetings.
     */
    public List<MeetingSupplement> supplementsOfMeetings(Viewer viewer, List<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT c.meeting_id, p.id, p.reference, p.name FROM consultation c"
                        + " JOIN paper p ON p.id = c.paper_id OR p.superordinated_paper_id = c.paper_id"
                        + " JOIN meeting sm ON sm.id = c.meeting_id"
                        + " WHERE c.meeting_id IN (:meetings) AND p.supplement_number IS NOT NULL AND " + rules.paper("p", viewer)
                        + " AND " + rules.consultation("c", viewer) + " AND " + rules.meeting("sm", viewer)
                        + " ORDER BY c.meeting_id, p.id")
                .param("meetings", meetingIds).query(MeetingSupplement.class).list();
    }

    /** The consultation path in order; steps in meetings or items the viewer may not see are absent. */
    public List<ConsultationSummary> consultations(Viewer viewer, long paperId) {
        return jdbc.sql(SELECT_CONSULTATION + " WHERE c.paper_id = :paper AND " + rules.consultation("c", viewer)
                        + " ORDER BY c.position, c.id")
                .param("paper", paperId).query(ConsultationSummary.class).list();
    }

    /** Consultations treated in one agenda item (the papers an item deals with). */
    public List<ConsultationSummary> consultationsOfAgendaItem(Viewer viewer, long agendaItemId) {
        return jdbc.sql(SELECT_CONSULTATION + " WHERE c.agenda_item_id = :item AND " + rules.consultation("c", viewer)
                        + " ORDER BY c.id")
                .param("item", agendaItemId).query(ConsultationSummary.class).list();
    }

    /** Every consultation scheduled in a meeting, in one query (the papers of a whole agenda). */
    public List<ConsultationSummary> consultationsOfMeeting(Viewer viewer, long meetingId) {
        return jdbc.sql(SELECT_CONSULTATION + " WHERE c.meeting_id = :meeting AND " + rules.consultation("c", viewer)
                        + " ORDER BY c.agenda_item_id, c.id")
                .param("meeting", meetingId).query(ConsultationSummary.class).list();
    }

    /**
     * Papers the viewer sees that were created or changed since {@code since}, newest first. A
     * supplement (reference ending in "-E1", "-E2" ...) is marked as such.
     */
    public List<PaperChange> changedSince(Viewer viewer, OffsetDateTime since, int limit) {
        return jdbc.sql("SELECT p.id, p.reference, p.name, t.name AS paper_type, p.date, coalesce(p.reference ~ '-E[0-9]+$', false) AS supplement,"
                        + " p.created, p.modified FROM paper p JOIN paper_type t ON t.id = p.paper_type_id WHERE p.modified > :since AND "
                        + rules.paper("p", viewer) + " ORDER BY p.modified DESC, p.id DESC LIMIT :limit")
                .param("since", since).param("limit", Math.max(0, Math.min(limit, 100)))
                .query(PaperChange.class).list();
    }

    // ------------------------------------------------------------------ Atom feeds (module feed)

    /**
     * The newest papers the viewer sees (by paper date, then creation), dated on or after
     * {@code since}; at most {@code limit} (≤ 200). Originators listed as far as they are visible.
     */
    public List<FeedPaper> newest(Viewer viewer, OffsetDateTime since, int limit) {
        return feedPapers(viewer, "TRUE", since, limit, null);
    }

    /**
     * The newest papers whose consultation path reaches the organization, counting only the steps the
     * viewer sees (a step in a non-public meeting does not list the paper there); empty when the
     * organization is not visible.
     */
    public List<FeedPaper> newestConsultedBy(Viewer viewer, long organizationId, OffsetDateTime since, int limit) {
        return feedPapers(viewer, "EXISTS (SELECT 1 FROM consultation fc WHERE fc.paper_id = p.id AND fc.organization_id = :organization AND "
                + rules.consultation("fc", viewer) + ")", since, limit, organizationId);
    }

    /**
     * The newest papers originated by the organization — submitted by a faction (originator) or
     * prepared by a department (originator or under its direction); empty when the organization is
     * not visible.
     */
    public List<FeedPaper> newestOriginatedBy(Viewer viewer, long organizationId, OffsetDateTime since, int limit) {
        return feedPapers(viewer, "(p.under_direction_of_id = :organization OR EXISTS (SELECT 1 FROM paper_originator fpo"
                + " WHERE fpo.paper_id = p.id AND fpo.organization_id = :organization AND fpo.deleted_at IS NULL))"
                + " AND EXISTS (SELECT 1 FROM organization forg WHERE forg.id = :organization AND " + rules.organization("forg", viewer) + ")",
                since, limit, organizationId);
    }

    private List<FeedPaper> feedPapers(Viewer viewer, String condition, OffsetDateTime since, int limit, Long organizationId) {
        var spec = jdbc.sql("SELECT p.id, p.reference, p.name, t.name AS paper_type, p.date,"
                        + " (SELECT string_agg(coalesce(oo.name, concat_ws(' ', nullif(trim(pp.title), ''), nullif(trim(pp.given_name), ''),"
                        + " nullif(trim(pp.affix), ''), nullif(trim(pp.family_name), ''))), ', ' ORDER BY po.position)"
                        + " FROM paper_originator po"
                        + " LEFT JOIN organization oo ON oo.id = po.organization_id AND " + rules.organization("oo", viewer)
                        + " LEFT JOIN person pp ON pp.id = po.person_id AND " + rules.person("pp", viewer)
                        + " WHERE po.paper_id = p.id AND po.deleted_at IS NULL AND (oo.id IS NOT NULL OR pp.id IS NOT NULL)) AS originators,"
                        + " (SELECT ud.name FROM organization ud WHERE ud.id = p.under_direction_of_id AND " + rules.organization("ud", viewer)
                        + ") AS under_direction_of,"
                        + " p.created, p.modified"
                        + " FROM paper p JOIN paper_type t ON t.id = p.paper_type_id"
                        + " WHERE coalesce(p.date, (p.created AT TIME ZONE 'Europe/Berlin')::date) >= (CAST(:since AS timestamptz) AT TIME ZONE 'Europe/Berlin')::date"
                        + " AND " + condition + " AND " + rules.paper("p", viewer)
                        + " ORDER BY p.date DESC NULLS LAST, p.created DESC, p.id DESC LIMIT :limit")
                .param("since", since).param("limit", Math.max(0, Math.min(limit, 200)));
        if (organizationId != null) {
            spec = spec.param("organization", organizationId);
        }
        return spec.query(FeedPaper.class).list();
    }

    public Optional<ConsultationSummary> consultation(Viewer viewer, long id) {
        return jdbc.sql(SELECT_CONSULTATION + " WHERE c.id = :id AND " + rules.consultation("c", viewer))
                .param("id", id).query(ConsultationSummary.class).optional();
    }

    /**
     * The visible papers of every body with this reference (one per body; an installation with one
     * body finds at most one), in body order.
     */
    public List<PaperSummary> findAllByReference(Viewer viewer, String reference) {
        if (reference == null || reference.isBlank()) {
            return List.of();
        }
        return jdbc.sql(SELECT_PAPER + " WHERE p.reference IN (:reference, :canonical) AND " + rules.paper("p", viewer) + " ORDER BY p.body_id, p.id")
                .param("reference", reference).param("canonical", canonical(reference)).query(PaperSummary.class).list();
    }

    /** The body a visible paper belongs to. */
    public Optional<Long> bodyOf(Viewer viewer, long paperId) {
        return jdbc.sql("SELECT p.body_id FROM paper p WHERE p.id = :id AND " + rules.paper("p", viewer))
                .param("id", paperId).query(Long.class).optional();
    }

    /** Who submitted the paper (department, faction, person), in order; originators the viewer may not see are absent. */
    public List<Originator> originators(Viewer viewer, long paperId) {
        return jdbc.sql("SELECT po.position, o.id AS organization_id, o.name AS organization_name, o.kind AS organization_kind,"
                        + " pe.id AS person_id, pe.title, pe.given_name, pe.affix, pe.family_name"
                        + " FROM paper_originator po JOIN paper p ON p.id = po.paper_id"
                        + " LEFT JOIN organization o ON o.id = po.organization_id AND " + rules.organization("o", viewer)
                        + " LEFT JOIN person pe ON pe.id = po.person_id AND " + rules.person("pe", viewer)
                        + " WHERE po.paper_id = :paper AND po.deleted_at IS NULL AND (o.id IS NOT NULL OR pe.id IS NOT NULL) AND "
                        + rules.paper("p", viewer) + " ORDER BY po.position")
                .param("paper", paperId).query(Originator.class).list();
    }

    /** Papers related to this one (either direction of the relation), as far as the viewer sees both. */
    public List<PaperSummary> related(Viewer viewer, long paperId) {
        return jdbc.sql(SELECT_PAPER + " WHERE p.id IN (SELECT r.related_paper_id FROM paper_related r WHERE r.paper_id = :paper"
                        + " AND r.deleted_at IS NULL UNION SELECT r.paper_id FROM paper_related r WHERE r.related_paper_id = :paper"
                        + " AND r.deleted_at IS NULL) AND " + rules.paper("p", viewer)
                        + " AND EXISTS (SELECT 1 FROM paper self WHERE self.id = :paper AND " + rules.paper("self", viewer) + ")"
                        + " ORDER BY p.date DESC NULLS LAST, p.id DESC")
                .param("paper", paperId).query(PaperSummary.class).list();
    }

    /** Papers an organization consulted or submitted, newest first, at most 100. */
    public List<PaperSummary> ofOrganization(Viewer viewer, long organizationId) {
        return jdbc.sql(SELECT_PAPER + " WHERE (EXISTS (SELECT 1 FROM consultation c WHERE c.paper_id = p.id AND c.organization_id"
                        + " = :organization AND " + rules.consultation("c", viewer) + ") OR EXISTS (SELECT 1 FROM paper_originator po"
                        + " WHERE po.paper_id = p.id AND po.organization_id = :organization AND po.deleted_at IS NULL)) AND "
                        + rules.paper("p", viewer) + " ORDER BY p.date DESC NULLS LAST, p.id DESC LIMIT 100")
                .param("organization", organizationId).query(PaperSummary.class).list();
    }

    /** Papers a person submitted, newest first, at most 100. */
    public List<PaperSummary> ofPerson(Viewer viewer, long personId) {
        return jdbc.sql(SELECT_PAPER + " WHERE EXISTS (SELECT 1 FROM paper_originator po WHERE po.paper_id = p.id"
                        + " AND po.person_id = :person AND po.deleted_at IS NULL) AND " + rules.paper("p", viewer)
                        + " ORDER BY p.date DESC NULLS LAST, p.id DESC LIMIT 100")
                .param("person", personId).query(PaperSummary.class).list();
    }

    /** One page of all papers the viewer sees, newest first ({@code offset} ≥ 0, {@code limit} ≤ 200). */
    public List<PaperSummary> newest(Viewer viewer, int offset, int limit) {
        return jdbc.sql(SELECT_PAPER + " WHERE " + rules.paper("p", viewer)
                        + " ORDER BY p.date DESC NULLS LAST, p.id DESC OFFSET :offset LIMIT :limit")
                .param("offset", Math.max(0, offset)).param("limit", Math.max(0, Math.min(limit, 200)))
                .query(PaperSummary.class).list();
    }

    /**
     * Motions, requests and agenda proposals of factions and members with their status: decided (a
     * visible consultation ended with a final outcome), answered (a visible statement or supplement
     * answers it) or open. Newest first, at most 500.
     */
    public List<MotionStatus> motions(Viewer viewer) {
        return jdbc.sql("SELECT p.id, p.body_id, p.reference, p.name, p.date, t.name AS paper_type, t.category,"
                        + " (SELECT string_agg(coalesce(o.short_name, o.name), ', ' ORDER BY po.position) FROM paper_originator po"
                        + " JOIN organization o ON o.id = po.organization_id WHERE po.paper_id = p.id AND po.deleted_at IS NULL AND "
                        + rules.organization("o", viewer) + ") AS originator_names,"
                        + " EXISTS (SELECT 1 FROM paper a WHERE a.superordinated_paper_id = p.id AND " + rules.paper("a", viewer) + ") AS answered,"
                        + " (SELECT c.outcome FROM consultation c WHERE c.paper_id = p.id AND c.outcome IN ('ADOPTED', 'ADOPTED_WITH_CHANGES',"
                        + " 'REJECTED', 'NOTED', 'WITHDRAWN') AND " + rules.consultation("c", viewer)
                        + " ORDER BY c.position DESC, c.id DESC LIMIT 1) AS final_outcome"
                        + " FROM paper p JOIN paper_type t ON t.id = p.paper_type_id"
                        + " WHERE t.category IN ('MOTION', 'REQUEST', 'AGENDA_PROPOSAL') AND p.superordinated_paper_id IS NULL AND "
                        + rules.paper("p", viewer) + " ORDER BY p.date DESC NULLS LAST, p.id DESC LIMIT 500")
                .query(MotionStatus.class).list();
    }

    /** Reference, body and last change of every paper the viewer sees (sitemap), at most 50,000, newest first. */
    public List<PaperStamp> stamps(Viewer viewer) {
        return jdbc.sql("SELECT p.id, p.body_id, p.reference, p.modified FROM paper p WHERE p.reference IS NOT NULL AND "
                        + rules.paper("p", viewer) + " ORDER BY p.date DESC NULLS LAST, p.id DESC LIMIT 50000")
                .query(PaperStamp.class).list();
    }

    public long count(Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM paper p WHERE " + rules.paper("p", viewer)).query(Long.class).single();
    }

    // the meeting and agenda item joined here are visible whenever the consultation is (VisibilityRules#consultation)
    private static final String SELECT_CONSULTATION = """
            SELECT c.id, c.paper_id, p.reference AS paper_reference, p.name AS paper_name, c.organization_id,
                   o.name AS organization_name, c.meeting_id, c.agenda_item_id, c.position, c.role, c.authoritative,
                   c.outcome, c.modified, cm.name AS meeting_name, cm.start_planned AS meeting_start,
                   ca.number AS agenda_item_number, ca.name AS agenda_item_name
            FROM consultation c
            JOIN paper p ON p.id = c.paper_id
            JOIN organization o ON o.id = c.organization_id
            LEFT JOIN meeting cm ON cm.id = c.meeting_id
            LEFT JOIN agenda_item ca ON ca.id = c.agenda_item_id""";

    public record PaperSummary(long id, String reference, String name, LocalDate date, String state, String paperType,
                               String category, Long superordinatedPaperId, Long underDirectionOfId, String text,
                               OffsetDateTime modified) {
    }

    /** A paper's originator: an organization or a person (the other side null). */
    public record Originator(int position, Long organizationId, String organizationName, String organizationKind, Long personId,
                             String title, String givenName, String affix, String familyName) {
    }

    /** {@code finalOutcome} of the last decisive consultation, null while none. */
    public record MotionStatus(long id, long bodyId, String reference, String name, LocalDate date, String paperType, String category,
                               String originatorNames, boolean answered, String finalOutcome) {

        /** "decided", "answered" or "open". */
        public String status() {
            return finalOutcome != null ? "decided" : answered ? "answered" : "open";
        }
    }

    public record PaperStamp(long id, long bodyId, String reference, OffsetDateTime modified) {
    }

    public record PaperChange(long id, String reference, String name, String paperType, LocalDate date, boolean supplement,
                              OffsetDateTime created, OffsetDateTime modified) {
    }

    /** A paper as a feed entry; {@code originators} and {@code underDirectionOf} only as far as visible (may be null). */
    public record FeedPaper(long id, String reference, String name, String paperType, LocalDate date, String originators,
                            String underDirectionOf, OffsetDateTime created, OffsetDateTime modified) {
    }

    /** A supplement paper as listed for one meeting. */
    public record MeetingSupplement(long meetingId, long id, String reference, String name) {
    }

    public record ConsultationSummary(long id, long paperId, String paperReference, String paperName,
                                      long organizationId, String organizationName, Long meetingId, Long agendaItemId,
                                      int position, String role, boolean authoritative, String outcome,
                                      OffsetDateTime modified, String meetingName, OffsetDateTime meetingStart,
                                      String agendaItemNumber, String agendaItemName) {
    }
}
