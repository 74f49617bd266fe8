package org.openris.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.openris.file.FileStore;
import org.openris.identity.Accounts;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Journeys of council members in Debian Chromium (docs/testing.md): login with TOTP, the member
 * pages, an annotation, offline reading through the service worker and the logout that removes
 * every offline copy (ADR 0010); the first login with setting up the second factor.
 */
@RisIntegrationTest
class MemberJourneyTest {

    private static final String PDF = "%PDF-1.4\n% Anlage\n%%EOF\n";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    FileStore store;

    /** What the journeys need: a committee with its next meeting, a non-public item with a document, a member. */
    private record Committee(String tag, long meeting, long secretFile, long invitation, long secretPaper, long person) {
    }

    private Committee committee() {
        Fixtures fx = new Fixtures(jdbc);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        long body = fx.body("Stadt Musterstadt " + tag);
        long term = fx.term(body, "Wahlperiode 2025–2030 " + tag, today.minusYears(1), today.plusYears(4));
        long committee = fx.organization(body, "Ausschuss für Stadtentwicklung und Verkehr " + tag, "COMMITTEE").create();
        long faction = fx.organization(body, "Fraktion Bürgerliste " + tag, "FACTION").create();
        long person = fx.person(body, "Schmidt-Oberländer").given("Johanna").female().create();
        fx.membership(person, committee, today.minusYears(1)).create();
        fx.membership(person, faction, today.minusYears(1)).create();
        long hall = fx.location("Rathaus Musterstadt, Großer Sitzungssaal", "Raum 1.101", "Marktplatz 1");
        long meeting = fx.meeting(body, committee, term, Fixtures.berlin(today.plusDays(3), LocalTime.of(17, 0)))
                .numbered(7, "7. Sitzung").at(hall).create();
        long publicItem = fx.agendaItem(meeting, "1", "Radverkehrskonzept Innenstadt").position(0, 0).create();
        long secretItem = fx.agendaItem(meeting, "2", "Grundstücksangelegenheit Lindenhof").position(1, 1).nonPublic().create();
        long type = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        int serial = 10000 + Math.floorMod(tag.hashCode(), 80000);
        long publicPaper = fx.paper(body, type, "Radverkehrskonzept Innenstadt").released(String.format("%05d-26", serial), today.minusDays(10)).create();
        long secretPaper = fx.paper(body, type, "Verkauf des Grundstücks Lindenhof").released(String.format("%05d-26", serial + 1), today.minusDays(10))
                .nonPublic().create();
        fx.execute("UPDATE paper SET text = '<p>Die Verwaltung empfiehlt den Verkauf an den Meistbietenden.</p>' WHERE id = ?", secretPaper);
        fx.consultation(publicPaper, committee, meeting, publicItem, 0, "DECISION", true, null);
        fx.consultation(secretPaper, committee, meeting, secretItem, 0, "DECISION", true, null);

        long invitation = fx.file(body, "Einladung zur 7. Sitzung", true);
        withContent(fx, invitation, "Einladung 7. Sitzung.pdf", "Hiermit lade ich Sie zur 7. Sitzung ein.");
        fx.attachToMeeting(meeting, invitation, "INVITATION", null);
        long secretFile = fx.file(body, "Wertgutachten Lindenhof", false);
        withContent(fx, secretFile, "Wertgutachten Lindenhof.pdf",
                "Das Gutachten ermittelt den Verkehrswert des Grundstücks Lindenhof.\n\nDer Bodenrichtwert liegt bei 310 Euro je Quadratmeter.");
        fx.attachToAgendaItem(secretItem, secretFile, "Anlage 1");
        return new Committee(tag, meeting, secretFile, invitation, secretPaper, person);
    }

    private void withContent(Fixtures fx, long file, String fileName, String text) {
        FileStore.StoredContent content = store.put(PDF.getBytes(StandardCharsets.UTF_8));
        fx.execute("UPDATE stored_file SET storage_key = ?, sha256 = ?, sha512 = ?, size = ?, file_name = ?, text_content = ? WHERE id = ?",
                content.storageKey(), content.sha256(), content.sha512(), content.size(), fileName, text, file);
    }

