package org.openris.decision;

import java.time.LocalDate;
import java.util.List;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Beschlusskontrolle: the follow-ups of decisions (what the administration owes, by when) with the
 * item, meeting and paper they come from, the responsible unit and the closing paper; only those of
 * agenda items the viewer sees, newest meetings first, at most 500.
 */
@Service
public class FollowUpQueries {

    private final JdbcClient jdbc;
    private final VisibilityRules rules;

    FollowUpQueries(JdbcClient jdbc, VisibilityRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    public record FollowUpRow(long id, String description, LocalDate dueDate, String status, String progressNote, long agendaItemId,
                              String itemNumber, String itemName, long meetingId, String meetingName, java.time.OffsetDateTime meetingStart,
                              long organizationId, String organizationName, Long unitId, String unitName, String paperReference,
                              String closingPaperReference, Long paperId, Long closingPaperId) {

        /** "overdue", "soon" (due within 14 days), "open", "done" or "cancelled" on {@code today}. */
        public String light(LocalDate today) {
            if ("DONE".equals(status)) {
                return "done";
            }
            if ("CANCELLED".equals(status)) {
                return "cancelled";
            }
            if (dueDate != null && dueDate.isBefore(today)) {
                return "overdue";
            }
            return dueDate != null && !dueDate.isAfter(today.plusDays(14)) ? "soon" : "open";
        }
    }

    public List<FollowUpRow> list(Viewer viewer) {
        return jdbc.sql("""
                        SELECT f.id, f.description, f.due_date, f.status, f.progress_note, a.id AS agenda_item_id, a.number AS item_number,
                               a.name AS item_name, m.id AS meeting_id, m.name AS meeting_name, m.start_planned AS meeting_start,
                               m.organization_id, o.name AS organization_name, f.responsible_organization_id AS unit_id, u.name AS unit_name,
                               (SELECT p.reference FROM paper p WHERE p.id = f.paper_id AND """ + rules.paper("p", viewer) + """
                               ) AS paper_reference,
                               (SELECT cp.reference FROM paper cp WHERE cp.id = f.closing_paper_id AND """ + rules.paper("cp", viewer) + """
                               ) AS closing_paper_reference,
                               (SELECT p.id FROM paper p WHERE p.id = f.paper_id AND """ + rules.paper("p", viewer) + """
                               ) AS paper_id,
                               (SELECT cp.id FROM paper cp WHERE cp.id = f.closing_paper_id AND """ + rules.paper("cp", viewer) + """
                               ) AS closing_paper_id
                        FROM follow_up f JOIN agenda_item a ON a.id = f.agenda_item_id JOIN meeting m ON m.id = a.meeting_id
                        JOIN organization o ON o.id = m.organization_id
                        LEFT JOIN organization u ON u.id = f.responsible_organization_id
                        WHERE f.deleted_at IS NULL AND """ + rules.agendaItem("a", viewer) + """
                        ORDER BY f.status IN ('DONE', 'CANCELLED'), f.due_date NULLS LAST, m.start_planned DESC, f.id LIMIT 500""")
                .query(FollowUpRow.class).list();
    }
}
