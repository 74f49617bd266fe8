package org.openris.paper;

import java.util.Collection;
import java.util.Objects;

/**
 * Assigns the next reference number (Vergabe der Drucksachennummer) under the body's
 * {@link NumberingPolicy}. Pure rule: the caller supplies what has been assigned so far and
 * is responsible for doing so atomically.
 */
public final class PaperNumbering {

    private final NumberingPolicy policy;

    public PaperNumbering(NumberingPolicy policy) {
        if (policy == null) {
            throw new IllegalArgumentException("Die Nummerierungsregel für Drucksachen fehlt");
        }
        this.policy = policy;
    }

    public NumberingPolicy policy() {
        return policy;
    }

    /**
     * The next main reference for a paper numbered in {@code year}.
     *
     * @param latestOfBody the highest main reference assigned so far in this body, {@code null} if none;
     *                     a supplement counts as its origin
     * @throws IllegalArgumentException if {@code year} lies before the year of {@code latestOfBody}
     *                                  or the serial range is exhausted
     */
    public PaperReference next(int year, PaperReference latestOfBody) {
        if (year < PaperReference.MIN_YEAR || year > PaperReference.MAX_YEAR) {
            throw new IllegalArgumentException("Ungültiges Jahr für eine neue Drucksache: " + year);
        }
        if (latestOfBody == null) {
            return PaperReference.of(1, year);
        }
        PaperReference latest = latestOfBody.origin();
        if (year < latest.year()) {
            throw new IllegalArgumentException("Das Jahr " + year
                    + " liegt vor dem Jahr der zuletzt vergebenen Drucksache " + latest.format());
        }
        if (policy == NumberingPolicy.YEARLY && year > latest.year()) {
            return PaperReference.of(1, year);
        }
        if (latest.serial() >= PaperReference.MAX_SERIAL) {
            throw new IllegalArgumentException("Der Nummernkreis der Drucksachen ist erschöpft nach " + latest.format());
        }
        return PaperReference.of(latest.serial() + 1, year);
    }

    /**
     * The next supplement (Ergänzung) to {@code origin}: one more than the highest supplement of that
     * same origin among {@code existingReferences}, or {@code -E1} if there is none. References of other
     * papers and {@code null} elements are ignored.
     *
     * @throws IllegalArgumentException if {@code origin} is itself a supplement
     */
    public PaperReference nextSupplement(PaperReference origin, Collection<PaperReference> existingReferences) {
        if (origin == null) {
            throw new IllegalArgumentException("Die Ursprungsdrucksache fehlt");
        }
        if (origin.isSupplement()) {
            throw new IllegalArgumentException("Eine Ergänzung bezieht sich immer auf die Ursprungsdrucksache, nicht auf "
                    + origin.format());
        }
        if (existingReferences == null) {
            throw new IllegalArgumentException("Die Liste der vorhandenen Drucksachennummern fehlt");
        }
        int highest = existingReferences.stream()
                .filter(Objects::nonNull)
                .filter(PaperReference::isSupplement)
                .filter(reference -> reference.origin().equals(origin))
                .mapToInt(PaperReference::supplement)
                .max()
                .orElse(0);
        if (highest == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Keine weitere Ergänzung zu " + origin.format() + " möglich");
        }
        return origin.withSupplement(highest + 1);
    }
}
