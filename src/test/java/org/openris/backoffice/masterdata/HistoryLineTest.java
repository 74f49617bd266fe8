package org.openris.backoffice.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openris.shared.UiText;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;

/** How the master-data history shows stored values: as the forms show them, not as they are stored. */
class HistoryLineTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final UiText text = text();

    @Test
    void a_stored_iso_date_is_shown_as_a_german_date() {
        assertThat(HistoryLine.value(text, "startDate", JSON.readTree("\"2025-11-01\""))).isEqualTo("01.11.2025");
    }

    @Test
    void a_flag_is_shown_as_ja_or_nein() {
        assertThat(HistoryLine.value(text, "public", JSON.readTree("true"))).isEqualTo("ja");
        assertThat(HistoryLine.value(text, "public", JSON.readTree("false"))).isEqualTo("nein");
    }

    @Test
    void codes_of_kind_role_mandate_and_seat_are_shown_by_their_german_label() {
        assertThat(HistoryLine.value(text, "kind", JSON.readTree("\"COMMITTEE\""))).isEqualTo("Ausschuss");
        assertThat(HistoryLine.value(text, "role", JSON.readTree("\"DEPUTY_MEMBER\""))).isEqualTo("Stellvertretendes Mitglied");
        assertThat(HistoryLine.value(text, "mandate", JSON.readTree("\"CITIZEN_MEMBER\""))).isEqualTo("Sachkundige/r Bürger/in (sB)");
        assertThat(HistoryLine.value(text, "seatCategory", JSON.readTree("\"MEMBER_WITHOUT_VOTE\""))).isEqualTo("Mitglied ohne Stimmrecht");
    }

    @Test
    void an_unknown_code_names_and_numbers_stay_as_stored_and_nothing_is_a_dash() {
        assertThat(HistoryLine.value(text, "kind", JSON.readTree("\"NEW_KIND\""))).isEqualTo("NEW_KIND");
        assertThat(HistoryLine.value(text, "name", JSON.readTree("\"Ausschuss für Umwelt\""))).isEqualTo("Ausschuss für Umwelt");
        assertThat(HistoryLine.value(text, "noticePeriodDays", JSON.readTree("7"))).isEqualTo("7");
        assertThat(HistoryLine.value(text, "end", JSON.readTree("null"))).isEqualTo("–");
        assertThat(HistoryLine.value(text, "end", null)).isEqualTo("–");
    }

    private static UiText text() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new UiText(messages);
    }
}
