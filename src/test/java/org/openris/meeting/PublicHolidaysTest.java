package org.openris.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

    @Test
    void the_holidays_of_2027_in_nordrhein_westfalen_include_easter_monday_and_corpus_christi() {
        var holidays = new PublicHolidays("nw").between(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        assertThat(holidays).containsKeys(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29),
                LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 17), LocalDate.of(2027, 5, 27),
                LocalDate.of(2027, 10, 3), LocalDate.of(2027, 11, 1), LocalDate.of(2027, 12, 25), LocalDate.of(2027, 12, 26));
        assertThat(holidays).hasSize(11);
        assertThat(holidays.get(LocalDate.of(2027, 3, 29))).isEqualTo("Ostermontag");
    }

    @Test
    void berlin_has_womens_day_but_not_corpus_christi() {
        var holidays = new PublicHolidays("BE").between(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        assertThat(holidays).containsKey(LocalDate.of(2027, 3, 8)).doesNotContainKey(LocalDate.of(2027, 5, 27));
    }

    @Test
    void only_days_inside_the_range_across_a_year_end() {
        var holidays = new PublicHolidays("nw").between(LocalDate.of(2026, 12, 26), LocalDate.of(2027, 1, 1));
        assertThat(holidays.keySet()).containsExactly(LocalDate.of(2026, 12, 26), LocalDate.of(2027, 1, 1));
        assertThat(new PublicHolidays("nw").between(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 1))).isEmpty();
    }

    @Test
    void an_unknown_state_is_refused_at_startup() {
        assertThatThrownBy(() -> new PublicHolidays("xx")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nw");
    }
}
