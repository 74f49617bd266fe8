package org.openris.decision;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Beschlusskontrolle: the administration reports where a follow-up stands (in progress with a note)
 * and closes it (done, with the paper that answers it, e.g. the statement "…-E1"), or the council
 * office cancels it; a closed follow-up can be reopened. German message keys per field.
 */
@Service
public class FollowUpManagement {

    private static final Set<String> STATUSES = Set.of("OPEN", "IN_PROGRESS", "DONE", "CANCELLED");

    private final JdbcClient jdbc;

    FollowUpManagement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Update(String status, String progressNote, String closingPaperReference) {
    }

    /** Done: the fields before and after for the change log; or the message keys per field. */
    public record Result(Map<String, String> errors, Map<String, Object> before, Map<String, Object> after) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    @Transactional
    public Result update(long followUpId, Update u) {
        record Current(long bodyId, String status, String progressNote, Long closingPaperId) {
        }
        Optional<Current> current = jdbc.sql("SELECT m.body_id, f.status, f.progress_note, f.closing_paper_id FROM follow_up f"
                        + " JOIN agenda_item a ON a.id = f.agenda_item_id JOIN meeting m ON m.id = a.meeting_id"
                        + " WHERE f.id = ? AND f.deleted_at IS NULL FOR UPDATE OF f")
                .param(followUpId).query(Current.class).optional();
        Map<String, String> errors = new LinkedHashMap<>();
        if (current.isEmpty()) {
            return new Result(Map.of("status", "followUps.error.missing"), Map.of(), Map.of());
        }
        if (u.status() == null || !STATUSES.contains(u.status())) {
            errors.put("status", "followUps.error.status");
        }
        if (u.progressNote() != null && u.progressNote().length() > 2000) {
            errors.put("progressNote", "followUps.error.tooLong");
        }
        Long closingPaper = null;
        String reference = u.closingPaperReference() == null ? "" : u.closingPaperReference().strip();
        if (!reference.isEmpty()) {
            closingPaper = jdbc.sql("SELECT id FROM paper WHERE body_id = ? AND reference = ? AND state = 'RELEASED' AND deleted_at IS NULL")
                    .params(current.get().bodyId(), reference).query(Long.class).optional().orElse(null);
            if (closingPaper == null) {
                errors.put("closingPaper", "followUps.error.closingPaper");
            }
        }
        if (!errors.isEmpty()) {
            return new Result(errors, Map.of(), Map.of());
        }
        boolean finished = "DONE".equals(u.status()) || "CANCELLED".equals(u.status());
        String note = u.progressNote() == null || u.progressNote().isBlank() ? null : u.progressNote().strip();
        jdbc.sql("UPDATE follow_up SET status = ?, progress_note = ?, closing_paper_id = ?,"
                        + " closed_at = CASE WHEN ? THEN coalesce(closed_at, now()) ELSE NULL END WHERE id = ?")
                .params(u.status(), note, closingPaper, finished, followUpId).update();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", current.get().status());
        before.put("note", current.get().progressNote());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", u.status());
        after.put("note", note);
        after.put("closingPaper", reference.isEmpty() ? null : reference);
        return new Result(Map.of(), before, after);
    }
}