    @Test
    void member_signs_in_reads_and_annotates_a_non_public_document_reads_it_offline_and_logging_out_removes_every_copy() {
        Committee c = committee();
        String username = "johanna-" + c.tag();
        long user = MemberLogin.enrolledAccount(accounts, jdbc, username, c.person());
        String note = "Nachfragen: Bodenrichtwert 2025 zum Vergleich " + c.tag();

        JourneyResult result = BrowserJourneys.run("member-offline", port, Map.of("username", username, "password", MemberLogin.PASSWORD,
                "secret", MemberLogin.SECRET, "meetingId", c.meeting(), "fileId", c.secretFile(), "otherFileId", c.invitation(),
                "note", note));

        // offline, the browser's own manifest requests fail (they never go through the service worker)
        JourneyAssertions.assertPassesStandardChecks(result, request -> request.url().endsWith("/manifest.webmanifest")
                && request.status() == 0 && "net::ERR_INTERNET_DISCONNECTED".equals(request.failure()));
        assertThat(result.fact("dashboardHeading")).isEqualTo("Mitgliederbereich");
        assertThat(result.fact("offlineStatus")).asString().startsWith("Gespeichert für die Offline-Nutzung:").contains("2 Dokumente");
        assertThat(result.fact("cachesAfterSync")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .contains("ris-shell-v1", "ris-mitglied-" + user);
        assertThat(result.fact("storedPaths")).asInstanceOf(InstanceOfAssertFactories.LIST).contains(
                "/mitglieder", "/mitglieder/sitzungen/" + c.meeting(), "/mitglieder/vorlagen/" + c.secretPaper(),
                "/mitglieder/dokumente/" + c.secretFile(), "/mitglieder/dateien/" + c.secretFile(),
                "/mitglieder/dokumente/" + c.invitation(), "/mitglieder/dateien/" + c.invitation());
        assertThat(result.fact("notificationsNotice")).isEqualTo("Ihre Einstellungen sind gespeichert.");
        assertThat(result.fact("meetingHeading")).asString().startsWith("Ausschuss für Stadtentwicklung und Verkehr");
        assertThat(result.fact("documentHeading")).isEqualTo("Wertgutachten Lindenhof");
        assertThat(result.fact("notesOnline")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly(note);

        assertThat(result.fact("onlineWhileOffline")).isEqualTo(false);
        assertThat(result.fact("offlineFromServiceWorker")).isEqualTo(true);
        assertThat(result.fact("offlineDocumentHeading")).isEqualTo("Wertgutachten Lindenhof");
        assertThat(result.fact("offlineDocumentText")).asString().contains("Der Bodenrichtwert liegt bei 310 Euro je Quadratmeter.");
        assertThat(result.fact("notesOffline")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly(note);
        assertThat(result.fact("offlineBanner")).asString().startsWith("Sie sind offline.");
        assertThat(result.fact("offlineNotices")).as("the stored copy is the plain page, without the one-off 'saved' notice")
                .asInstanceOf(InstanceOfAssertFactories.LIST).noneMatch(n -> String.valueOf(n).contains("gespeichert"));
        assertThat(result.fact("offlineOtherDocumentHeading")).isEqualTo("Einladung zur 7. Sitzung");
        assertThat(result.fact("offlineMeetingHeading")).asString().startsWith("Ausschuss für Stadtentwicklung und Verkehr");
        assertThat(result.fact("offlineDownload")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("status", 200).containsEntry("start", "%PDF-1.4");
        assertThat(result.fact("offlinePageHeading")).isEqualTo("Keine Verbindung");

        assertThat(result.fact("cachesAfterLogout")).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
        assertThat(result.fact("workersAfterLogout")).isEqualTo(0);
        assertThat(result.fact("logoutNotice")).isEqualTo("Sie haben sich abgemeldet.");
        assertThat(result.fact("afterLogoutUrl")).isEqualTo("/anmelden");
        assertThat(result.fact("afterLogoutShowsDocument")).isEqualTo(false);
        assertThat(result.fact("dashboardAfterLogoutUrl")).isEqualTo("/anmelden");
        assertThat(result.checks()).extracting(JourneyResult.Check::name).containsExactly("login", "login-code", "dashboard",
                "notifications", "account", "meeting", "document", "document-annotated", "document-offline", "meeting-offline",
                "offline-page", "logged-out");
    }

    @Test
    void new_member_sets_up_the_authenticator_app_and_gets_recovery_codes() {
        String username = "neu-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(username, "Neues Mitglied", username + "@example.org", null, MemberLogin.PASSWORD);

        JourneyResult result = BrowserJourneys.run("member-enrol", port, Map.of("username", username, "password", MemberLogin.PASSWORD));

        JourneyAssertions.assertPassesStandardChecks(result);
        assertThat(result.fact("enrolHeading")).isEqualTo("Zwei-Faktor-Anmeldung einrichten");
        assertThat(result.fact("wrongCodeError")).asString().startsWith("Der Code passt nicht zum Schlüssel.");
        assertThat(result.fact("recoveryHeading")).isEqualTo("Ihre Wiederherstellungscodes");
        assertThat((Integer) result.fact("recoveryCodes")).isGreaterThanOrEqualTo(5);
        assertThat(result.checks()).extracting(JourneyResult.Check::name).containsExactly("enrol", "enrol-wrong-code", "recovery-codes");
        assertThat(List.of(result.check("enrol").screenshots().size())).containsExactly(2);
    }
}
