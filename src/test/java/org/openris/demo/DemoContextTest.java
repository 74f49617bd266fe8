package org.openris.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.openris.shared.GermanFormats;

/** Timestamps of generated rows: their own date, and never after the start of the reference day. */
class DemoContextTest {

    private final LocalDate reference = LocalDate.of(2026, 11, 29);
    private final DemoContext ctx = new DemoContext(new DemoOptions(DemoScale.TINY, 1, reference, false), null, null, null);

    @Test
    void rows_of_the_reference_day_and_later_are_stamped_at_the_start_of_the_reference_day() {
        // generated at 00:37 UTC that day, a 09:00 stamp lay in the future and the first update (text extraction)
        // violated modified >= created (full test run of 2026-11-29)
        OffsetDateTime startOfDay = reference.atStartOfDay(GermanFormats.BERLIN).toOffsetDateTime();
        assertThat(ctx.stamp(reference)).isEqualTo(startOfDay);
        assertThat(ctx.stamp(reference.plusDays(5))).isEqualTo(startOfDay);
    }

    @Test
    void earlier_rows_keep_nine_o_clock_of_their_own_day() {
        LocalDate earlier = reference.minusDays(3);
        assertThat(ctx.stamp(earlier)).isEqualTo(earlier.atTime(9, 0).atZone(GermanFormats.BERLIN).toOffsetDateTime());
    }
}
