package org.openris.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetingNamingTest {

    @Test
    void names_a_committee_meeting_in_the_genitive() {
        assertThat(MeetingNaming.meetingName(12, "Ausschuss für Umwelt, Klima und Mobilität"))
                .isEqualTo("12. Sitzung des Ausschusses für Umwelt, Klima und Mobilität");
    }

    @Test
    void compound_committees_and_the_council_take_es() {
        assertThat(MeetingNaming.genitive("Hauptausschuss")).isEqualTo("des Hauptausschusses");
        assertThat(MeetingNaming.genitive("Rat der Stadt Musterstadt")).isEqualTo("des Rates der Stadt Musterstadt");
        assertThat(MeetingNaming.genitive("Seniorenbeirat")).isEqualTo("des Seniorenbeirates");
    }

    @Test
    void district_councils_are_feminine() {
        assertThat(MeetingNaming.meetingName(3, "Bezirksvertretung Nord")).isEqualTo("3. Sitzung der Bezirksvertretung Nord");
        assertThat(MeetingNaming.nominative("Bezirksvertretung Nord")).isEqualTo("Die Bezirksvertretung Nord");
        assertThat(MeetingNaming.dative("Bezirksvertretung Nord")).isEqualTo("der Bezirksvertretung Nord");
    }

    @Test
    void a_resolution_sentence_starts_with_the_article() {
        assertThat(MeetingNaming.nominative("Ausschuss für Umwelt, Klima und Mobilität")).isEqualTo("Der Ausschuss für Umwelt, Klima und Mobilität");
        assertThat(MeetingNaming.dative("Rat der Stadt Musterstadt")).isEqualTo("dem Rat der Stadt Musterstadt");
    }
}
