package org.openris.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openris.search.SearchJobs;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.TestSmtpServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Saved-search alerts and the accessibility statement in Debian Chromium: the subscription form
 * from /suche, bad address, request; the footer link to the statement, feedback with an empty and
 * a real message; then the links of the confirmation mail (confirm, unsubscribe, used link).
 */
@RisIntegrationTest
class AlertJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SearchJobs searchJobs;

    @Test
    void a_citizen_saves_a_search_confirms_it_unsubscribes_and_sends_accessibility_feedback() throws Exception {
        Fixtures fx = new Fixtures(jdbc);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long body = fx.body("Stadt Teichhausen " + tag);
        long committee = fx.organization(body, "Umweltausschuss " + tag, "COMMITTEE").create();
        long motion = fx.paperType(body, "Antrag", "MOTION", true);
        long paper = fx.paper(body, motion, "Amphibienschutz am Teichweg").released("41000-26", LocalDate.of(2026, 11, 3)).create();
        fx.consultation(paper, committee, null, null, 0, "DECISION", true, null);
        searchJobs.runNow();
        String email = "journey-" + tag + "@example.org";
        String message = "Fokus schlecht sichtbar " + tag;

        JourneyResult result = BrowserJourneys.run("alerts", port, Map.of("query", "Amphibienschutz", "email", email, "message", message));

        JourneyAssertions.assertPassesStandardChecks(result);
        assertThat(result.fact("offer")).isEqualTo("Suche als E-Mail-Benachrichtigung speichern");
        assertThat(result.fact("formQuery")).isEqualTo("Amphibienschutz");
        assertThat(result.fact("formError")).asString().contains("Die E-Mail-Adresse ist ungültig");
        assertThat(result.fact("requestedHeading")).isEqualTo("Bitte bestätigen Sie Ihre E-Mail-Adresse");
        assertThat(result.fact("statementHeading")).isEqualTo("Erklärung zur Barrierefreiheit");
        assertThat(result.fact("feedbackError")).asString().contains("Bitte schreiben Sie eine Nachricht.");
        assertThat(result.fact("feedbackSent")).asString().contains("Vielen Dank");
        for (String check : List.of("alert-form", "alert-form-error", "alert-requested", "accessibility", "accessibility-error", "accessibility-sent")) {
            assertThat(result.check(check).screenshots()).as(check).hasSize(2);
        }
        assertThat(TestSmtpServer.received().stream().map(AlertJourneyTest::content)).anyMatch(text -> text.contains(message));

        String mail = TestSmtpServer.received().stream().filter(m -> recipient(m).equals(email)).map(AlertJourneyTest::content)
                .findFirst().orElseThrow();
        JourneyResult links = BrowserJourneys.run("alert-links", port, Map.of("confirm", path(mail, "bestaetigen"),
                "unsubscribe", path(mail, "abmelden")));

        JourneyAssertions.assertPassesStandardChecks(links);
        assertThat(links.fact("confirmed")).isEqualTo("Benachrichtigung gespeichert");
        assertThat(links.fact("unsubscribed")).isEqualTo("Abgemeldet");
        assertThat(links.fact("usedStatus")).isEqualTo(410);
        assertThat(links.fact("usedHeading")).isEqualTo("Link ungültig oder abgelaufen");
        assertThat(jdbc.sql("SELECT count(*) FROM alert_subscriber WHERE email = ?").param(email).query(Long.class).single()).isZero();
    }

    private static String path(String mail, String action) {
        Matcher m = Pattern.compile("/suche/benachrichtigung/" + action + "\\?token=[A-Za-z0-9_-]{43}").matcher(mail);
        assertThat(m.find()).as(action + " link in:\n" + mail).isTrue();
        return m.group();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String content(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
