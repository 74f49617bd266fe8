package org.openris.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.Seeds;

class SafeFileNameTest {

    @Test
    void a_plain_name_is_kept_and_umlauts_are_transcribed_for_old_clients() {
        assertThat(SafeFileName.contentDisposition(true, "Vorlage 04411-23 Änderung.pdf", 7))
                .isEqualTo("inline; filename=\"Vorlage 04411-23 Aenderung.pdf\"; filename*=UTF-8''Vorlage%2004411-23%20%C3%84nderung.pdf");
        assertThat(SafeFileName.contentDisposition(false, "Plan.dwg", 7)).startsWith("attachment; filename=\"Plan.dwg\"");
    }

    @Test
    void quotes_separators_control_characters_and_leading_dots_are_removed() {
        assertThat(SafeFileName.clean("..\\..\\etc/passwd")).isEqualTo("_.._etc_passwd");
        assertThat(SafeFileName.clean("a\"b;c\r\nd%0A.pdf")).isEqualTo("a_b_cd_0A.pdf");
        assertThat(SafeFileName.contentDisposition(true, " \u0000 ", 42)).isEqualTo("inline; filename=\"dokument-42.pdf\"; filename*=UTF-8''dokument-42.pdf");
        assertThat(SafeFileName.clean("x".repeat(300) + ".pdf")).hasSize(150).endsWith(".pdf");
    }

    @Test
    void any_name_gives_a_header_value_without_line_breaks_quotes_or_non_ascii() {
        Random random = new Random(Seeds.seed("SafeFileNameTest"));
        for (int i = 0; i < 2000; i++) {
            StringBuilder name = new StringBuilder();
            for (int c = random.nextInt(40); c > 0; c--) {
                name.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x2FFF));
            }
            String header = SafeFileName.contentDisposition(random.nextBoolean(), name.toString(), i);
            assertThat(header).as(name.toString()).matches("(inline|attachment); filename=\"[\\x20-\\x21\\x23-\\x7E]+\"; filename\\*=UTF-8''[A-Za-z0-9!#$&+\\-.^_`|~%]+");
        }
    }
}
