package org.openris.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openris.organization.Mandates;
import org.openris.person.PersonNames;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the clerk sees when recording an agenda item during the meeting (issue 7): the item with its
 * paper and consultation, what has been recorded (minutes text, status, the decision with its vote,
 * faction positions, recusals, the follow-up), and the choices (present voting members, factions
 * present, organizations a recommendation can go to, administrative units), and the numbers for the
 * quorum check. Only for an item the viewer sees.
 */
@Service
public class ItemRecordQueries {

    private final JdbcClient jdbc;
    private final VisibilityRules rules;

    ItemRecordQueries(JdbcClient jdbc, VisibilityRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    public record Item(long id, long meetingId, String meetingName, String meetingState, boolean cancelled, long organizationId,
                       String organizationName, long bodyId, String number, String name, boolean heading, boolean publicPart,
                       String treatment, String treatmentLabel, String status, boolean urgent, String minutesText, Long consultationId,
                       String paperReference, String paperName, LocalDate meetingDay, String templateKey, String paperCategory,
                       String discussion, java.time.OffsetDateTime meetingStart, Long movedBeforeItemId,
                       Long coSignerPersonId) {
    }

    public record Recorded(Long decisionId, String outcome, Long recommendedToOrganizationId, String resolutionText, String voteKind,
                           String majority, Integer yesCount, Integer noCount, Integer abstainCount) {
    }

    public record Choice(long id, String name) {
    }

    public record Voter(long personId, String label, Long factionId) {
    }

    public record FactionVote(long factionId, String factionName, String position) {
    }

    public record FollowUp(Long id, String description, LocalDate dueDate, Long responsibleOrganizationId) {
    }

    public Optional<Item> item(Viewer viewer, long itemId) {
        return jdbc.sql("""
                        SELECT a.id, a.meeting_id, m.name AS meeting_name, m.state AS meeting_state, m.cancelled, m.organization_id,
                               o.name AS organization_name, m.body_id, a.number, a.name, a.heading, coalesce(a.public_part, a.public) AS public_part,
                               a.treatment, a.treatment_label, a.status, a.urgent, a.minutes_text, c.id AS consultation_id,
                               p.reference AS paper_reference, p.name AS paper_name,
                               (m.start_planned AT TIME ZONE 'Europe/Berlin')::date AS meeting_day, a.template_key,
                               pt.category AS paper_category, a.discussion, m.start_planned AS meeting_start, a.moved_before_item_id, m.co_signer_person_id
                        FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id JOIN organization o ON o.id = m.organization_id
                        LEFT JOIN consultation c ON c.agenda_item_id = a.id AND c.deleted_at IS NULL
                        LEFT JOIN paper p ON p.id = c.paper_id LEFT JOIN paper_type pt ON pt.id = p.paper_type_id
                        WHERE a.id = :id AND a.deleted_at IS NULL AND """ + rules.agendaItem("a", viewer) + " LIMIT 1")
                .param("id", itemId).query(Item.class).optional();
    }

    /** The item's decision (the first, position 0), if recorded. */
    public Optional<Recorded> decision(Viewer viewer, long itemId) {
        return jdbc.sql("SELECT d.id AS decision_id, d.outcome, d.recommended_to_organization_id, d.resolution_text, d.vote_kind, d.majority,"
                        + " d.yes_count, d.no_count, d.abstain_count FROM decision d JOIN agenda_item a ON a.id = d.agenda_item_id"
                        + " WHERE d.agenda_item_id = :id AND d.deleted_at IS NULL AND " + rules.agendaItem("a", viewer)
                        + " ORDER BY d.position LIMIT 1")
                .param("id", itemId).query(Recorded.class).optional();
    }

    public List<FactionVote> factionPositions(Viewer viewer, long itemId) {
        return jdbc.sql("SELECT fp.faction_id, o.name AS faction_name, fp.position FROM decision_faction_position fp"
                        + " JOIN decision d ON d.id = fp.decision_id JOIN agenda_item a ON a.id = d.agenda_item_id"
                        + " JOIN organization o ON o.id = fp.faction_id"
                        + " WHERE d.agenda_item_id = :id AND d.position = 0 AND d.deleted_at IS NULL AND fp.deleted_at IS NULL AND "
                        + rules.agendaItem("a", viewer) + " ORDER BY o.name")
                .param("id", itemId).query(FactionVote.class).list();
    }

    /** A member's recorded ballot in the item's roll-call vote. */
    public record RecordedBallot(long personId, String ballot) {
    }

    /** The ballots of the item's roll-call vote (none for any other vote). */
    public List<RecordedBallot> ballots(Viewer viewer, long itemId) {
        return jdbc.sql("SELECT b.person_id, b.ballot FROM roll_call_ballot b JOIN decision d ON d.id = b.decision_id"
                        + " JOIN agenda_item a ON a.id = d.agenda_item_id WHERE d.agenda_item_id = :id AND d.position = 0"
                        + " AND d.deleted_at IS NULL AND b.deleted_at IS NULL AND " + rules.agendaItem("a", viewer))
                .param("id", itemId).query(RecordedBallot.class).list();
    }

    public List<Long> recused(Viewer viewer, long itemId) {
        return jdbc.sql("SELECT r.person_id FROM recusal r JOIN agenda_item a ON a.id = r.agenda_item_id WHERE r.agenda_item_id = :id"
                        + " AND r.deleted_at IS NULL AND " + rules.agendaItem("a", viewer))
                .param("id", itemId).query(Long.class).list();
    }

    public Optional<FollowUp> followUp(Viewer viewer, long itemId) {
        return jdbc.sql("SELECT f.id, f.description, f.due_date, f.responsible_organization_id FROM follow_up f"
                        + " JOIN agenda_item a ON a.id = f.agenda_item_id WHERE f.agenda_item_id = :id AND f.deleted_at IS NULL AND "
                        + rules.agendaItem("a", viewer) + " ORDER BY f.id LIMIT 1")
                .param("id", itemId).query(FollowUp.class).optional();
    }

    /** Voting members present at the meeting (substitutes included), as recorded in the attendance. */
    public List<Voter> presentVoters(Viewer viewer, long itemId) {
        return jdbc.sql("""
                        SELECT p.id AS person_id, p.title, p.affix, p.family_name, ms.mandate, at.faction_id
                        FROM agenda_item a JOIN attendance at ON at.meeting_id = a.meeting_id AND at.deleted_at IS NULL
                             AND at.status = 'PRESENT' AND at.category = 'VOTING_MEMBER'
                        JOIN person p ON p.id = at.person_id LEFT JOIN membership ms ON ms.id = at.membership_id
                        WHERE a.id = :id AND """ + rules.agendaItem("a", viewer) + " ORDER BY at.position, p.family_name")
                .param("id", itemId)
                .query((rs, n) -> new Voter(rs.getLong("person_id"), Mandates.prefixed(rs.getString("mandate"),
                        PersonNames.shortName(rs.getString("title"), rs.getString("affix"), rs.getString("family_name"))),
                        (Long) rs.getObject("faction_id")))
                .list();
    }

    /** Factions and groups of the meeting's body (for the positions in an open vote), by name. */
    public List<Choice> factions(Viewer viewer, long itemId) {
        return choices(viewer, itemId, "o.kind IN ('FACTION', 'GROUP')");
    }

    /** Council, committees, district councils of the body: where a recommendation can go. */
    public List<Choice> recommendationTargets(Viewer viewer, long itemId) {
        return choices(viewer, itemId, "o.kind IN ('COUNCIL', 'COMMITTEE', 'DISTRICT_COUNCIL', 'SPECIAL_BODY', 'ADVISORY_BOARD') AND o.id <> m.organization_id");
    }

    /** Administrative units of the body (responsible for a follow-up). */
    public List<Choice> units(Viewer viewer, long itemId) {
        return choices(viewer, itemId, "o.kind = 'ADMINISTRATIVE_UNIT'");
    }

    /** The organization after this one on the paper's consultation path (default target of a recommendation). */
    public Optional<Long> nextOnPath(Viewer viewer, long itemId) {
        return jdbc.sql("""
                        SELECT n.organization_id FROM agenda_item a JOIN consultation c ON c.agenda_item_id = a.id AND c.deleted_at IS NULL
                        JOIN consultation n ON n.paper_id = c.paper_id AND n.deleted_at IS NULL AND n.position > c.position
                        WHERE a.id = :id AND """ + rules.agendaItem("a", viewer) + " ORDER BY n.position LIMIT 1")
                .param("id", itemId).query(Long.class).optional();
    }

    /** The day of the organization's next meeting after this one (not cancelled), if planned. */
    public Optional<LocalDate> nextMeetingDay(Viewer viewer, long itemId) {
        return jdbc.sql("""
                        SELECT (n.start_planned AT TIME ZONE 'Europe/Berlin')::date FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
                        JOIN meeting n ON n.organization_id = m.organization_id AND n.start_planned > m.start_planned AND NOT n.cancelled
                             AND n.deleted_at IS NULL
                        WHERE a.id = :id AND """ + rules.agendaItem("a", viewer) + " ORDER BY n.start_planned LIMIT 1")
                .param("id", itemId).query(LocalDate.class).optional();
    }

    /** Voting seats of the meeting's organization on its day (statutory number for the quorum). */
    public int votingSeats(Viewer viewer, long itemId) {
        return jdbc.sql("""
                        SELECT count(*) FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
                        JOIN membership ms ON ms.organization_id = m.organization_id AND ms.deleted_at IS NULL AND ms.voting_right
                             AND ms.role <> 'DEPUTY_MEMBER' AND ms.start_date <= (m.start_planned AT TIME ZONE 'Europe/Berlin')::date
                             AND (ms.end_date IS NULL OR ms.end_date >= (m.start_planned AT TIME ZONE 'Europe/Berlin')::date)
                        WHERE a.id = :id AND """ + rules.agendaItem("a", viewer))
                .param("id", itemId).query(Integer.class).single();
    }

    private List<Choice> choices(Viewer viewer, long itemId, String condition) {
        return jdbc.sql("SELECT o.id, o.name FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id"
                        + " JOIN organization o ON o.body_id = m.body_id AND o.deleted_at IS NULL AND " + condition
                        + " WHERE a.id = :id AND " + rules.agendaItem("a", viewer) + " AND " + rules.organization("o", viewer)
                        + " ORDER BY o.name")
                .param("id", itemId).query(Choice.class).list();
    }
}
