package org.openris.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaperTextTest {

    @Test
    void scripts_event_handlers_and_styles_are_removed() {
        String clean = PaperText.sanitize("<p onclick=\"alert(1)\" style=\"color:red\">Hallo<script>alert(2)</script></p>"
                + "<style>p{}</style><img src=x onerror=alert(3)><iframe src=\"https://evil\"></iframe>");
        assertThat(clean).isEqualTo("<p>Hallo</p>");
    }

    @Test
    void javascript_links_lose_their_target_and_web_links_get_rel() {
        assertThat(PaperText.sanitize("<a href=\"javascript:alert(1)\">x</a>")).doesNotContain("javascript").doesNotContain("href");
        assertThat(PaperText.sanitize("<a href=\"https://example.org/a\">Quelle</a>"))
                .isEqualTo("<p><a href=\"https://example.org/a\" rel=\"nofollow noopener\">Quelle</a></p>");
    }

    @Test
    void simple_tables_lists_and_emphasis_are_kept() {
        String html = "<table><thead><tr><th scope=\"col\">Jahr</th></tr></thead><tbody><tr><td colspan=\"2\">2026</td></tr></tbody></table>"
                + "<ul><li><strong>fett</strong> und <em>kursiv</em></li></ul><ol><li>eins</li></ol>";
        assertThat(PaperText.sanitize(html)).isEqualTo(html);
    }

    @Test
    void table_cells_keep_no_style_or_width() {
        assertThat(PaperText.sanitize("<table><tr><td style=\"width:9px\" width=\"9\" class=\"x\">1</td></tr></table>"))
                .isEqualTo("<table><tbody><tr><td>1</td></tr></tbody></table>");
    }

    @Test
    void plain_text_becomes_paragraphs_and_line_breaks_and_is_escaped() {
        assertThat(PaperText.sanitize("Erster Absatz\nzweite Zeile\n\nZweiter Absatz mit 1 < 2 & 3 > 2"))
                .isEqualTo("<p>Erster Absatz<br>zweite Zeile</p><p>Zweiter Absatz mit 1 &lt; 2 &amp; 3 &gt; 2</p>");
    }

    @Test
    void blank_input_is_empty_and_has_no_text() {
        assertThat(PaperText.sanitize("  ")).isEmpty();
        assertThat(PaperText.hasText(PaperText.sanitize("<p><script>x</script></p>"))).isFalse();
        assertThat(PaperText.hasText("<p>Text</p>")).isTrue();
    }

    @Test
    void plain_paragraphs_go_back_to_plain_text_for_editing_and_richer_html_stays() {
        String plain = "Erster Absatz\nzweite Zeile\n\nZweiter mit 1 < 2 & \"Zitat\"";
        assertThat(PaperText.forEditing(PaperText.sanitize(plain))).isEqualTo(plain);
        String rich = "<p>Text</p><ul><li>eins</li></ul>";
        assertThat(PaperText.forEditing(rich)).isEqualTo(rich);
    }

    @Test
    void an_editors_first_line_becomes_a_paragraph_and_empty_paragraphs_are_dropped() {
        assertThat(PaperText.sanitize("Die Verwaltung schlägt vor.<p></p><ul><li>Nord</li><li>Süd</li></ul><p><br></p>"))
                .isEqualTo("<p>Die Verwaltung schlägt vor.</p><ul><li>Nord</li><li>Süd</li></ul>");
        assertThat(PaperText.sanitize("Erste <strong>Zeile</strong><br>zweite<h3>Titel</h3>danach"))
                .isEqualTo("<p>Erste <strong>Zeile</strong><br>zweite</p><h3>Titel</h3><p>danach</p>");
    }
}
