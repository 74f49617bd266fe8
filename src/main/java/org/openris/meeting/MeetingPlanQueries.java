package org.openris.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read side of meeting planning for the back office (calendar per organization, agenda builder,
 * inbox of papers, invitation). Reads only what the viewer may see; staff grants make drafts and
 * non-public items visible to the clerks of the organization. The joins to organization, location,
 * consultation and paper are documented read-model joins (the agenda shows the paper it treats).
 */
@Service
public class MeetingPlanQueries {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final String SELECT_MEETING = """
            SELECT m.id, m.name, m.number_in_term, m.state, m.cancelled, m.released, m.public AS public_meeting,
                   m.start_planned, m.end_planned, m.invitation_sent_at, m.supplement_sent_at,
                   m.organization_id, o.name AS organization_name, o.kind AS organization_kind, o.notice_period_days,
                   m.legislative_term_id, m.location_id, l.description AS location_description, l.room, l.street_address,
                   l.postal_code, l.locality, m.start_actual, m.end_actual
            FROM meeting m
            JOIN organization o ON o.id = m.organization_id
            LEFT JOIN location l ON l.id = m.location_id AND l.deleted_at IS NULL""";

    private static final String SELECT_ITEM = """
            SELECT a.id, a.parent_id, a.number, a.position, a.name, a.heading, a.empty_marker,
                   coalesce(a.public_part, a.public) AS public_part, a.public AS published, a.treatment, a.treatment_label,
                   a.template_key, a.added_after_invitation_at, a.urgent,
                   c.id AS consultation_id, p.id AS paper_id, p.reference AS paper_reference
            FROM agenda_item a
            LEFT JOIN consultation c ON c.agenda_item_id = a.id AND c.deleted_at IS NULL
            LEFT JOIN paper p ON p.id = c.paper_id AND""";

    private final JdbcClient jdbc;
    private final VisibilityRules rules;

