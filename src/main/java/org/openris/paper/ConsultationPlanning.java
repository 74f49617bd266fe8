package org.openris.paper;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans a paper's consultation path (Beratungsfolge): ordered organizations with their role and at
 * most one authoritative (federführend) step. A step can be added, moved or removed while it is not
 * yet scheduled in a meeting (on an agenda); scheduled steps stay where they are.
 */
@Service
public class ConsultationPlanning {

    public static final Set<String> ROLES = Set.of("PRELIMINARY", "RECOMMENDATION", "DECISION", "TO_NOTE");
    private static final List<String> CONSULTING_KINDS = List.of("COUNCIL", "COMMITTEE", "DISTRICT_COUNCIL", "SPECIAL_BODY",
            "ADVISORY_BOARD", "OTHER");

    private final JdbcClient jdbc;

    ConsultationPlanning(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Step(long id, int position, boolean scheduled) {
    }

    @Transactional
    public PaperOutcome add(long paperId, Long organizationId, String role, boolean authoritative) {
        Optional<Long> body = lockPaper(paperId);
        if (body.isEmpty()) {
            return PaperOutcome.rejected("form", "papers.error.missing");
        }
        if (organizationId == null || jdbc.sql("SELECT count(*) FROM organization WHERE id = :id AND body_id = :body AND deleted_at IS NULL"
                + " AND kind IN (:kinds)").param("id", organizationId).param("body", body.get()).param("kinds", CONSULTING_KINDS)
                .query(Long.class).single() == 0) {
            return PaperOutcome.rejected("organizationId", "papers.error.consultationOrganization");
        }
        if (role == null || !ROLES.contains(role)) {
            return PaperOutcome.rejected("role", "papers.error.consultationRole");
        }
        if (authoritative && jdbc.sql("SELECT count(*) FROM consultation WHERE paper_id = ? AND authoritative AND deleted_at IS NULL")
                .param(paperId).query(Long.class).single() > 0) {
            return PaperOutcome.rejected("authoritative", "papers.error.secondAuthoritative");
        }
        int position = jdbc.sql("SELECT coalesce(max(position) + 1, 0) FROM consultation WHERE paper_id = ? AND deleted_at IS NULL")
                .param(paperId).query(Integer.class).single();
        jdbc.sql("INSERT INTO consultation (paper_id, organization_id, position, role, authoritative) VALUES (?, ?, ?, ?, ?)")
                .params(paperId, organizationId, position, role, authoritative).update();
        return PaperOutcome.ok(paperId);
    }

    /** Moves an unscheduled step one place up ({@code up}) or down, past another unscheduled step. */
    @Transactional
    public PaperOutcome move(long paperId, long consultationId, boolean up) {
        if (lockPaper(paperId).isEmpty()) {
            return PaperOutcome.rejected("form", "papers.error.missing");
        }
        List<Step> steps = steps(paperId);
        int index = indexOf(steps, consultationId);
        int other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= steps.size()) {
            return PaperOutcome.rejected("path", "papers.error.consultationMove");
        }
        if (steps.get(index).scheduled() || steps.get(other).scheduled()) {
            return PaperOutcome.rejected("path", "papers.error.consultationScheduled");
        }
        setPosition(steps.get(index).id(), other);
        setPosition(steps.get(other).id(), index);
        return PaperOutcome.ok(paperId);
    }

    /** Removes an unscheduled step and closes the gap. */
    @Transactional
    public PaperOutcome remove(long paperId, long consultationId) {
        if (lockPaper(paperId).isEmpty()) {
            return PaperOutcome.rejected("form", "papers.error.missing");
        }
        List<Step> steps = steps(paperId);
        int index = indexOf(steps, consultationId);
        if (index < 0) {
            return PaperOutcome.rejected("path", "papers.error.missing");
        }
        if (steps.get(index).scheduled()) {
            return PaperOutcome.rejected("path", "papers.error.consultationScheduled");
        }
        jdbc.sql("UPDATE consultation SET deleted_at = now() WHERE id = ?").param(consultationId).update();
        int position = 0;
        for (Step step : steps) {
            if (step.id() != consultationId) {
                setPosition(step.id(), position++);
            }
        }
        return PaperOutcome.ok(paperId);
    }

    /** The path as text for the change log: "Ausschuss X (RECOMMENDATION), Rat (DECISION, federführend)". */
    public String describe(long paperId) {
        return String.join(" → ", jdbc.sql("SELECT o.name || ' (' || c.role || CASE WHEN c.authoritative THEN ', federführend' ELSE '' END || ')'"
                + " FROM consultation c JOIN organization o ON o.id = c.organization_id WHERE c.paper_id = ? AND c.deleted_at IS NULL"
                + " ORDER BY c.position, c.id").param(paperId).query(String.class).list());
    }

    private Optional<Long> lockPaper(long paperId) {
        return jdbc.sql("SELECT body_id FROM paper WHERE id = ? AND deleted_at IS NULL AND state <> 'WITHDRAWN' FOR UPDATE")
                .param(paperId).query(Long.class).optional();
    }

    private List<Step> steps(long paperId) {
        return jdbc.sql("SELECT id, position, meeting_id IS NOT NULL AS scheduled FROM consultation WHERE paper_id = ? AND deleted_at IS NULL"
                + " ORDER BY position, id").param(paperId).query(Step.class).list();
    }

    private static int indexOf(List<Step> steps, long id) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private void setPosition(long id, int position) {
        jdbc.sql("UPDATE consultation SET position = ? WHERE id = ? AND position <> ?").params(position, id, position).update();
    }
}
