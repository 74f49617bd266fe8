package org.openris.demo;

import java.time.LocalDate;

/**
 * What to generate.
 *
 * @param referenceDate "today" of the generated city: meetings before it are held, after it planned
 * @param markHidden    prefix every non-public text with a unique {@code NOEFF-} marker (leak tests)
 */
public record DemoOptions(DemoScale scale, long seed, LocalDate referenceDate, boolean markHidden) {
}
