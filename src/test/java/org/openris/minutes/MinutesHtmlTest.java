package org.openris.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinutesHtmlTest {

    @Test
    void the_plain_text_of_a_numbered_list_keeps_the_numbers_the_reader_sees() {
        String html = "<p>Dem Ausschuss liegt folgende Bitte um Stellungnahme vor:</p>"
                + "<ol><li>Wann beginnt der Bau?</li><li>Welche Mittel stehen bereit?</li></ol><ul><li>ohne Nummer</li></ul>";

        assertThat(MinutesHtml.plainText(html)).isEqualTo("Dem Ausschuss liegt folgende Bitte um Stellungnahme vor:\n\n"
                + "1. Wann beginnt der Bau?\n\n2. Welche Mittel stehen bereit?\n\nohne Nummer\n\n");
    }
}