    MeetingPlanQueries(JdbcClient jdbc, VisibilityRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** The meetings of one organization starting in the given calendar year (Berlin), cancelled ones included, earliest first. */
    public List<PlannedMeeting> calendar(Viewer viewer, long organizationId, int year) {
        OffsetDateTime from = LocalDate.of(Math.max(1900, Math.min(year, 2999)), 1, 1).atStartOfDay(BERLIN).toOffsetDateTime();
        return jdbc.sql(SELECT_MEETING + " WHERE m.organization_id = :organization AND m.start_planned >= :from"
                        + " AND m.start_planned < :to AND " + rules.meeting("m", viewer) + " ORDER BY m.start_planned, m.id")
                .param("organization", organizationId).param("from", from).param("to", from.plusYears(1))
                .query(PlannedMeeting.class).list();
    }

    public Optional<PlannedMeeting> meeting(Viewer viewer, long id) {
        return jdbc.sql(SELECT_MEETING + " WHERE m.id = :id AND " + rules.meeting("m", viewer))
                .param("id", id).query(PlannedMeeting.class).optional();
    }

    /** The agenda as it is being built, in order; the paper only where the viewer may see it. */
    public List<PlannedItem> agenda(Viewer viewer, long meetingId) {
        return jdbc.sql(SELECT_ITEM + " " + rules.paper("p", viewer) + " WHERE a.meeting_id = :meeting AND "
                        + rules.agendaItem("a", viewer) + " ORDER BY a.position, a.id")
                .param("meeting", meetingId).query(PlannedItem.class).list();
    }

    /**
     * The inbox of the agenda builder: released papers whose consultation path reaches the meeting's
     * organization and that are not yet on an agenda (consultation without agenda item), oldest
     * reference first.
     */
    public List<InboxPaper> inbox(Viewer viewer, long meetingId) {
        return jdbc.sql("""
                        SELECT c.id AS consultation_id, c.role, c.authoritative, p.id AS paper_id, p.reference, p.name,
                               pt.name AS paper_type
                        FROM meeting m
                        JOIN consultation c ON c.organization_id = m.organization_id AND c.deleted_at IS NULL
                             AND c.agenda_item_id IS NULL AND (c.meeting_id IS NULL OR c.meeting_id = m.id)
                        JOIN paper p ON p.id = c.paper_id AND p.state = 'RELEASED'
                        JOIN paper_type pt ON pt.id = p.paper_type_id
                        WHERE m.id = :meeting AND""" + " " + rules.meeting("m", viewer) + " AND " + rules.paper("p", viewer)
                        + " AND " + rules.consultation("c", viewer) + " ORDER BY p.reference_year, p.serial, p.supplement_number NULLS FIRST, c.id")
                .param("meeting", meetingId).query(InboxPaper.class).list();
    }

    /**
     * Earlier meetings of the same organization that were held and whose minutes are not yet approved (not cancelled,
     * after the last meeting with approved minutes), at most three, oldest first: item 1.4 of the
     * Regularien.
     */
    public List<RegularienTemplate.PendingMinutes> pendingMinutes(Viewer viewer, long meetingId) {
        return jdbc.sql("""
                        SELECT * FROM (
                          SELECT prev.id, prev.number_in_term, o.name AS organization_name,
                                 (prev.start_planned AT TIME ZONE 'Europe/Berlin')::date AS date, prev.start_planned
                          FROM meeting m
                          JOIN meeting prev ON prev.organization_id = m.organization_id AND prev.start_planned < m.start_planned
                               AND prev.deleted_at IS NULL AND NOT prev.cancelled AND prev.state IN ('HELD', 'MINUTES_SIGNED')
                          JOIN organization o ON o.id = prev.organization_id
                          WHERE m.id = :meeting AND""" + " " + rules.meeting("m", viewer) + " AND " + rules.meeting("prev", viewer) + """
                           AND NOT EXISTS (SELECT 1 FROM meeting ok WHERE ok.organization_id = m.organization_id
                               AND ok.deleted_at IS NULL AND ok.state = 'MINUTES_APPROVED'
                               AND ok.start_planned > prev.start_planned AND ok.start_planned < m.start_planned)
                          ORDER BY prev.start_planned DESC LIMIT 3) pending
                        ORDER BY start_planned""")
                .param("meeting", meetingId)
                .query((rs, n) -> new RegularienTemplate.PendingMinutes((Integer) rs.getObject("number_in_term"),
                        rs.getString("organization_name"), rs.getObject("date", LocalDate.class), rs.getLong("id")))
                .list();
    }

    /** Locations the viewer may pick for a meeting, by description and room. */
    public List<PlaceOption> locations(Viewer viewer) {
        return jdbc.sql("SELECT l.id, l.description, l.room, l.street_address FROM location l WHERE " + rules.location("l", viewer)
                        + " AND (l.description IS NOT NULL OR l.room IS NOT NULL) ORDER BY l.description, l.room, l.id LIMIT 200")
                .query(PlaceOption.class).list();
    }

    /**
     * How many current members and deputies of the meeting's organization have an account with an
     * e-mail address (they get the invitation mail) and how many do not (to be invited on paper).
     */
    public Reach reach(Viewer viewer, long meetingId) {
        return jdbc.sql("""
                        SELECT count(DISTINCT ms.person_id) FILTER (WHERE u.id IS NOT NULL) AS by_mail,
                               count(DISTINCT ms.person_id) FILTER (WHERE u.id IS NULL) AS without_mail
                        FROM meeting m
                        JOIN membership ms ON ms.organization_id = m.organization_id AND ms.deleted_at IS NULL
                             AND ms.start_date <= (m.start_planned AT TIME ZONE 'Europe/Berlin')::date
                             AND (ms.end_date IS NULL OR ms.end_date >= (m.start_planned AT TIME ZONE 'Europe/Berlin')::date)
                             AND ms.seat_category <> 'STAFF_REPRESENTATIVE' AND ms.mandate NOT IN ('STAFF', 'FACTION_MEMBER')
                        LEFT JOIN LATERAL (SELECT u.id FROM app_user u WHERE u.person_id = ms.person_id AND u.enabled
                             AND u.deleted_at IS NULL AND u.email IS NOT NULL AND trim(u.email) <> '' LIMIT 1) u ON true
                        WHERE m.id = :meeting AND""" + " " + rules.meeting("m", viewer))
                .param("meeting", meetingId).query(Reach.class).optional().orElse(new Reach(0, 0));
    }

    public record PlannedMeeting(long id, String name, Integer numberInTerm, String state, boolean cancelled, boolean released,
                                 boolean publicMeeting, OffsetDateTime startPlanned, OffsetDateTime endPlanned,
                                 OffsetDateTime invitationSentAt, OffsetDateTime supplementSentAt, long organizationId,
                                 String organizationName, String organizationKind, int noticePeriodDays, long legislativeTermId,
                                 Long locationId, String locationDescription, String room, String streetAddress,
                                 String postalCode, String locality, OffsetDateTime startActual, OffsetDateTime endActual) {

        public boolean invited() {
            return invitationSentAt != null;
        }
    }

    public record PlannedItem(long id, Long parentId, String number, int position, String name, boolean heading,
                              String emptyMarker, boolean publicPart, boolean published, String treatment,
                              String treatmentLabel, String templateKey, OffsetDateTime addedAfterInvitationAt, boolean urgent,
                              Long consultationId, Long paperId, String paperReference) {

        public int depth() {
            return number.split("\\.").length;
        }
    }

    public record InboxPaper(long consultationId, String role, boolean authoritative, long paperId, String reference,
                             String name, String paperType) {
    }

    public record PlaceOption(long id, String description, String room, String streetAddress) {
    }

    public record Reach(long byMail, long withoutMail) {
    }
}
