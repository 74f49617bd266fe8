package org.openris.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openris.allowance.AllowanceCalculator.Attendance;
import org.openris.allowance.AllowanceCalculator.Rule;

class AllowanceCalculatorTest {

    private static final Rule RULE = new Rule(LocalDate.of(2025, 1, 1), 2_290, 2_290, 4_580);

    @Test
    void every_attended_meeting_pays_the_flat_rate_and_the_chair_gets_the_surcharge() {
        var lines = AllowanceCalculator.lines(List.of(new Attendance(1, LocalDate.of(2026, 3, 3), "Rat", false),
                new Attendance(2, LocalDate.of(2026, 3, 10), "Ausschuss", true)), List.of(RULE));
        assertThat(lines).extracting(AllowanceCalculator.Line::amountCents).containsExactly(2_290, 4_580);
        assertThat(AllowanceCalculator.total(lines)).isEqualTo(6_870);
        assertThat(AllowanceCalculator.euro(6_870)).isEqualTo("68,70 €");
    }

    @Test
    void the_maximum_per_day_caps_a_third_meeting_on_the_same_day() {
        LocalDate day = LocalDate.of(2026, 3, 3);
        var lines = AllowanceCalculator.lines(List.of(new Attendance(1, day, "Rat", false), new Attendance(2, day, "Ausschuss", false),
                new Attendance(3, day, "Beirat", false)), List.of(RULE));
        assertThat(lines).extracting(AllowanceCalculator.Line::amountCents).containsExactly(2_290, 2_290, 0);
        assertThat(lines.get(2).cappedCents()).isEqualTo(2_290);
    }

    @Test
    void the_rule_in_force_on_the_day_counts_and_a_meeting_before_any_rule_is_listed_with_nothing() {
        Rule raised = new Rule(LocalDate.of(2026, 7, 1), 2_500, 2_500, null);
        var lines = AllowanceCalculator.lines(List.of(new Attendance(1, LocalDate.of(2024, 12, 31), "Rat", false),
                new Attendance(2, LocalDate.of(2026, 6, 30), "Rat", false), new Attendance(3, LocalDate.of(2026, 7, 1), "Rat", true)),
                List.of(raised, RULE));
        assertThat(lines).extracting(AllowanceCalculator.Line::amountCents).containsExactly(0, 2_290, 5_000);
    }
}
