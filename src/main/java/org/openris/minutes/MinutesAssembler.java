package org.openris.minutes;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openris.organization.Mandates;
import org.openris.person.PersonNames;
import org.openris.shared.GermanFormats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Builds the content of a meeting's minutes from the meeting record (attendance, agenda, minutes
 * texts, signatures, attachments). This is council-office drafting: it reads the non-public part
 * too and is therefore never exposed to a channel directly; published minutes are read through
 * {@link MinutesQueries}. The joins over meeting, person and organization tables are a documented
 * read-model query.
 */
@Service
public class MinutesAssembler {

    private static final Map<String, String> GROUP_TITLES = new LinkedHashMap<>();

    static {
        GROUP_TITLES.put("VOTING_MEMBER", "Stimmberechtigte Mitglieder");
        GROUP_TITLES.put("MEMBER_WITHOUT_VOTE", "Mitglieder ohne Stimmrecht");
        GROUP_TITLES.put("ADVISORY_MEMBER", "Beratende Mitglieder");
        GROUP_TITLES.put("STAFF_REPRESENTATIVE", "Personalvertretung");
        GROUP_TITLES.put("ADMINISTRATION", "Verwaltung");
        GROUP_TITLES.put("GUEST", "Gäste");
    }

    private final JdbcClient jdbc;

