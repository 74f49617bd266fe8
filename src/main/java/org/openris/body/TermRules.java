package org.openris.body;

import java.time.LocalDate;
import java.util.Collection;
import org.openris.shared.FormRejections;

/**
 * Rules for legislative terms (Wahlperioden): a name, a start, an end not before the start, and no
 * two terms of the same body overlapping (meetings are numbered per term, so every day belongs to at
 * most one term).
 */
public final class TermRules {

    private TermRules() {
    }

    /** A term as the rules see it; {@code id} null for a new one, {@code end} null while open. */
    public record Term(Long id, String name, LocalDate start, LocalDate end) {
    }

    public static FormRejections check(Term candidate, Collection<Term> othersOfTheBody) {
        FormRejections rejections = new FormRejections();
        if (candidate.name() == null || candidate.name().isBlank()) {
            rejections.reject("name", "masterdata.error.required");
        }
        if (candidate.start() == null) {
            rejections.reject("start", "masterdata.error.required");
        }
        if (candidate.start() != null && candidate.end() != null && candidate.end().isBefore(candidate.start())) {
            rejections.reject("end", "masterdata.error.endBeforeStart");
        }
        if (!rejections.isEmpty()) {
            return rejections;
        }
        for (Term other : othersOfTheBody) {
            if (other.id() != null && other.id().equals(candidate.id())) {
                continue;
            }
            if (overlap(candidate.start(), candidate.end(), other.start(), other.end())) {
                rejections.reject("start", "masterdata.term.error.overlap", other.name());
                break;
            }
        }
        return rejections;
    }

    /** Whether two periods of days (ends inclusive, null = open) share at least one day. */
    public static boolean overlap(LocalDate start1, LocalDate end1, LocalDate start2, LocalDate end2) {
        boolean firstEndsBefore = end1 != null && end1.isBefore(start2);
        boolean secondEndsBefore = end2 != null && end2.isBefore(start1);
        return !firstEndsBefore && !secondEndsBefore;
    }
}
