package org.openris.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeetingSeriesTest {

    @Test
    void every_second_tuesday_starts_on_the_first_tuesday_of_the_range() {
        assertThat(MeetingSeries.days(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 28), DayOfWeek.TUESDAY, 2, Set.of()))
                .containsExactly(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 19), LocalDate.of(2027, 2, 2), LocalDate.of(2027, 2, 16));
    }

    @Test
    void skipped_days_are_left_out_without_shifting_the_rhythm() {
        assertThat(MeetingSeries.days(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 2), DayOfWeek.TUESDAY, 2, Set.of(LocalDate.of(2027, 1, 19))))
                .containsExactly(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 2));
    }

    @Test
    void the_series_is_capped() {
        assertThat(MeetingSeries.days(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 1, 1), DayOfWeek.MONDAY, 1, Set.of())).hasSize(MeetingSeries.MAX);
    }

    @Test
    void an_empty_range_gives_no_meeting_and_a_bad_rhythm_is_refused() {
        assertThat(MeetingSeries.days(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 10), DayOfWeek.TUESDAY, 1, Set.of())).isEmpty();
        assertThatThrownBy(() -> MeetingSeries.days(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 10), DayOfWeek.TUESDAY, 0, Set.of()))
                .hasMessageContaining("Abstand");
    }
}
