package org.openris.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaperReferenceTest {

    @Test
    void parses_a_main_paper_reference() {
        assertThat(PaperReference.parse("04411-23")).isEqualTo(new PaperReference(4411, 2023, null));
        assertThat(PaperReference.parse("20070-21")).isEqualTo(new PaperReference(20070, 2021, null));
    }

    @Test
    void parses_a_supplement_reference() {
        PaperReference reference = PaperReference.parse("18828-20-E4");

        assertThat(reference).isEqualTo(new PaperReference(18828, 2020, 4));
        assertThat(reference.isSupplement()).isTrue();
    }

    @Test
    void ignores_surrounding_whitespace() {
        assertThat(PaperReference.parse("  19732-21-E1\t\n")).isEqualTo(new PaperReference(19732, 2021, 1));
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource({"00001-00, 2000", "00001-23, 2023", "00001-79, 2079", "00001-80, 1980", "00001-99, 1999"})
    void reads_two_digit_years_up_to_79_as_20yy_and_later_ones_as_19yy(String text, int expectedYear) {
        assertThat(PaperReference.parse(text).year()).isEqualTo(expectedYear);
    }

    @ParameterizedTest(name = "{0} has serial {1}")
    @CsvSource({"00001-50, 1", "99999-21, 99999", "123456-21, 123456", "1234567-21, 1234567", "9999999-99, 9999999"})
    void accepts_five_to_seven_digit_serials(String text, int expectedSerial) {
        assertThat(PaperReference.parse(text).serial()).isEqualTo(expectedSerial);
    }

    @Test
    void accepts_supplement_numbers_up_to_the_largest_int() {
        assertThat(PaperReference.parse("00001-23-E2147483647").supplement()).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> PaperReference.parse("00001-23-E2147483648"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Ungültige Drucksachennummer");
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {
            "", "   ", "4411-23", "04411", "04411-", "-23", "04411-2023", "04411-3", "04411/23", "04411 - 23",
            "04411-23-", "04411-23-E", "04411-23-E0", "04411-23-E01", "04411-23-e1", "04411-23E1", "04411-23-E1-E2",
            "04411-23-E12345678901", "00000-23", "004411-23", "0123456-23", "12345678-23", "+4411-23", "-4411-23",
            "O4411-23", "٠٤٤١١-23", "04411‐23", "04411-23 x", "x 04411-23", "Drucksache 04411-23"})
    void rejects_anything_that_is_not_a_canonical_reference(String text) {
        assertThatThrownBy(() -> PaperReference.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Ungültige Drucksachennummer");
        assertThat(PaperReference.tryParse(text)).isEmpty();
    }

    @Test
    void rejects_null_with_a_german_message() {
        assertThatThrownBy(() -> PaperReference.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Ungültige Drucksachennummer: null");
        assertThat(PaperReference.tryParse(null)).isEmpty();
    }

    @Test
    void rejects_huge_input_quickly_with_an_abbreviated_message() {
        String huge = "1".repeat(1_000_000) + "-23";

        assertThatThrownBy(() -> PaperReference.parse(huge))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Ungültige Drucksachennummer")
                .hasMessageContaining("1000003 Zeichen")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @Test
    void names_the_offending_input_in_the_message() {
        assertThatThrownBy(() -> PaperReference.parse("04411/23"))
                .hasMessageContaining("'04411/23'");
    }

    @Test
    void try_parse_returns_the_reference_for_valid_input() {
        assertThat(PaperReference.tryParse(" 04411-23 ")).contains(PaperReference.of(4411, 2023));
    }

    @Test
    void formats_the_serial_zero_padded_to_five_digits() {
        assertThat(PaperReference.of(1, 2023).format()).isEqualTo("00001-23");
        assertThat(PaperReference.of(4411, 2023).format()).isEqualTo("04411-23");
    }

    @Test
    void formats_longer_serials_without_padding() {
        assertThat(PaperReference.of(123456, 2021).format()).isEqualTo("123456-21");
        assertThat(PaperReference.of(9_999_999, 2021).format()).isEqualTo("9999999-21");
    }

    @Test
    void formats_the_year_with_two_digits() {
        assertThat(PaperReference.of(20070, 2000).format()).isEqualTo("20070-00");
        assertThat(PaperReference.of(20070, 1999).format()).isEqualTo("20070-99");
        assertThat(PaperReference.of(20070, 2105).format()).isEqualTo("20070-05");
    }

    @Test
    void formats_a_supplement_with_e_suffix() {
        assertThat(new PaperReference(18828, 2020, 4).format()).isEqualTo("18828-20-E4");
        assertThat(new PaperReference(18828, 2020, 12).format()).isEqualTo("18828-20-E12");
    }

    @Test
    void to_string_is_the_formatted_reference() {
        assertThat(new PaperReference(19732, 2021, 1)).hasToString("19732-21-E1");
    }

    @Test
    void loses_the_century_for_years_outside_1980_to_2079() {
        assertThat(PaperReference.parse(PaperReference.of(1, 1950).format()).year()).isEqualTo(2050);
        assertThat(PaperReference.parse(PaperReference.of(1, 2080).format()).year()).isEqualTo(1980);
    }

    @Test
    void origin_of_a_supplement_is_the_main_paper() {
        PaperReference supplement = PaperReference.parse("18828-20-E4");

        assertThat(supplement.origin()).isEqualTo(PaperReference.parse("18828-20"));
        assertThat(supplement.origin().isSupplement()).isFalse();
    }

    @Test
    void origin_of_a_main_paper_is_itself() {
        PaperReference main = PaperReference.parse("04411-23");

        assertThat(main.origin()).isEqualTo(main);
        assertThat(main.isSupplement()).isFalse();
    }

    @Test
    void accepts_the_bounds_of_serial_and_year() {
        assertThat(new PaperReference(1, 1900, 1).serial()).isEqualTo(1);
        assertThat(new PaperReference(9_999_999, 2999, null).year()).isEqualTo(2999);
    }

    @ParameterizedTest(name = "serial {0}")
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 10_000_000, Integer.MAX_VALUE})
    void rejects_a_serial_outside_one_to_9999999(int serial) {
        assertThatThrownBy(() -> PaperReference.of(serial, 2023))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Ungültige laufende Nummer einer Drucksache: " + serial);
    }

    @ParameterizedTest(name = "year {0}")
    @ValueSource(ints = {-2023, 0, 23, 1899, 3000})
    void rejects_a_year_outside_1900_to_2999(int year) {
        assertThatThrownBy(() -> PaperReference.of(1, year))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Ungültiges Jahr einer Drucksache: " + year);
    }

    @ParameterizedTest(name = "supplement {0}")
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0})
    void rejects_a_supplement_below_one(int supplement) {
        assertThatThrownBy(() -> new PaperReference(1, 2023, supplement))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Ungültige Ergänzungsnummer einer Drucksache");
    }

    @Test
    void random_references_survive_a_format_and_parse_round_trip() {
        long seed = seed("random_references_survive_a_format_and_parse_round_trip");
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            PaperReference reference = new PaperReference(
                    randomSerial(random),
                    1980 + random.nextInt(100),
                    random.nextInt(3) == 0 ? 1 + random.nextInt(random.nextBoolean() ? 20 : Integer.MAX_VALUE - 1) : null);
            String text = reference.format();

            assertThat(PaperReference.parse(text)).as("seed %d, text %s", seed, text).isEqualTo(reference);
            assertThat(PaperReference.parse(" " + text + " ")).as("seed %d, padded %s", seed, text).isEqualTo(reference);
        }
    }

    @Test
    void every_accepted_random_text_is_already_in_canonical_form() {
        long seed = seed("every_accepted_random_text_is_already_in_canonical_form");
        Random random = new Random(seed);
        String alphabet = "0123456789-E e";
        int accepted = 0;
        for (int i = 0; i < 50_000; i++) {
            String text = mutate(random, i % 2 == 0 ? randomReferenceText(random) : "", alphabet);

            var parsed = PaperReference.tryParse(text);

            if (parsed.isPresent()) {
                accepted++;
                assertThat(parsed.get().format()).as("seed %d, text '%s'", seed, text).isEqualTo(text.strip());
            } else {
                assertThatThrownBy(() -> PaperReference.parse(text))
                        .as("seed %d, text '%s'", seed, text)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith("Ungültige Drucksachennummer");
            }
        }
        assertThat(accepted).as("seed %d: some generated texts must be valid", seed).isPositive();
    }

    private static int randomSerial(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 1 + random.nextInt(99_999);
            case 1 -> 1 + random.nextInt(PaperReference.MAX_SERIAL);
            case 2 -> random.nextBoolean() ? 1 : PaperReference.MAX_SERIAL;
            default -> 99_990 + random.nextInt(20);
        };
    }

    private static String randomReferenceText(Random random) {
        Integer supplement = random.nextBoolean() ? 1 + random.nextInt(30) : null;
        return new PaperReference(randomSerial(random), 1980 + random.nextInt(100), supplement).format();
    }

    /** A few random edits (replace, insert, delete) on a valid or empty text. */
    private static String mutate(Random random, String text, String alphabet) {
        StringBuilder builder = new StringBuilder(text);
        int edits = random.nextInt(4);
        for (int e = 0; e < edits || builder.length() == 0 && e < 20; e++) {
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            int position = builder.length() == 0 ? 0 : random.nextInt(builder.length());
            switch (random.nextInt(3)) {
                case 0 -> builder.insert(position, c);
                case 1 -> {
                    if (builder.length() > 0) {
                        builder.setCharAt(position, c);
                    }
                }
                default -> {
                    if (builder.length() > 0) {
                        builder.deleteCharAt(position);
                    }
                }
            }
        }
        return builder.toString();
    }

    private static long seed(String test) {
        String property = System.getProperty("ris.seed");
        long seed = property == null || property.isBlank() || property.startsWith("${")
                ? System.nanoTime()
                : Long.parseLong(property.strip());
        System.out.println("PaperReferenceTest." + test + ": seed " + seed + " (repeat with -Dris.seed=" + seed + ")");
        return seed;
    }
}
