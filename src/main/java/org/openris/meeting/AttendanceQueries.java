package org.openris.meeting;

import java.time.LocalTime;
import java.util.List;
import org.openris.organization.Mandates;
import org.openris.person.PersonNames;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who belongs at a meeting and how attendance has been recorded so far (issue 7, conduct screen):
 * the members of the meeting's organization on the meeting day with their faction, and the
 * further attendees (administration, staff council, guests). Only for a meeting the viewer sees.
 */
@Service
public class AttendanceQueries {

    private final JdbcClient jdbc;
    private final VisibilityRules rules;

    AttendanceQueries(JdbcClient jdbc, VisibilityRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /**
     * A member of the organization on the meeting day. {@code deputy}: a deputy member
     * (Stellvertretung), {@code principalPersonId} the member they personally stand in for.
     * {@code status} etc. as recorded (null: not yet).
     */
    public record Member(long membershipId, long personId, String name, String mandate, String role, String category,
                         boolean voting, Long factionId, String factionName, boolean deputy, Long principalPersonId,
                         String status, LocalTime arrivedAt, LocalTime leftAt, Long substituteForPersonId) {

        /** "Rm Albers", "sB Engel". */
        public String label() {
            return Mandates.prefixed(mandate, name);
        }

        public boolean present() {
            return "PRESENT".equals(status);
        }
    }

    /** A further attendee without membership: administration, staff council or guest. */
    public record Other(long id, String category, String salutation, String name, String unitCode, String functionLabel,
                        String affiliation) {

        /** "Herr Neumann (60/FBL)", "Frau Dr. Quast (Stadtwerke Musterstadt)". */
        public String line() {
            String head = salutation == null || salutation.isBlank() ? name : salutation + " " + name;
            String detail = "GUEST".equals(category) ? affiliation
                    : String.join("/", java.util.stream.Stream.of(unitCode, functionLabel).filter(s -> s != null && !s.isBlank()).toList());
            return detail == null || detail.isBlank() ? head : head + " (" + detail + ")";
        }
    }

    /** Members and deputies of the meeting's organization on its day, chair first, then by faction and name. */
    public List<Member> members(Viewer viewer, long meetingId) {
        return jdbc.sql("""
                        SELECT ms.id AS membership_id, p.id AS person_id, p.title, p.affix, p.family_name, ms.mandate,
                               CASE WHEN ms.role = 'CHAIR' THEN coalesce(ms.role_label, CASE WHEN p.form_of_address = 'Frau' THEN 'Vorsitzende' ELSE 'Vorsitzender' END)
                                    WHEN ms.role = 'DEPUTY_CHAIR' THEN coalesce(ms.role_label, 'stellv. Vorsitz') ELSE ms.role_label END AS role,
                               ms.seat_category AS category, ms.voting_right AS voting, f.id AS faction_id, f.name AS faction_name,
                               ms.role = 'DEPUTY_MEMBER' AS deputy, pm.person_id AS principal_person_id,
                               a.status, a.arrived_at, a.left_at, a.substitute_for_person_id
                        FROM meeting m
                        JOIN membership ms ON ms.organization_id = m.organization_id AND ms.deleted_at IS NULL
                             AND ms.start_date <= (m.start_planned AT TIME ZONE 'Europe/Berlin')::date
                             AND (ms.end_date IS NULL OR ms.end_date >= (m.start_planned AT TIME ZONE 'Europe/Berlin')::date)
                             AND ms.mandate NOT IN ('STAFF', 'FACTION_MEMBER')
                        JOIN person p ON p.id = ms.person_id AND p.deleted_at IS NULL
                        LEFT JOIN membership pm ON pm.id = ms.substitute_for_id
                        LEFT JOIN LATERAL (
                            SELECT o.id, o.name FROM organization o WHERE o.kind IN ('FACTION', 'GROUP') AND o.deleted_at IS NULL AND (o.id = ms.on_behalf_of_id
                               OR o.id = (SELECT fm.organization_id FROM membership fm JOIN organization fo ON fo.id = fm.organization_id
                                          WHERE fm.person_id = p.id AND fm.deleted_at IS NULL AND fo.kind IN ('FACTION', 'GROUP')
                                            AND fm.start_date <= (m.start_planned AT TIME ZONE 'Europe/Berlin')::date
                                            AND (fm.end_date IS NULL OR fm.end_date >= (m.start_planned AT TIME ZONE 'Europe/Berlin')::date)
                                          ORDER BY fm.start_date DESC LIMIT 1))
                            ORDER BY o.id = ms.on_behalf_of_id DESC LIMIT 1) f ON true
                        LEFT JOIN attendance a ON a.meeting_id = m.id AND a.person_id = p.id AND a.deleted_at IS NULL
                        WHERE m.id = :meeting AND m.deleted_at IS NULL AND """ + rules.meeting("m", viewer) + """
                        ORDER BY ms.role = 'DEPUTY_MEMBER', ms.role <> 'CHAIR', ms.seat_category <> 'VOTING_MEMBER', f.name NULLS LAST,
                                 ms.mandate <> 'COUNCIL_MEMBER', p.family_name, p.id""")
                .param("meeting", meetingId)
                .query((rs, n) -> new Member(rs.getLong("membership_id"), rs.getLong("person_id"),
                        PersonNames.shortName(rs.getString("title"), rs.getString("affix"), rs.getString("family_name")),
                        rs.getString("mandate"), rs.getString("role"), rs.getString("category"), rs.getBoolean("voting"),
                        (Long) rs.getObject("faction_id"), rs.getString("faction_name"), rs.getBoolean("deputy"),
                        (Long) rs.getObject("principal_person_id"), rs.getString("status"),
                        rs.getObject("arrived_at", LocalTime.class), rs.getObject("left_at", LocalTime.class),
                        (Long) rs.getObject("substitute_for_person_id")))
                .list();
    }

    /** Administration, staff council and guests recorded for the meeting, in order of entry. */
    public List<Other> others(Viewer viewer, long meetingId) {
        return jdbc.sql("SELECT a.id, a.category, a.salutation, a.guest_name AS name, a.unit_code, a.function_label, a.affiliation"
                        + " FROM attendance a JOIN meeting m ON m.id = a.meeting_id"
                        + " WHERE a.meeting_id = :meeting AND a.deleted_at IS NULL AND a.person_id IS NULL AND a.guest_name IS NOT NULL AND "
                        + rules.meeting("m", viewer) + " ORDER BY a.category = 'GUEST', a.position, a.id")
                .param("meeting", meetingId).query(Other.class).list();
    }
}
