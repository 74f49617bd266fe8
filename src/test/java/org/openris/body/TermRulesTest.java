package org.openris.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openris.shared.FormRejections;

class TermRulesTest {

    private static final TermRules.Term TERM_2020 = new TermRules.Term(1L, "2020–2025", LocalDate.of(2020, 11, 1), LocalDate.of(2025, 10, 31));

    @Test
    void a_term_starting_the_day_after_the_previous_one_ends_is_accepted() {
        assertThat(TermRules.check(new TermRules.Term(null, "2025–2030", LocalDate.of(2025, 11, 1), null), List.of(TERM_2020)).isEmpty()).isTrue();
    }

    @Test
    void a_term_sharing_one_day_with_another_is_refused_naming_the_other() {
        FormRejections r = TermRules.check(new TermRules.Term(null, "2025–2030", LocalDate.of(2025, 10, 31), null), List.of(TERM_2020));
        assertThat(r.of("start").key()).isEqualTo("masterdata.term.error.overlap");
        assertThat(r.of("start").args()).containsExactly("2020–2025");
    }

    @Test
    void an_open_term_overlaps_everything_after_its_start() {
        TermRules.Term open = new TermRules.Term(2L, "offen", LocalDate.of(2030, 1, 1), null);
        assertThat(TermRules.check(new TermRules.Term(null, "später", LocalDate.of(2040, 1, 1), LocalDate.of(2041, 1, 1)), List.of(open))
                .isEmpty()).isFalse();
    }

    @Test
    void a_term_does_not_overlap_with_itself_when_edited() {
        assertThat(TermRules.check(new TermRules.Term(1L, "2020–2026", LocalDate.of(2020, 11, 1), LocalDate.of(2026, 1, 1)), List.of(TERM_2020))
                .isEmpty()).isTrue();
    }

    @Test
    void name_start_and_an_end_not_before_the_start_are_required() {
        FormRejections r = TermRules.check(new TermRules.Term(null, "", null, null), List.of());
        assertThat(r.all().keySet()).containsExactly("name", "start");
        assertThat(TermRules.check(new TermRules.Term(null, "x", LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)), List.of()).has("end")).isTrue();
    }
}