    MinutesAssembler(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MinutesDocument> assemble(long meetingId, boolean publicPart) {
        return jdbc.sql("""
                        SELECT m.name, m.start_planned, m.start_actual, m.end_actual,
                               concat_ws(', ', l.description, l.room, l.street_address) AS location
                        FROM meeting m LEFT JOIN location l ON l.id = m.location_id WHERE m.id = :id""")
                .param("id", meetingId)
                .query((rs, n) -> new MinutesDocument(publicPart, rs.getString("name"),
                        berlin(rs.getObject("start_planned", OffsetDateTime.class)).toLocalDate(),
                        rs.getString("location"),
                        time(rs.getObject("start_planned", OffsetDateTime.class)),
                        time(rs.getObject("start_actual", OffsetDateTime.class)),
                        time(rs.getObject("end_actual", OffsetDateTime.class)),
                        present(meetingId), absent(meetingId),
                        agenda(meetingId, publicPart, false), agenda(meetingId, publicPart, true),
                        signatures(meetingId, publicPart), attachments(meetingId, publicPart)))
                .optional();
    }

    private List<MinutesDocument.AttendanceGroup> present(long meetingId) {
        Map<String, Map<String, List<String>>> groups = new LinkedHashMap<>();
        GROUP_TITLES.keySet().forEach(k -> groups.put(k, new LinkedHashMap<>()));
        for (AttendanceRow row : attendance(meetingId, "PRESENT")) {
            String faction = "VOTING_MEMBER".equals(row.category()) ? row.faction() : null;
            groups.get(row.category()).computeIfAbsent(faction == null ? "" : faction, f -> new ArrayList<>()).add(row.line());
        }
        List<MinutesDocument.AttendanceGroup> result = new ArrayList<>();
        groups.forEach((category, byFaction) -> {
            if (!byFaction.isEmpty()) {
                List<MinutesDocument.SubGroup> subGroups = new ArrayList<>();
                byFaction.forEach((faction, lines) -> subGroups.add(new MinutesDocument.SubGroup(faction.isEmpty() ? null : faction, lines)));
                result.add(new MinutesDocument.AttendanceGroup(GROUP_TITLES.get(category), subGroups));
            }
        });
        return result;
    }

    private List<String> absent(long meetingId) {
        List<String> lines = new ArrayList<>();
        for (String status : List.of("EXCUSED", "ABSENT")) {
            for (AttendanceRow row : attendance(meetingId, status)) {
                lines.add(row.name() + ("EXCUSED".equals(status) ? " (entschuldigt)" : " (nicht entschuldigt)"));
            }
        }
        return lines;
    }

    private List<AttendanceRow> attendance(long meetingId, String status) {
        return jdbc.sql("""
                        SELECT a.category, f.name AS faction, a.role_in_meeting, a.arrived_at, a.left_at, a.salutation,
                               a.unit_code, a.function_label, a.guest_name,
                               CASE WHEN a.category IN ('MEMBER_WITHOUT_VOTE', 'ADVISORY_MEMBER') THEN coalesce(a.affiliation, ob.name)
                                    ELSE a.affiliation END AS affiliation,
                               p.form_of_address, p.title, p.affix, p.family_name, ms.mandate,
                               sp.title AS s_title, sp.affix AS s_affix, sp.family_name AS s_family_name,
                               (SELECT sm.mandate FROM membership sm WHERE sm.person_id = sp.id
                                   AND sm.organization_id = mt.organization_id AND sm.deleted_at IS NULL
                                   AND sm.start_date <= mt.start_planned::date
                                   AND (sm.end_date IS NULL OR sm.end_date >= mt.start_planned::date)
                                 ORDER BY sm.role = 'DEPUTY_MEMBER', sm.id LIMIT 1) AS s_mandate
                        FROM attendance a
                        JOIN meeting mt ON mt.id = a.meeting_id
                        LEFT JOIN person p ON p.id = a.person_id
                        LEFT JOIN membership ms ON ms.id = a.membership_id
                        LEFT JOIN organization ob ON ob.id = ms.on_behalf_of_id
                        LEFT JOIN person sp ON sp.id = a.substitute_for_person_id
                        LEFT JOIN organization f ON f.id = a.faction_id
                        WHERE a.meeting_id = :meeting AND a.status = :status AND a.deleted_at IS NULL
                        ORDER BY a.position, a.id""")
                .param("meeting", meetingId).param("status", status)
                .query((rs, n) -> {
                    String personName = rs.getString("family_name") == null ? rs.getString("guest_name")
                            : PersonNames.shortName(rs.getString("title"), rs.getString("affix"), rs.getString("family_name"));
                    String category = rs.getString("category");
                    String salutation = rs.getString("salutation") != null ? rs.getString("salutation") : rs.getString("form_of_address");
                    String name;
                    StringBuilder line = new StringBuilder();
                    if ("ADMINISTRATION".equals(category) || "GUEST".equals(category)) {
                        name = salutation == null ? personName : salutation + " " + personName;
                        line.append(name);
                        String unit = joinNonNull("/", rs.getString("unit_code"), rs.getString("function_label"));
                        String detail = "GUEST".equals(category) ? rs.getString("affiliation") : unit;
                        if (detail != null && !detail.isEmpty()) {
                            line.append(" (").append(detail).append(')');
                        }
                    } else {
                        name = Mandates.prefixed(rs.getString("mandate"), personName);
                        line.append(name);
                        if (rs.getString("s_family_name") != null) {
                            line.append(" i. V. für ").append(Mandates.prefixed(rs.getString("s_mandate"),
                                    PersonNames.shortName(rs.getString("s_title"), rs.getString("s_affix"), rs.getString("s_family_name"))));
                        }
                        String role = rs.getString("role_in_meeting");
                        String affiliation = rs.getString("affiliation");
                        if (role != null) {
                            line.append(" (").append(role).append(')');
                        } else if (affiliation != null) {
                            line.append(" (").append(affiliation).append(')');
                        }
                    }
                    LocalTime arrived = rs.getObject("arrived_at", LocalTime.class);
                    LocalTime left = rs.getObject("left_at", LocalTime.class);
                    if (arrived != null) {
                        line.append(" ab ").append(GermanFormats.time(arrived)).append(" Uhr");
                    }
                    if (left != null) {
                        line.append(" bis ").append(GermanFormats.time(left)).append(" Uhr");
                    }
                    return new AttendanceRow(category, rs.getString("faction"), name, line.toString());
                }).list();
    }

    /** Published agenda (position order, without urgent additions) or treated order (treatment_position). */
    private List<MinutesDocument.AgendaEntry> agenda(long meetingId, boolean publicPart, boolean treated) {
        String order = treated ? "coalesce(a.treatment_position, a.position), a.position" : "a.position";
        return jdbc.sql("""
                        SELECT a.number, a.parent_id IS NULL AS top_level, a.name, a.minutes_heading, a.treatment,
                               a.treatment_label, a.empty_marker, a.minutes_text,
                               (SELECT p.reference FROM consultation c JOIN paper p ON p.id = c.paper_id
                                 WHERE c.agenda_item_id = a.id AND c.deleted_at IS NULL ORDER BY c.id LIMIT 1) AS reference
                        FROM agenda_item a
                        WHERE a.meeting_id = :meeting AND a.public = :public AND a.deleted_at IS NULL
                        """ + (treated ? "" : " AND NOT a.urgent") + " ORDER BY " + order)
                .param("meeting", meetingId).param("public", publicPart)
                .query((rs, n) -> new MinutesDocument.AgendaEntry(rs.getString("number"), rs.getBoolean("top_level"),
                        rs.getString("name"), rs.getString("minutes_heading"),
                        rs.getString("treatment_label") != null ? rs.getString("treatment_label") : treatmentLabel(rs.getString("treatment")),
                        rs.getString("reference"), rs.getString("empty_marker"), rs.getString("minutes_text")))
                .list();
    }

    private List<MinutesDocument.Signature> signatures(long meetingId, boolean publicPart) {
        return jdbc.sql("""
                        SELECT s.signer_name, p.title, p.affix, p.family_name, s.role_label FROM minutes_signature s
                        JOIN minutes mi ON mi.id = s.minutes_id LEFT JOIN person p ON p.id = s.person_id
                        WHERE mi.meeting_id = :meeting AND mi.public_part = :public AND mi.deleted_at IS NULL
                          AND mi.version = (SELECT max(v.version) FROM minutes v WHERE v.meeting_id = mi.meeting_id
                                            AND v.public_part = mi.public_part AND v.deleted_at IS NULL)
                        ORDER BY s.position""")
                .param("meeting", meetingId).param("public", publicPart)
                .query((rs, n) -> new MinutesDocument.Signature(rs.getString("signer_name") != null ? rs.getString("signer_name")
                        : PersonNames.shortName(rs.getString("title"), rs.getString("affix"), rs.getString("family_name")),
                        rs.getString("role_label")))
                .list();
    }

    /** "Anlage 1: Präsentation Klimaanpassungskonzept, PDF" for labelled attachments of this part. */
    private List<String> attachments(long meetingId, boolean publicPart) {
        return jdbc.sql("""
                        SELECT label, name, mime_type FROM (
                            SELECT mf.label, f.name, f.mime_type FROM meeting_file mf JOIN stored_file f ON f.id = mf.file_id
                             WHERE mf.meeting_id = :meeting AND mf.role = 'AUXILIARY' AND mf.label LIKE 'Anlage %'
                               AND f.public = :public AND f.deleted_at IS NULL AND mf.deleted_at IS NULL
                            UNION ALL
                            SELECT af.label, f.name, f.mime_type FROM agenda_item_file af
                              JOIN agenda_item a ON a.id = af.agenda_item_id JOIN stored_file f ON f.id = af.file_id
                             WHERE a.meeting_id = :meeting AND af.label LIKE 'Anlage %' AND a.public = :public
                               AND af.deleted_at IS NULL AND a.deleted_at IS NULL AND f.deleted_at IS NULL
                            UNION ALL
                            SELECT al.label, al.title, 'text/uri-list' FROM agenda_item_link al JOIN agenda_item a ON a.id = al.agenda_item_id
                             WHERE a.meeting_id = :meeting AND a.public = :public AND al.deleted_at IS NULL AND a.deleted_at IS NULL) x
                        ORDER BY length(label), label""")
                .param("meeting", meetingId).param("public", publicPart)
                .query((rs, n) -> rs.getString("label") + ": " + rs.getString("name") + ", " + typeName(rs.getString("mime_type")))
                .list();
    }

    static String treatmentLabel(String treatment) {
        if (treatment == null) {
            return null;
        }
        return switch (treatment) {
            case "TO_NOTE" -> "Kenntnisnahme";
            case "RECOMMENDATION" -> "Empfehlung";
            case "DECISION" -> "Beschluss";
            case "HEARING" -> "Anhörung";
            default -> throw new IllegalArgumentException("unknown treatment " + treatment);
        };
    }

    private static String typeName(String mimeType) {
        return switch (mimeType) {
            case "application/pdf" -> "PDF";
            case "video/mp4" -> "Video";
            case "text/uri-list" -> "Link";
            case "application/vnd.openxmlformats-officedocument.presentationml.presentation" -> "PowerPoint";
            default -> mimeType;
        };
    }

    private static String joinNonNull(String separator, String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + separator + b;
    }

    private static OffsetDateTime berlin(OffsetDateTime t) {
        return t.atZoneSameInstant(GermanFormats.BERLIN).toOffsetDateTime();
    }

    private static LocalTime time(OffsetDateTime t) {
        return t == null ? null : berlin(t).toLocalTime();
    }

    private record AttendanceRow(String category, String faction, String name, String line) {
    }

}
