package org.openris.paper;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Releases a draft: assigns the Drucksachen-Nummer ({@link PaperNumbering} under the body's
 * {@link NumberingPolicy}; a supplement or statement gets the next {@code -E<n>} of its origin), sets
 * the date and makes the paper public if its type is public by default.
 *
 * <p>Numbers are assigned under a lock on the body's row ({@code FOR NO KEY UPDATE}): releases of
 * one body run one after the other, each reads the highest number after the previous release has
 * committed, so two concurrent releases never get the same number. The unique indexes on
 * {@code paper (body_id, reference)} stay as the last line of defence. Inserts referencing the body
 * (key-share locks) are not blocked by this lock.
 */
@Service
public class PaperRelease {

    private final JdbcClient jdbc;

    PaperRelease(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Target(long id, long bodyId, String state, String name, String text, Long superordinatedPaperId,
                          boolean typePublic) {
    }

    private record Latest(int serial, int referenceYear) {
    }

    /** Releases the paper with a number of {@code today}'s year. */
    @Transactional
    public PaperOutcome release(long paperId, LocalDate today) {
        Optional<Long> body = jdbc.sql("SELECT body_id FROM paper WHERE id = ? AND deleted_at IS NULL").param(paperId).query(Long.class).optional();
        if (body.isEmpty()) {
            return PaperOutcome.rejected("form", "papers.error.missing");
        }
        String policy = jdbc.sql("SELECT paper_numbering FROM body WHERE id = ? FOR NO KEY UPDATE").param(body.get()).query(String.class).single();
        Target paper = jdbc.sql("SELECT p.id, p.body_id, p.state, p.name, p.text, p.superordinated_paper_id, t.public_by_default AS type_public"
                        + " FROM paper p JOIN paper_type t ON t.id = p.paper_type_id WHERE p.id = ? FOR UPDATE OF p")
                .param(paperId).query(Target.class).single();
        if (!"DRAFT".equals(paper.state())) {
            return PaperOutcome.rejected("form", "papers.error.alreadyReleased");
        }
        if (!PaperText.hasText(paper.text())) {
            return PaperOutcome.rejected("text", "papers.error.textMissing");
        }
        PaperNumbering numbering = new PaperNumbering(NumberingPolicy.valueOf(policy));
        PaperReference reference;
        boolean isPublic = paper.typePublic();
        if (paper.superordinatedPaperId() == null) {
            Optional<Latest> latest = jdbc.sql("SELECT serial, reference_year FROM paper WHERE body_id = ? AND serial IS NOT NULL"
                            + " ORDER BY reference_year DESC, serial DESC LIMIT 1")
                    .param(paper.bodyId()).query(Latest.class).optional();
            try {
                reference = numbering.next(today.getYear(), latest.map(l -> PaperReference.of(l.serial(), l.referenceYear())).orElse(null));
            } catch (IllegalArgumentException e) {
                return PaperOutcome.rejected("form", "papers.error.numbering");
            }
        } else {
            Optional<String> origin = jdbc.sql("SELECT reference FROM paper WHERE id = ? AND state = 'RELEASED' AND reference IS NOT NULL")
                    .param(paper.superordinatedPaperId()).query(String.class).optional();
            if (origin.isEmpty()) {
                return PaperOutcome.rejected("form", "papers.error.originNotReleased");
            }
            if (PaperReference.tryParse(origin.get()).isEmpty()) {
                // an imported paper numbered by another system ("V/2024/001"): no "-E1" of ours can follow it
                return PaperOutcome.rejected("form", "papers.error.originForeignReference");
            }
            List<PaperReference> existing = jdbc.sql("SELECT reference FROM paper WHERE superordinated_paper_id = ? AND serial IS NOT NULL")
                    .param(paper.superordinatedPaperId()).query(String.class).list().stream().map(PaperReference::parse).toList();
            reference = numbering.nextSupplement(PaperReference.parse(origin.get()).origin(), existing);
        }
        jdbc.sql("UPDATE paper SET state = 'RELEASED', reference = :reference, serial = :serial, reference_year = :year,"
                        + " supplement_number = :supplement, date = coalesce(date, :today), released_at = now(), public = :public WHERE id = :id")
                .param("reference", reference.format()).param("serial", reference.serial()).param("year", (short) reference.year())
                .param("supplement", reference.supplement() == null ? null : reference.supplement().shortValue())
                .param("today", today).param("public", isPublic).param("id", paperId).update();
        return PaperOutcome.released(paperId, reference.format());
    }
}
