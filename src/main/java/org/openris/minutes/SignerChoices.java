package org.openris.minutes;

import java.util.List;
import org.openris.person.PersonNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may sign a meeting's minutes: chair and co-signer among the members present (with the
 * proposals the record gives – the member who chaired, the member named in TOP 1.1), the secretary
 * among the accounts that run the organization's meetings (clerks, administrators), so a deputy
 * can sign in place of the usual secretary. Labels under the names follow the city's wording.
 */
@Component
public class SignerChoices {

    public record MemberChoice(long personId, String name, boolean hasAccount, String chairLabel, String memberLabel) {
    }

    public record StaffChoice(long userId, String name) {
    }

    public record Choices(List<MemberChoice> members, Long proposedChair, Long proposedCoSigner, List<StaffChoice> secretaries) {

        public String chairLabelOf(Long personId) {
            return members.stream().filter(m -> personId != null && m.personId() == personId).map(MemberChoice::chairLabel).findFirst().orElse("");
        }

        public String memberLabelOf(Long personId) {
            return members.stream().filter(m -> personId != null && m.personId() == personId).map(MemberChoice::memberLabel).findFirst().orElse("");
        }
    }

    private final JdbcClient jdbc;

    SignerChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Choices of(long meetingId) {
        List<Object[]> rows = jdbc.sql("""
                        SELECT DISTINCT ON (p.id) p.id, p.title, p.affix, p.family_name, p.form_of_address, a.role_in_meeting, ms.mandate,
                               EXISTS (SELECT 1 FROM app_user u WHERE u.person_id = p.id AND u.enabled AND u.deleted_at IS NULL) AS has_account,
                               a.position
                        FROM attendance a JOIN person p ON p.id = a.person_id LEFT JOIN membership ms ON ms.id = a.membership_id
                        WHERE a.meeting_id = ? AND a.status = 'PRESENT' AND a.deleted_at IS NULL
                          AND a.category IN ('VOTING_MEMBER', 'MEMBER_WITHOUT_VOTE', 'ADVISORY_MEMBER')
                        ORDER BY p.id, a.position""")
                .param(meetingId).query((rs, n) -> new Object[]{rs.getLong("id"), PersonNames.shortName(rs.getString("title"),
                        rs.getString("affix"), rs.getString("family_name")), rs.getBoolean("has_account"), rs.getString("form_of_address"),
                        rs.getString("role_in_meeting"), rs.getString("mandate"), rs.getInt("position")})
                .list();
        rows.sort(java.util.Comparator.comparingInt(r -> (Integer) r[6]));
        Long chair = null;
        List<MemberChoice> members = new java.util.ArrayList<>();
        for (Object[] r : rows) {
            boolean female = "Frau".equals(r[3]);
            String role = (String) r[4];
            if (chair == null && role != null && role.startsWith("Vorsitz")) {
                chair = (Long) r[0];
            }
            String chairLabel = role != null && role.toLowerCase(java.util.Locale.GERMAN).contains("vorsitz") ? role
                    : female ? "Vorsitzende" : "Vorsitzender";
            members.add(new MemberChoice((Long) r[0], (String) r[1], (Boolean) r[2], chairLabel, memberLabel((String) r[5], female)));
        }
        Long coSigner = jdbc.sql("SELECT co_signer_person_id FROM meeting WHERE id = ?").param(meetingId).query(Long.class).optional().orElse(null);
        List<StaffChoice> secretaries = jdbc.sql("""
                        SELECT DISTINCT u.id, u.display_name FROM app_user u JOIN user_role r ON r.user_id = u.id AND r.deleted_at IS NULL
                        JOIN meeting m ON m.id = ?
                        WHERE u.enabled AND u.deleted_at IS NULL
                          AND (r.valid_from IS NULL OR r.valid_from <= (now() AT TIME ZONE 'Europe/Berlin')::date)
                          AND (r.valid_until IS NULL OR r.valid_until >= (now() AT TIME ZONE 'Europe/Berlin')::date)
                          AND (r.role = 'ADMINISTRATOR' OR (r.role = 'CLERK' AND r.organization_id = m.organization_id))
                        ORDER BY u.display_name, u.id""")
                .param(meetingId).query((rs, n) -> new StaffChoice(rs.getLong(1), rs.getString(2))).list();
        return new Choices(members, chair, coSigner, secretaries);
    }

    /** Mail addresses of the enabled accounts of the members who still have to sign this version. */
    public List<String> pendingMemberAddresses(long minutesId) {
        return jdbc.sql("""
                        SELECT DISTINCT u.email FROM minutes_signature s JOIN app_user u ON u.person_id = s.person_id
                        WHERE s.minutes_id = ? AND s.signed_at IS NULL AND s.deleted_at IS NULL
                          AND u.enabled AND u.deleted_at IS NULL AND u.email IS NOT NULL AND u.email <> ''
                        ORDER BY u.email""")
                .param(minutesId).query(String.class).list();
    }

    /** "Ratsmitglied", "Sachkundige Bürgerin" …: the label under a member's name. */
    static String memberLabel(String mandate, boolean female) {
        if (mandate == null) {
            return "Ausschussmitglied";
        }
        return switch (mandate) {
            case "COUNCIL_MEMBER" -> "Ratsmitglied";
            case "CITIZEN_MEMBER" -> female ? "Sachkundige Bürgerin" : "Sachkundiger Bürger";
            case "RESIDENT_MEMBER" -> female ? "Sachkundige Einwohnerin" : "Sachkundiger Einwohner";
            case "DISTRICT_MEMBER" -> female ? "Bezirksvertreterin" : "Bezirksvertreter";
            case "MAYOR" -> female ? "Oberbürgermeisterin" : "Oberbürgermeister";
            default -> "Ausschussmitglied";
        };
    }
}
