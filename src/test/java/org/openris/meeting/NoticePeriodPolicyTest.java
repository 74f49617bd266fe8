package org.openris.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NoticePeriodPolicyTest {

    private static final LocalDate MEETING = LocalDate.of(2023, 9, 14);

    @Test
    void seven_full_days_between_dispatch_and_meeting_keep_a_seven_day_period() {
        NoticePeriodPolicy.Check check = NoticePeriodPolicy.check(LocalDate.of(2023, 9, 6), MEETING, 7);
        assertThat(check.kept()).isTrue();
        assertThat(check.fullDays()).isEqualTo(7);
        assertThat(check.latestDispatch()).isEqualTo(LocalDate.of(2023, 9, 6));
    }

    @Test
    void a_dispatch_one_day_later_violates_it_and_names_the_last_good_day() {
        NoticePeriodPolicy.Check check = NoticePeriodPolicy.check(LocalDate.of(2023, 9, 7), MEETING, 7);
        assertThat(check.kept()).isFalse();
        assertThat(check.fullDays()).isEqualTo(6);
        assertThat(check.latestDispatch()).isEqualTo(LocalDate.of(2023, 9, 6));
    }

    @Test
    void neither_the_dispatch_day_nor_the_meeting_day_counts() {
        assertThat(NoticePeriodPolicy.check(LocalDate.of(2023, 9, 13), MEETING, 0).fullDays()).isZero();
        assertThat(NoticePeriodPolicy.check(LocalDate.of(2023, 9, 13), MEETING, 1).kept()).isFalse();
        assertThat(NoticePeriodPolicy.check(LocalDate.of(2023, 9, 12), MEETING, 1).kept()).isTrue();
    }

    @Test
    void a_meeting_in_the_past_can_never_keep_the_period() {
        NoticePeriodPolicy.Check check = NoticePeriodPolicy.check(LocalDate.of(2023, 9, 20), MEETING, 0);
        assertThat(check.kept()).isFalse();
        assertThat(check.fullDays()).isNegative();
    }

    @Test
    void a_negative_period_or_missing_day_is_refused() {
        assertThatThrownBy(() -> NoticePeriodPolicy.check(MEETING, MEETING, -1)).hasMessageContaining("negativ");
        assertThatThrownBy(() -> NoticePeriodPolicy.check(null, MEETING, 7)).hasMessageContaining("Sitzungstag");
    }
}
