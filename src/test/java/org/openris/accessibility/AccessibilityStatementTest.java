package org.openris.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.TestSmtpServer;
import org.openris.testsupport.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The accessibility statement: BITV model sections, footer link, feedback mailed, bad input, throttle. */
@RisIntegrationTest
class AccessibilityStatementTest {

    private static final String FEEDBACK_TO = "barrierefreiheit@musterstadt.example";

    @LocalServerPort
    int port;

    @Test
    void the_statement_has_the_sections_of_the_model_and_every_page_links_to_it() {
        HttpResponse<String> page = new WebSession(port).get("/barrierefreiheit");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Erklärung zur Barrierefreiheit</h1>", "Stand der Vereinbarkeit mit den Anforderungen",
                "teilweise mit den Anforderungen der BITV 2.0", "Nicht barrierefreie Inhalte", "PDF-Dokumente", "Erstellung dieser Erklärung",
                "28.11.2026", "Barrieren melden: Feedback und Kontakt", "Schlichtungsverfahren", "href=\"https://www.schlichtungsstelle-bgg.de\"",
                "mailto:" + FEEDBACK_TO, "name=\"_csrf\"", "<textarea id=\"feedback-message\"");
        for (String path : new String[] {"/", "/suche?q=Radweg", "/kalender", "/anmelden", "/barrierefreiheit"}) {
            assertThat(new WebSession(port).get(path).body()).as(path).contains("<a href=\"/barrierefreiheit\">Barrierefreiheit</a>");
        }
    }

    @Test
    void feedback_is_mailed_and_bad_input_gets_german_messages() throws Exception {
        WebSession web = new WebSession(port).from("10.71.0.1");
        web.get("/barrierefreiheit");
        String marker = "Kontrast-" + UUID.randomUUID();
        HttpResponse<String> sent = web.post("/barrierefreiheit", Map.of("name", "Erika Muster", "email", "erika@example.org",
                "message", "Der Knopf hat zu wenig " + marker));
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("Vielen Dank, Ihre Nachricht wurde übermittelt.");
        MimeMessage mail = TestSmtpServer.received().stream().filter(m -> content(m).contains(marker)).findFirst().orElseThrow();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(FEEDBACK_TO);
        assertThat(mail.getSubject()).isEqualTo("Rückmeldung zur Barrierefreiheit des Ratsinformationssystems");
        assertThat(content(mail)).contains("Name: Erika Muster", "E-Mail-Adresse: erika@example.org");

        HttpResponse<String> empty = web.post("/barrierefreiheit", Map.of("name", "Erika", "message", "   "));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Bitte schreiben Sie eine Nachricht.").doesNotContain("Exception");
        HttpResponse<String> badEmail = web.post("/barrierefreiheit", Map.of("email", "nicht gültig", "message", "Hallo"));
        assertThat(badEmail.statusCode()).isEqualTo(422);
        assertThat(badEmail.body()).contains("Die E-Mail-Adresse ist ungültig").contains(">Hallo</textarea>");
        HttpResponse<String> anonymous = web.post("/barrierefreiheit", Map.of("message", "Ohne Namen " + marker + "-2"));
        assertThat(anonymous.statusCode()).isEqualTo(200);
    }

    @Test
    void feedback_is_throttled_per_client() {
        WebSession web = new WebSession(port).from("10.71.0.2");
        web.get("/barrierefreiheit");
        for (int i = 0; i < 5; i++) {
            assertThat(web.post("/barrierefreiheit", Map.of("message", "Nachricht " + i)).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = web.post("/barrierefreiheit", Map.of("message", "Nachricht 6"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("zu viele Nachrichten");
        assertThat(new WebSession(port).from("10.71.0.3").get("/barrierefreiheit").statusCode()).isEqualTo(200);
    }

    private static String content(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
