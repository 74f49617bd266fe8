package org.openris.decision;

import java.time.OffsetDateTime;
import java.util.List;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read side of decisions and votes; as visible as the agenda item they were taken on. */
@Service
public class DecisionQueries {

    private final JdbcClient jdbc;
    private final VisibilityRules rules;

    DecisionQueries(JdbcClient jdbc, VisibilityRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    public List<DecisionSummary> ofAgendaItem(Viewer viewer, long agendaItemId) {
        return jdbc.sql("""
                        SELECT d.id, d.agenda_item_id, d.position, d.subject, d.outcome, d.resolution_text, d.vote_kind,
                               d.majority, d.yes_count, d.no_count, d.abstain_count,
                               (SELECT string_agg(o.short_name || ':' || fp.position, ', ' ORDER BY o.name)
                                  FROM decision_faction_position fp JOIN organization o ON o.id = fp.faction_id
                                 WHERE fp.decision_id = d.id) AS faction_positions
                        FROM decision d WHERE d.agenda_item_id = :item AND """ + " " + rules.decision("d", viewer)
                        + " ORDER BY d.position")
                .param("item", agendaItemId).query(DecisionSummary.class).list();
    }

    /**
     * Every decision taken in a meeting that the viewer may see, in agenda order; the agenda item's
     * number and name come along (visible whenever the decision is).
     */
    public List<MeetingDecision> ofMeeting(Viewer viewer, long meetingId) {
        return jdbc.sql("SELECT d.id, d.agenda_item_id, a.number AS agenda_item_number, a.name AS agenda_item_name, d.subject, d.outcome,"
                        + " d.resolution_text, d.vote_kind, d.majority, d.yes_count, d.no_count, d.abstain_count"
                        + " FROM decision d JOIN agenda_item a ON a.id = d.agenda_item_id WHERE a.meeting_id = :meeting AND "
                        + rules.decision("d", viewer) + " ORDER BY a.position, a.id, d.position, d.id")
                .param("meeting", meetingId).query(MeetingDecision.class).list();
    }

    /**
     * Open follow-ups (Beschlussverfolgung) of items treated by organizations {@code personId}
     * currently belongs to, as far as the viewer sees the items: earliest due date first.
     */
    public List<FollowUpSummary> openFollowUpsFor(Viewer viewer, long personId) {
        return jdbc.sql("SELECT fu.id, fu.description, fu.due_date, m.id AS meeting_id, m.start_planned AS meeting_start,"
                        + " o.name AS organization_name, a.number AS agenda_item_number, a.name AS agenda_item_name,"
                        + " ru.name AS responsible_name, p.id AS paper_id, p.reference AS paper_reference, dm.start_planned AS due_meeting_start"
                        + " FROM follow_up fu JOIN agenda_item a ON a.id = fu.agenda_item_id JOIN meeting m ON m.id = a.meeting_id"
                        + " JOIN organization o ON o.id = m.organization_id"
                        + " LEFT JOIN organization ru ON ru.id = fu.responsible_organization_id AND " + rules.organization("ru", viewer)
                        + " LEFT JOIN paper p ON p.id = fu.paper_id AND " + rules.paper("p", viewer)
                        + " LEFT JOIN meeting dm ON dm.id = fu.due_meeting_id AND " + rules.meeting("dm", viewer)
                        + " WHERE fu.deleted_at IS NULL AND fu.status = 'OPEN' AND (" + currentMemberOf("m.organization_id")
                        + " OR EXISTS (SELECT 1 FROM meeting_organization jo WHERE jo.meeting_id = m.id AND jo.deleted_at IS NULL AND "
                        + currentMemberOf("jo.organization_id") + ")) AND " + rules.agendaItem("a", viewer)
                        + " AND (fu.decision_id IS NULL OR EXISTS (SELECT 1 FROM decision d WHERE d.id = fu.decision_id AND "
                        + rules.decision("d", viewer) + ")) ORDER BY fu.due_date NULLS LAST, m.start_planned, fu.id LIMIT 100")
                .param("person", personId).query(FollowUpSummary.class).list();
    }

    /** The person's declarations of a conflict of interest (Mitwirkungsverbot) on items the viewer sees, newest first. */
    public List<RecusalSummary> recusalsOf(Viewer viewer, long personId) {
        return jdbc.sql("SELECT r.id, a.id AS agenda_item_id, a.number AS agenda_item_number, a.name AS agenda_item_name,"
                        + " m.id AS meeting_id, m.start_planned AS meeting_start, o.name AS organization_name, r.left_room"
                        + " FROM recusal r JOIN agenda_item a ON a.id = r.agenda_item_id JOIN meeting m ON m.id = a.meeting_id"
                        + " JOIN organization o ON o.id = m.organization_id"
                        + " WHERE r.person_id = :person AND r.deleted_at IS NULL AND " + rules.agendaItem("a", viewer)
                        + " ORDER BY m.start_planned DESC, a.position, r.id LIMIT 100")
                .param("person", personId).query(RecusalSummary.class).list();
    }

    /**
     * The newest decisions the viewer sees, taken in meetings that started at or after {@code since}:
     * latest meeting first, in agenda order; at most {@code limit} (≤ 200). The paper decided on comes
     * along where its consultation is visible (the decision's own, else the item's first).
     */
    public List<FeedDecision> newest(Viewer viewer, OffsetDateTime since, int limit) {
        return jdbc.sql("SELECT d.id, d.subject, d.outcome, d.yes_count, d.no_count, d.abstain_count,"
                        + " m.id AS meeting_id, m.number_in_term AS meeting_number, m.start_planned AS meeting_start, o.name AS organization_name,"
                        + " a.number AS agenda_item_number, a.name AS agenda_item_name, dp.id AS paper_id, dp.reference AS paper_reference, dp.name AS paper_name,"
                        + " d.created, d.modified"
                        + " FROM decision d JOIN agenda_item a ON a.id = d.agenda_item_id JOIN meeting m ON m.id = a.meeting_id"
                        + " JOIN organization o ON o.id = m.organization_id"
                        + " LEFT JOIN LATERAL (SELECT p.id, p.reference, p.name FROM consultation dc JOIN paper p ON p.id = dc.paper_id"
                        + " WHERE (dc.id = d.consultation_id OR (d.consultation_id IS NULL AND dc.agenda_item_id = d.agenda_item_id)) AND "
                        + rules.consultation("dc", viewer) + " ORDER BY dc.position, dc.id LIMIT 1) dp ON TRUE"
                        + " WHERE m.start_planned >= :since AND " + rules.decision("d", viewer)
                        + " ORDER BY m.start_planned DESC, m.id DESC, a.position, a.id, d.position, d.id LIMIT :limit")
                .param("since", since).param("limit", Math.max(0, Math.min(limit, 200)))
                .query(FeedDecision.class).list();
    }

    /** {@code :person} currently (today, Europe/Berlin) holds a membership of the organization. */
    private static String currentMemberOf(String organization) {
        return "EXISTS (SELECT 1 FROM membership own WHERE own.person_id = :person AND own.organization_id = " + organization
                + " AND own.deleted_at IS NULL AND own.start_date <= (now() AT TIME ZONE 'Europe/Berlin')::date"
                + " AND (own.end_date IS NULL OR own.end_date >= (now() AT TIME ZONE 'Europe/Berlin')::date))";
    }

    /**
     * The latest decisions the viewer sees (held meetings, newest first), with meeting, organization
     * and the first paper treated under the item where its consultation is visible too.
     */
    public List<LatestDecision> latest(Viewer viewer, int limit) {
        return jdbc.sql("SELECT d.id, m.id AS meeting_id, m.start_planned AS meeting_start, o.name AS organization_name,"
                        + " a.number AS agenda_item_number, a.name AS agenda_item_name, d.subject, d.outcome,"
                        + " dp.id AS paper_id, dp.reference AS paper_reference"
                        + " FROM decision d JOIN agenda_item a ON a.id = d.agenda_item_id JOIN meeting m ON m.id = a.meeting_id"
                        + " JOIN organization o ON o.id = m.organization_id"
                        + " LEFT JOIN LATERAL (SELECT p.id, p.reference FROM consultation c JOIN paper p ON p.id = c.paper_id WHERE c.agenda_item_id = a.id AND "
                        + rules.consultation("c", viewer) + " ORDER BY c.id LIMIT 1) dp ON TRUE"
                        + " WHERE m.start_planned <= now() AND " + rules.decision("d", viewer)
                        + " ORDER BY m.start_planned DESC, a.position, d.position, d.id LIMIT :limit")
                .param("limit", Math.max(0, Math.min(limit, 100))).query(LatestDecision.class).list();
    }

    /** How each faction voted on the decisions of a meeting (decisions and factions the viewer sees), per decision by faction name. */
    public List<FactionPosition> factionPositionsOfMeeting(Viewer viewer, long meetingId) {
        return jdbc.sql("SELECT fp.decision_id, f.id AS faction_id, f.name AS faction_name, f.short_name AS faction_short_name, fp.position"
                        + " FROM decision_faction_position fp JOIN decision d ON d.id = fp.decision_id"
                        + " JOIN agenda_item a ON a.id = d.agenda_item_id JOIN organization f ON f.id = fp.faction_id"
                        + " WHERE a.meeting_id = :meeting AND fp.deleted_at IS NULL AND " + rules.decision("d", viewer)
                        + " AND " + rules.organization("f", viewer) + " ORDER BY fp.decision_id, f.name")
                .param("meeting", meetingId).query(FactionPosition.class).list();
    }

    /**
     * The named ballots of the roll-call votes of a meeting (decisions and persons the viewer sees), per
     * decision in the order of the attendance list; "Rm Albers" as the minutes name them. Secret
     * votes never have ballots.
     */
    public List<RollCallBallot> rollCallOfMeeting(Viewer viewer, long meetingId) {
        return jdbc.sql("""
                        SELECT b.decision_id, p.id AS person_id, p.title, p.affix, p.family_name, ms.mandate, b.ballot
                        FROM roll_call_ballot b JOIN decision d ON d.id = b.decision_id JOIN agenda_item a ON a.id = d.agenda_item_id
                        JOIN person p ON p.id = b.person_id
                        LEFT JOIN attendance at ON at.meeting_id = a.meeting_id AND at.person_id = b.person_id AND at.deleted_at IS NULL
                        LEFT JOIN membership ms ON ms.id = at.membership_id
                        WHERE a.meeting_id = :meeting AND b.deleted_at IS NULL AND d.vote_kind = 'ROLL_CALL' AND """
                        + rules.decision("d", viewer) + " AND " + rules.person("p", viewer)
                        + " ORDER BY b.decision_id, at.position, p.family_name, p.id")
                .param("meeting", meetingId)
                .query((rs, n) -> new RollCallBallot(rs.getLong("decision_id"), rs.getLong("person_id"),
                        org.openris.organization.Mandates.prefixed(rs.getString("mandate"), org.openris.person.PersonNames.shortName(
                                rs.getString("title"), rs.getString("affix"), rs.getString("family_name"))), rs.getString("ballot")))
                .list();
    }

    /** {@code ballot}: YES, NO, ABSTAIN or NOT_VOTED; {@code name} as in the minutes ("Rm Albers"). */
    public record RollCallBallot(long decisionId, long personId, String name, String ballot) {
    }

    public long count(Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM decision d WHERE " + rules.decision("d", viewer)).query(Long.class).single();
    }

    public record LatestDecision(long id, long meetingId, java.time.OffsetDateTime meetingStart, String organizationName,
                                 String agendaItemNumber, String agendaItemName, String subject, String outcome, Long paperId, String paperReference) {
    }

    /** {@code position}: YES, NO, ABSTAIN or SPLIT. */
    public record FactionPosition(long decisionId, long factionId, String factionName, String factionShortName, String position) {
    }

    /** A decision as a feed entry: what was decided, where and when, on which paper (null when none is visible). */
    public record FeedDecision(long id, String subject, String outcome, Integer yesCount, Integer noCount, Integer abstainCount,
                               long meetingId, Integer meetingNumber, OffsetDateTime meetingStart, String organizationName,
                               String agendaItemNumber, String agendaItemName, Long paperId, String paperReference, String paperName,
                               OffsetDateTime created, OffsetDateTime modified) {
    }

    public record MeetingDecision(long id, long agendaItemId, String agendaItemNumber, String agendaItemName, String subject,
                                  String outcome, String resolutionText, String voteKind, String majority, Integer yesCount,
                                  Integer noCount, Integer abstainCount) {
    }

    public record FollowUpSummary(long id, String description, java.time.LocalDate dueDate, long meetingId,
                                  java.time.OffsetDateTime meetingStart, String organizationName, String agendaItemNumber,
                                  String agendaItemName, String responsibleName, Long paperId, String paperReference,
                                  java.time.OffsetDateTime dueMeetingStart) {
    }

    public record RecusalSummary(long id, long agendaItemId, String agendaItemNumber, String agendaItemName, long meetingId,
                                 java.time.OffsetDateTime meetingStart, String organizationName, boolean leftRoom) {
    }

    public record DecisionSummary(long id, long agendaItemId, int position, String subject, String outcome,
                                  String resolutionText, String voteKind, String majority, Integer yesCount,
                                  Integer noCount, Integer abstainCount, String factionPositions) {
    }
}
