package org.openris.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaperNumberingTest {

    private final PaperNumbering yearly = new PaperNumbering(NumberingPolicy.YEARLY);
    private final PaperNumbering continuous = new PaperNumbering(NumberingPolicy.CONTINUOUS);

    @ParameterizedTest
    @EnumSource(NumberingPolicy.class)
    void starts_at_one_when_the_body_has_no_paper_yet(NumberingPolicy policy) {
        assertThat(new PaperNumbering(policy).next(2023, null)).isEqualTo(PaperReference.of(1, 2023));
    }

    @Test
    void yearly_counts_up_within_the_same_year() {
        assertThat(yearly.next(2023, ref("04410-23"))).isEqualTo(ref("04411-23"));
    }

    @Test
    void yearly_restarts_serial_in_a_new_year() {
        assertThat(yearly.next(2024, ref("04655-23"))).isEqualTo(ref("00001-24"));
    }

    @Test
    void yearly_restarts_serial_also_after_a_gap_of_several_years() {
        assertThat(yearly.next(2026, ref("00017-23"))).isEqualTo(PaperReference.of(1, 2026));
    }

    @Test
    void continuous_keeps_counting_across_years() {
        assertThat(continuous.next(2021, ref("20069-20"))).isEqualTo(ref("20070-21"));
    }

    @Test
    void continuous_counts_up_within_the_same_year() {
        assertThat(continuous.next(2020, ref("16400-20"))).isEqualTo(ref("16401-20"));
    }

    @Test
    void yearly_numbering_over_a_turn_of_the_year_gives_the_expected_sequence() {
        List<String> assigned = assign(yearly, 2023, 2023, 2023, 2024, 2024);

        assertThat(assigned).containsExactly("00001-23", "00002-23", "00003-23", "00001-24", "00002-24");
    }

    @Test
    void continuous_numbering_over_a_turn_of_the_year_gives_the_expected_sequence() {
        List<String> assigned = assign(continuous, 2020, 2020, 2021, 2021, 2022);

        assertThat(assigned).containsExactly("00001-20", "00002-20", "00003-21", "00004-21", "00005-22");
    }

    @ParameterizedTest
    @EnumSource(NumberingPolicy.class)
    void rejects_a_year_before_the_latest_reference(NumberingPolicy policy) {
        assertThatThrownBy(() -> new PaperNumbering(policy).next(2022, ref("04411-23")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Das Jahr 2022 liegt vor dem Jahr der zuletzt vergebenen Drucksache 04411-23");
    }

    @Test
    void counts_on_from_the_origin_when_the_latest_is_a_supplement() {
        assertThat(yearly.next(2020, ref("18828-20-E4"))).isEqualTo(ref("18829-20"));
        assertThat(continuous.next(2021, ref("18828-20-E4"))).isEqualTo(ref("18829-21"));
    }

    @Test
    void never_returns_a_supplement() {
        assertThat(yearly.next(2020, ref("18828-20-E4")).isSupplement()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(NumberingPolicy.class)
    void rejects_an_invalid_year(NumberingPolicy policy) {
        assertThatThrownBy(() -> new PaperNumbering(policy).next(1899, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Ungültiges Jahr für eine neue Drucksache: 1899");
        assertThatThrownBy(() -> new PaperNumbering(policy).next(3000, ref("04411-23")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Ungültiges Jahr für eine neue Drucksache: 3000");
    }

    @ParameterizedTest
    @EnumSource(NumberingPolicy.class)
    void rejects_a_next_number_when_the_serial_range_is_exhausted(NumberingPolicy policy) {
        assertThatThrownBy(() -> new PaperNumbering(policy).next(2023, PaperReference.of(9_999_999, 2023)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Der Nummernkreis der Drucksachen ist erschöpft nach 9999999-23");
    }

    @Test
    void yearly_restarts_even_after_an_exhausted_year() {
        assertThat(yearly.next(2024, PaperReference.of(9_999_999, 2023))).isEqualTo(PaperReference.of(1, 2024));
    }

    @Test
    void rejects_a_missing_policy() {
        assertThatThrownBy(() -> new PaperNumbering(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Die Nummerierungsregel für Drucksachen fehlt");
    }

    @Test
    void first_supplement_gets_e1() {
        assertThat(yearly.nextSupplement(ref("19732-21"), List.of())).isEqualTo(ref("19732-21-E1"));
    }

    @Test
    void next_supplement_follows_the_highest_existing_supplement_of_the_same_origin() {
        List<PaperReference> existing = refs("18828-20", "18828-20-E1", "18828-20-E4", "18828-20-E2");

        assertThat(yearly.nextSupplement(ref("18828-20"), existing)).isEqualTo(ref("18828-20-E5"));
    }

    @Test
    void next_supplement_ignores_supplements_of_other_papers() {
        List<PaperReference> existing = refs(
                "18828-20-E1", "18829-20-E9", "18828-21-E7", "18827-20-E3", "18828-20");

        assertThat(continuous.nextSupplement(ref("18828-20"), existing)).isEqualTo(ref("18828-20-E2"));
    }

    @Test
    void next_supplement_ignores_null_elements() {
        List<PaperReference> existing = new ArrayList<>(Arrays.asList(null, ref("18828-20-E1")));

        assertThat(yearly.nextSupplement(ref("18828-20"), existing)).isEqualTo(ref("18828-20-E2"));
    }

    @Test
    void next_supplement_rejects_a_supplement_as_origin() {
        assertThatThrownBy(() -> yearly.nextSupplement(ref("18828-20-E4"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Eine Ergänzung bezieht sich immer auf die Ursprungsdrucksache, nicht auf 18828-20-E4");
    }

    @Test
    void next_supplement_rejects_missing_arguments() {
        assertThatThrownBy(() -> yearly.nextSupplement(null, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Die Ursprungsdrucksache fehlt");
        assertThatThrownBy(() -> yearly.nextSupplement(ref("18828-20"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Die Liste der vorhandenen Drucksachennummern fehlt");
    }

    @Test
    void next_supplement_rejects_overflowing_the_supplement_number() {
        List<PaperReference> existing = List.of(new PaperReference(18828, 2020, Integer.MAX_VALUE));

        assertThatThrownBy(() -> yearly.nextSupplement(ref("18828-20"), existing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Keine weitere Ergänzung zu 18828-20 möglich");
    }

    private static List<String> assign(PaperNumbering numbering, int... years) {
        List<String> assigned = new ArrayList<>();
        PaperReference latest = null;
        for (int year : years) {
            latest = numbering.next(year, latest);
            assigned.add(latest.format());
        }
        return assigned;
    }

    private static PaperReference ref(String text) {
        return PaperReference.parse(text);
    }

    private static List<PaperReference> refs(String... texts) {
        return Arrays.stream(texts).map(PaperReference::parse).toList();
    }
}
