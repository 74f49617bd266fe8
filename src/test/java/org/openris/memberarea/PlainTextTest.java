package org.openris.memberarea;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void html_paragraphs_become_plain_text_with_entities_decoded_and_tags_dropped() {
        assertThat(PlainText.paragraphsOfHtml("<p>Erster  <b>Absatz</b>&nbsp;mit &amp; und &lt;x&gt;</p>\n<ul><li>Punkt&#x20AC;</li>"
                + "<li>zwei&#8364;</li></ul><p></p>Rest<br>Zeile"))
                .containsExactly("Erster Absatz mit & und <x>", "Punkt€", "zwei€", "Rest", "Zeile");
        assertThat(PlainText.paragraphsOfHtml(null)).isEmpty();
        assertThat(PlainText.paragraphsOfHtml("<p>&bogus; &#xZZ; &#99999999;</p>")).containsExactly("&bogus; &#xZZ; &#99999999;");
    }

    @Test
    void extracted_text_is_split_at_blank_lines() {
        assertThat(PlainText.paragraphsOfText("Zeile eins\nweiter\r\n\r\n  Zweiter Absatz \n\n\n")).containsExactly("Zeile eins weiter",
                "Zweiter Absatz");
    }

    @Test
    void a_passage_is_found_ignoring_white_space_and_case_also_across_paragraphs() {
        List<String> text = List.of("Der Ausschuss beschließt", "den Ausbau des Radwegs.");
        assertThat(PlainText.contains(text, "AUSSCHUSS   beschließt")).isTrue();
        assertThat(PlainText.contains(text, "beschließt den Ausbau")).isTrue();
        assertThat(PlainText.contains(text, "Straßenbahn")).isFalse();
        assertThat(PlainText.contains(text, "   ")).isFalse();
    }

    @Test
    void marking_splits_a_paragraph_into_runs_and_merges_overlapping_passages() {
        assertThat(PlainText.mark("Der Radweg wird breiter und der Radweg wird rot.", List.of("radweg wird", "wird breiter")))
                .containsExactly(new TextSegment("Der ", false), new TextSegment("Radweg wird breiter", true),
                        new TextSegment(" und der ", false), new TextSegment("Radweg wird", true), new TextSegment(" rot.", false));
        assertThat(PlainText.mark("Nichts markiert.", List.of("fehlt"))).containsExactly(new TextSegment("Nichts markiert.", false));
        assertThat(PlainText.mark("Ganz", List.of("ganz"))).containsExactly(new TextSegment("Ganz", true));
    }

    @Test
    void typed_input_loses_control_characters_and_outer_white_space_but_keeps_lines() {
        assertThat(PlainText.cleanInput("  Zeile\u0000 eins\r\nZeile\u200B zwei\u0007\t \n")).isEqualTo("Zeile eins\nZeile zwei");
        assertThat(PlainText.cleanInput(null)).isEmpty();
    }
}
