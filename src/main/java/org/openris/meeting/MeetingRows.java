package org.openris.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows the planning commands share ({@link MeetingManagement} for the calendar and the
 * invitation, {@link AgendaBuilding} for the agenda): the meeting locked for the command, its agenda
 * as an {@link AgendaTree}, and writing the tree back with numbers, positions and "- unbesetzt -".
 */
@Component
class MeetingRows {

    static final String UNOCCUPIED = "- unbesetzt -";

    private final JdbcClient jdbc;
    private final Clock clock;

    MeetingRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Stored(long id, long bodyId, long organizationId, String organizationKind, long termId, String state,
                          boolean cancelled, OffsetDateTime start, OffsetDateTime end, Long locationId,
                          OffsetDateTime invitationSentAt, OffsetDateTime supplementSentAt, int noticePeriodDays) {
        boolean invited() {
            return invitationSentAt != null;
        }
    }


    Stored stored(long meetingId) {
        return jdbc.sql("""
                        SELECT m.id, m.body_id, m.organization_id, o.kind AS organization_kind, m.legislative_term_id AS term_id, m.state,
                               m.cancelled, m.start_planned AS start, m.end_planned AS "end", m.location_id, m.invitation_sent_at,
                               m.supplement_sent_at, o.notice_period_days
                        FROM meeting m JOIN organization o ON o.id = m.organization_id
                        WHERE m.id = ? AND m.deleted_at IS NULL FOR UPDATE OF m""")
                .param(meetingId).query(Stored.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("Unbekannte Sitzung " + meetingId));
    }

    /** The section's part (public or not) when {@code parentId} is a section heading of the meeting. */
    Optional<Boolean> section(long meetingId, long parentId) {
        return jdbc.sql("SELECT coalesce(public_part, public) FROM agenda_item WHERE id = ? AND meeting_id = ? AND heading"
                        + " AND deleted_at IS NULL AND template_key IS NULL")
                .params(parentId, meetingId).query(Boolean.class).optional();
    }

    long insertItem(Stored m, Long parentId, String name, boolean heading, boolean publicPart, String treatment,
                            String treatmentLabel, String templateKey) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int position = jdbc.sql("SELECT coalesce(max(position) + 1, 0) FROM agenda_item WHERE meeting_id = ? AND deleted_at IS NULL")
                .param(m.id()).query(Integer.class).single();
        String temporary = "n" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        return jdbc.sql("""
                        INSERT INTO agenda_item (meeting_id, parent_id, number, position, name, heading, public, public_part,
                                                 treatment, treatment_label, template_key, added_after_invitation_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(m.id(), parentId, temporary, position, name, heading, m.invited() && publicPart, publicPart, treatment,
                        treatmentLabel, templateKey, m.invited() ? now : null)
                .query(Long.class).single();
    }

    AgendaTree storedTree(long meetingId) {
        List<AgendaNumbering.Node> nodes = jdbc.sql("SELECT id, parent_id FROM agenda_item WHERE meeting_id = ? AND deleted_at IS NULL"
                        + " ORDER BY position, id")
                .param(meetingId)
                .query((rs, n) -> new AgendaNumbering.Node(rs.getString("id"), rs.getString("parent_id")))
                .list();
        return AgendaNumbering.tree(nodes);
    }

    /** Writes number, position and parent of every item; empty sections get "- unbesetzt -". */
    void applyTree(long meetingId, AgendaTree tree) {
        jdbc.sql("UPDATE agenda_item SET number = 'x' || id WHERE meeting_id = ? AND deleted_at IS NULL").param(meetingId).update();
        for (AgendaNumbering.Numbered n : AgendaNumbering.numbered(tree)) {
            boolean empty = tree.childrenOf(n.key()).isEmpty();
            jdbc.sql("""
                            UPDATE agenda_item SET number = ?, position = ?, parent_id = ?,
                                   empty_marker = CASE WHEN heading AND ? AND template_key IS NULL THEN ? WHEN heading THEN NULL ELSE empty_marker END
                            WHERE id = ?""")
                    .params(n.number(), n.position(), n.parentKey() == null ? null : Long.parseLong(n.parentKey()), empty, UNOCCUPIED,
                            Long.parseLong(n.key()))
                    .update();
        }
    }

    static String afterInvitation(Stored m) {
        return m.invited() ? "Nachtrag: " : "";
    }

    static String label(String treatment) {
        if (treatment == null) {
            return null;
        }
        switch (treatment) {
            case "TO_NOTE":
                return "Kenntnisnahme";
            case "RECOMMENDATION":
                return "Empfehlung";
            case "DECISION":
                return "Beschluss";
            case "HEARING":
                return "Anhörung";
            default:
                return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return blank(s) ? null : s.trim();
    }
}
