package org.openris.backoffice.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.identity.Accounts;
import org.openris.meeting.ItemAttachments;
import org.openris.minutes.MinutesAssembler;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Attachments of agenda items uploaded on the item recording page ("Anlage 1"): numbered per meeting in
 * the order of adding across items, stored like every upload (type from the content, queued for text
 * extraction), public exactly when the item is, renamed and removed before the minutes are signed,
 * listed by the minutes, the portal and OParl – the non-public item's attachment nowhere in public.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemAttachmentTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    MinutesAssembler minutes;

    String tag;
    long meeting;
    long report;
    long motion;
    long staffing;
    String clerk;
    String otherClerk;

    @BeforeAll
    void scene() {
        Fixtures fx = new Fixtures(jdbc);
        tag = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        long body = fx.body("Stadt Anlagen " + tag);
        long term = fx.term(body, "2025–2030", today.minusYears(1), today.plusYears(3));
        long committee = fx.organization(body, "Ausschuss für Umwelt " + tag, "COMMITTEE").create();
        long other = fx.organization(body, "Schulausschuss " + tag, "COMMITTEE").create();
        meeting = fx.meeting(body, committee, term, Fixtures.berlin(today, LocalTime.of(16, 0))).numbered(5, "5. Sitzung " + tag).create();
        fx.execute("UPDATE meeting SET invitation_sent_at = now() - interval '10 days' WHERE id = ?", meeting);
        long section = fx.agendaItem(meeting, "1", "Berichte").heading().create();
        report = fx.agendaItem(meeting, "1.1", "Zwischenbericht Klimaanpassungskonzept").under(section).create();
        motion = fx.agendaItem(meeting, "1.2", "Antrag Baumschutz").under(section).create();
        long closed = fx.agendaItem(meeting, "2", "Nichtöffentlicher Teil").heading().nonPublic().create();
        staffing = fx.agendaItem(meeting, "2.1", "Grundstücksangelegenheit " + tag).under(closed).nonPublic().create();
        clerk = "attach-clerk-" + tag;
        otherClerk = "attach-other-" + tag;
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, clerk, null), "CLERK", committee);
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, otherClerk, null), "CLERK", other);
    }

    @Test
    void attachments_are_numbered_per_meeting_renamed_removed_and_published_as_far_as_their_item_is() throws Exception {
        WebSession s = MemberLogin.signIn(port, jdbc, clerk);
        String reportPath = "/verwaltung/tagesordnungspunkte/" + report;
        assertThat(s.get(reportPath).body()).contains("Zu diesem Tagesordnungspunkt gibt es noch keine Anlagen.")
                .contains("enctype=\"multipart/form-data\"");
        assertThat(upload(s, report, "Präsentation Klima.pdf", Fixtures.onePagePdf("Klimaanpassung " + tag)).statusCode()).isEqualTo(302);
        assertThat(upload(s, motion, "Baumkataster.pptx", pptx()).statusCode()).isEqualTo(302);
        assertThat(upload(s, staffing, "Lageplan.pdf", Fixtures.onePagePdf("Lageplan " + tag)).statusCode()).isEqualTo(302);
        assertThat(rows()).containsExactly(
                "1.1 Anlage 1 AUXILIARY Präsentation Klima Präsentation Klima.pdf application/pdf public queued",
                "1.2 Anlage 2 AUXILIARY Baumkataster Baumkataster.pptx application/vnd.openxmlformats-officedocument.presentationml.presentation"
                        + " public queued",
                "2.1 Anlage 3 AUXILIARY Lageplan Lageplan.pdf application/pdf non-public queued");
        assertThat(s.get(reportPath).body()).contains("<strong>Anlage 1</strong>:").contains("Präsentation Klima</a>");
        assertThat(jdbc.sql("SELECT count(*) FROM change_log WHERE object_type = 'meeting' AND object_id = ? AND action = 'attachment'"
                + " AND summary = 'Anlage 1 zu TOP 1.1 hinzugefügt'").param(meeting).query(Long.class).single()).isOne();

        // refusals in German, nothing stored
        upload(s, report, "leer.pdf", new byte[0]);
        assertThat(s.followRedirect().body()).contains("Die Datei ist leer.").contains("aria-invalid=\"true\"");
        upload(s, report, "skript.sh", "#!/bin/sh\necho".getBytes());
        assertThat(s.followRedirect().body()).contains("Diese Dateiart wird nicht angenommen.");
        assertThat(rows()).hasSize(3);

        // new title; the label stays
        long first = file("Anlage 1");
        s.get(reportPath);
        assertThat(s.post(reportPath + "/anlagen/" + first, Map.of("title", "  ")).statusCode()).isEqualTo(302);
        assertThat(s.followRedirect().body()).contains("Bitte geben Sie einen Titel an.");
        assertThat(s.post(reportPath + "/anlagen/" + first, Map.of("title", "Präsentation Klimaanpassungskonzept")).statusCode()).isEqualTo(302);
        assertThat(s.followRedirect().body()).contains("Anlage 1 zu TOP 1.1 umbenannt.");
        assertThat(jdbc.sql("SELECT name || ' ' || file_name FROM stored_file WHERE id = ?").param(first).query(String.class).single())
                .isEqualTo("Präsentation Klimaanpassungskonzept Präsentation Klimaanpassungskonzept.pdf");

        // removal: the link and the file are gone; the next number continues after the highest
        long second = file("Anlage 2");
        String motionPath = "/verwaltung/tagesordnungspunkte/" + motion;
        s.get(motionPath);
        assertThat(s.post(motionPath + "/anlagen/" + second + "/entfernen", Map.of()).statusCode()).isEqualTo(302);
        assertThat(s.post(reportPath + "/anlagen/" + second + "/entfernen", Map.of()).statusCode())
                .as("an attachment of another item of the same meeting is not this item's").isEqualTo(302);
        assertThat(s.followRedirect().body()).contains("Diese Anlage gibt es nicht (mehr).");
        assertThat(jdbc.sql("SELECT (af.deleted_at IS NOT NULL) AND (f.deleted_at IS NOT NULL) FROM agenda_item_file af JOIN stored_file f"
                + " ON f.id = af.file_id WHERE af.file_id = ?").param(second).query(Boolean.class).single()).isTrue();
        assertThat(anonymous("/dateien/" + second).statusCode()).isEqualTo(404);
        s.get(motionPath);
        upload(s, motion, "Baumkataster neu.pdf", Fixtures.onePagePdf("Baumkataster " + tag));
        assertThat(jdbc.sql("SELECT af.label FROM agenda_item_file af WHERE af.agenda_item_id = ? AND af.deleted_at IS NULL").param(motion)
                .query(String.class).single()).isEqualTo("Anlage 4");

        // visibility: the public item's file is public, the non-public item's file is nowhere in public
        long closedFile = file("Anlage 3");
        assertThat(anonymous("/dateien/" + first).statusCode()).isEqualTo(200);
        assertThat(anonymous("/dateien/" + closedFile).statusCode()).isEqualTo(404);
        assertThat(anonymous("/oparl/v1/file/" + closedFile).statusCode()).isEqualTo(404);
        String portal = anonymous("/sitzungen/" + meeting).body();
        assertThat(portal).contains("Anlage 1: Präsentation Klimaanpassungskonzept").contains("Anlage 4: Baumkataster neu")
                .doesNotContain("Lageplan").doesNotContain("Baumkataster.pptx");
        assertThat(anonymous("/oparl/v1/agendaItem/" + report).body()).contains("\"auxiliaryFile\"").contains("/oparl/v1/file/" + first);

        // the minutes list them per part ("Anlage N: title, type")
        assertThat(minutes.assemble(meeting, true).orElseThrow().attachments())
                .containsExactly("Anlage 1: Präsentation Klimaanpassungskonzept, PDF", "Anlage 4: Baumkataster neu, PDF");
        assertThat(minutes.assemble(meeting, false).orElseThrow().attachments()).containsExactly("Anlage 3: Lageplan, PDF");

        // someone else's meeting: 404
        WebSession stranger = MemberLogin.signIn(port, jdbc, otherClerk);
        stranger.get("/verwaltung");
        assertThat(upload(stranger, report, "x.pdf", Fixtures.onePagePdf("x")).statusCode()).isEqualTo(404);
        assertThat(stranger.post(reportPath + "/anlagen/" + first + "/entfernen", Map.of()).statusCode()).isEqualTo(404);

        // after the minutes are signed nothing changes any more
        jdbc.sql("UPDATE meeting SET state = 'MINUTES_SIGNED' WHERE id = ?").param(meeting).update();
        try {
            String signed = s.get(reportPath).body();
            assertThat(signed).doesNotContain("enctype=\"multipart/form-data\"").doesNotContain("/entfernen\"");
            assertThat(s.post(reportPath + "/anlagen/" + first + "/entfernen", Map.of()).statusCode()).isEqualTo(302);
            assertThat(s.followRedirect().body()).contains("Die Niederschrift dieser Sitzung ist unterzeichnet");
            upload(s, report, "spaet.pdf", Fixtures.onePagePdf("spät"));
            assertThat(jdbc.sql("SELECT count(*) FROM agenda_item_file af JOIN agenda_item a ON a.id = af.agenda_item_id"
                    + " WHERE a.meeting_id = ? AND af.deleted_at IS NULL").param(meeting).query(Long.class).single()).isEqualTo(3);
        } finally {
            jdbc.sql("UPDATE meeting SET state = 'INVITED' WHERE id = ?").param(meeting).update();
        }
    }

    @Test
    void the_label_continues_after_the_highest_number_of_the_meeting() {
        assertThat(ItemAttachments.nextLabel(List.of())).isEqualTo("Anlage 1");
        assertThat(ItemAttachments.nextLabel(List.of("Anlage 1", "Anlage 3", "Einladung", "Anlage x"))).isEqualTo("Anlage 4");
        assertThat(ItemAttachments.nextLabel(java.util.Arrays.asList("Anlage 9", null, "Anlage 10"))).isEqualTo("Anlage 11");
    }

    private HttpResponse<String> upload(WebSession s, long item, String name, byte[] content) {
        s.get("/verwaltung/tagesordnungspunkte/" + item);
        return s.postFile("/verwaltung/tagesordnungspunkte/" + item + "/anlagen", Map.of(), "file", name, content);
    }

    private List<String> rows() {
        return jdbc.sql("SELECT a.number || ' ' || af.label || ' ' || af.role || ' ' || f.name || ' ' || f.file_name || ' ' || f.mime_type"
                        + " || ' ' || CASE WHEN f.public THEN 'public' ELSE 'non-public' END || ' ' || CASE WHEN f.text_extracted_at IS NULL"
                        + " THEN 'queued' ELSE 'extracted' END FROM agenda_item_file af JOIN agenda_item a ON a.id = af.agenda_item_id"
                        + " JOIN stored_file f ON f.id = af.file_id WHERE a.meeting_id = ? AND af.deleted_at IS NULL ORDER BY af.created, f.id")
                .param(meeting).query(String.class).list();
    }

    private long file(String label) {
        return jdbc.sql("SELECT af.file_id FROM agenda_item_file af JOIN agenda_item a ON a.id = af.agenda_item_id WHERE a.meeting_id = ?"
                + " AND af.label = ?").params(meeting, label).query(Long.class).single();
    }

    private HttpResponse<String> anonymous(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The smallest container PowerPoint recognises by: a ZIP with ppt/presentation.xml. */
    private static byte[] pptx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("ppt/presentation.xml"));
            zip.write("<p:presentation/>".getBytes());
        }
        return out.toByteArray();
    }
}
