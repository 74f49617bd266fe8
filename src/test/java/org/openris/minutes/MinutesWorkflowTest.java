package org.openris.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openris.file.FileStore;
import org.openris.identity.Accounts;
import org.openris.shared.Viewer;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.TestSmtpServer;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The minutes of the example meeting through their whole life (issue 7), over HTTP as the people
 * do it: the clerk generates the draft from the record and edits it (a stale save is a conflict),
 * releases it naming chair, co-signer and secretary; the two members sign in the member area and
 * the secretary in the back office, each with a fresh second-factor code; the signed PDF/A carries
 * the SHA-256 of the frozen text; item 1.4 of the next meeting approves the minutes (refused while
 * they are unsigned); the clerk publishes them (portal, OParl resultsProtocol); a correction is a
 * new version with a reason. Drafts and released versions stay invisible to the public and to
 * members who are not designated.
 */
@RisIntegrationTest
class MinutesWorkflowTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/reference/examples/minutes-musterstadt.txt");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    MinutesAssembler assembler;
    @Autowired
    MinutesQueries published;
    @Autowired
    FileStore store;

    ExampleMeeting example;
    String tag;
    String clerk;
    String albers;
    String jansen;
    String outsider;
    long clerkId;

    @BeforeEach
    void example() {
        TestSmtpServer.start();
        example = new ExampleMeeting(new Fixtures(jdbc));
        jdbc.sql("DELETE FROM minutes_signature WHERE minutes_id = ?").param(example.minutes).update();
        jdbc.sql("DELETE FROM minutes WHERE id = ?").param(example.minutes).update();
        tag = Long.toString(System.nanoTime(), 36);
        long committee = jdbc.sql("SELECT organization_id FROM meeting WHERE id = ?").param(example.meeting).query(Long.class).single();
        clerk = "minutes-clerk-" + tag;
        clerkId = MemberLogin.enrolledAccount(accounts, jdbc, clerk, null);
        jdbc.sql("UPDATE app_user SET display_name = 'Rahn' WHERE id = ?").param(clerkId).update();
        accounts.grantRole(clerkId, "CLERK", committee);
        albers = "minutes-albers-" + tag;
        MemberLogin.enrolledAccount(accounts, jdbc, albers, person("Albers"));
        jansen = "minutes-jansen-" + tag;
        MemberLogin.enrolledAccount(accounts, jdbc, jansen, person("Jansen"));
        outsider = "minutes-outsider-" + tag;
        MemberLogin.enrolledAccount(accounts, jdbc, outsider, new Fixtures(jdbc).person(example.body, "Außenstehend").create());
    }

    @Test
    void the_generated_minutes_say_what_the_example_says_in_the_same_order() throws Exception {
        MinutesDocument doc = assembler.assemble(example.meeting, true).orElseThrow();
        String html = MinutesHtml.body(doc) + MinutesHtml.closing(List.of(new MinutesDocument.Signature("Albers", "Vorsitzender"),
                new MinutesDocument.Signature("Jansen", "Ratsmitglied"), new MinutesDocument.Signature("Rahn", "Geschäftsführerin")), doc.attachments());

        assertThat(normalised(MinutesHtml.plainText(html))).isEqualTo(normalised(Files.readString(EXAMPLE, StandardCharsets.UTF_8)));
    }

    @Test
    void draft_signatures_approval_publication_and_correction() throws Exception {
        WebSession office = MemberLogin.signIn(port, jdbc, clerk);
        String page = "/verwaltung/sitzungen/" + example.meeting + "/niederschrift";
        assertThat(office.get(page).body()).contains("Entwurf aus dem Sitzungsverlauf erzeugen").doesNotContain("Nichtöffentlicher Teil");

        assertThat(office.post(page + "/entwurf", Map.of("teil", "oeffentlich")).statusCode()).isEqualTo(302);
        Row draft = latest();
        assertThat(draft.state).isEqualTo("DRAFT");
        assertThat(MinutesHtml.plainText(draft.body)).contains("Sitzungsdauer: 16:00 - 18:40 Uhr")
                .containsSubsequence("zu TOP 1.4", "zu TOP 2.1", "zu TOP 3.2", "zu TOP 2.2", "zu TOP 2.3", "zu TOP 2.4", "zu TOP 3.1");
        // a second draft without confirmation is refused, the text stays
        assertThat(office.post(page + "/entwurf", Map.of("teil", "oeffentlich")).body()).contains("Es gibt bereits einen Entwurf");

        // two clerks edit: the stale save is a conflict and keeps the clerk's text on the page
        String edited = draft.body.replace("Es liegen keine Mitteilungen vor.", "Es liegen keine Mitteilungen des Vorsitzenden vor.");
        assertThat(office.post("/verwaltung/niederschriften/" + draft.id, Map.of("body", edited, "revision", "" + draft.revision)).statusCode())
                .isEqualTo(302);
        HttpResponse<String> stale = office.post("/verwaltung/niederschriften/" + draft.id,
                Map.of("body", draft.body.replace("Es liegen keine", "Überschrieben: keine"), "revision", "" + draft.revision));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("inzwischen von jemand anderem gespeichert").contains("Überschrieben: keine");
        assertThat(latest().body).contains("keine Mitteilungen des Vorsitzenden vor").doesNotContain("Überschrieben");

        // release: chair and co-signer must be present members with an account, the secretary a clerk
        Map<String, String> release = new LinkedHashMap<>(Map.of("chair", "" + person("Albers"), "chairLabel", "Vorsitzender",
                "coSigner", "" + person("Albers"), "coSignerLabel", "Ratsmitglied", "secretary", "" + clerkId, "secretaryLabel", "Geschäftsführerin"));
        assertThat(office.post("/verwaltung/niederschriften/" + draft.id + "/freigabe", release).body())
                .contains("Vorsitz und Mitunterzeichnung müssen verschiedene Personen sein");
        release.put("coSigner", "" + person("Brinkmann"));
        assertThat(office.post("/verwaltung/niederschriften/" + draft.id + "/freigabe", release).body())
                .contains("keinen Zugang zum Mandatsträger-Portal");
        release.put("coSigner", "" + person("Jansen"));
        assertThat(office.post("/verwaltung/niederschriften/" + draft.id + "/freigabe", release).statusCode()).isEqualTo(302);
        Row frozen = latest();
        assertThat(frozen.state).isEqualTo("IN_SIGNATURE");
        // the two members get a link to the signing page, never the text
        for (String signer : List.of(albers, jansen)) {
            assertThat(TestSmtpServer.received()).as("mail to " + signer).anySatisfy(mail -> {
                assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(signer + "@example.org");
                assertThat(mail.getContent().toString()).contains("/mitglieder/unterschriften/" + frozen.id).doesNotContain("Kehrmaschinen");
            });
        }
        assertThat(frozen.hash).isEqualTo(MinutesSigning.sha256(frozen.content));
        assertThat(MinutesHtml.plainText(frozen.content)).contains("keine Mitteilungen des Vorsitzenden")
                .containsSubsequence("Albers", "Jansen", "Rahn", "Vorsitzender", "Ratsmitglied", "Geschäftsführerin",
                        "(Anlage 1: Präsentation Klimaanpassungskonzept, PDF)");
        assertThat(office.post("/verwaltung/niederschriften/" + draft.id, Map.of("body", "<p>später</p>", "revision", "" + frozen.revision))
                .body()).contains("kann nicht mehr geändert werden");

        // nobody outside sees the released text; the designated members do
        assertThat(published.ofMeeting(Viewer.anonymous(), example.meeting)).isEmpty();
        WebSession stranger = MemberLogin.signIn(port, jdbc, outsider);
        assertThat(stranger.get("/mitglieder/unterschriften/" + frozen.id).statusCode()).isEqualTo(404);
        assertThat(stranger.post("/mitglieder/unterschriften/" + frozen.id, Map.of("confirm", "ja", "code", nextCode())).statusCode()).isEqualTo(404);
        assertThat(new WebSession(port).get("/verwaltung/niederschriften/" + frozen.id + "/dokument.pdf").statusCode()).isNotEqualTo(200);

        // approving the unsigned minutes in the next meeting is refused
        long approvalItem = approvalItemInNextMeeting();
        assertThat(office.post("/verwaltung/tagesordnungspunkte/" + approvalItem, Map.of("status", "TREATED", "outcome", "ADOPTED")).body())
                .contains("noch nicht vollständig unterschrieben");

        WebSession coSigner = MemberLogin.signIn(port, jdbc, jansen);
        assertThat(coSigner.get("/mitglieder").body()).contains("1 Niederschrift(en) warten auf Ihre Unterschrift");
        assertThat(coSigner.get("/mitglieder/unterschriften").body()).contains("12. Sitzung des Ausschusses für Umwelt, Klima und Mobilität");
        assertThat(coSigner.get("/mitglieder/unterschriften/" + frozen.id).body()).contains(frozen.hash).contains("zu TOP 2.3");
        assertThat(coSigner.post("/mitglieder/unterschriften/" + frozen.id, Map.of("code", nextCode())).body())
                .contains("Bitte bestätigen Sie");
        assertThat(coSigner.post("/mitglieder/unterschriften/" + frozen.id, Map.of("confirm", "ja", "code", "000000")).body())
                .contains("Der Code ist nicht gültig");
        assertThat(coSigner.post("/mitglieder/unterschriften/" + frozen.id, Map.of("confirm", "ja", "code", nextCode())).statusCode())
                .isEqualTo(302);
        assertThat(MemberLogin.signIn(port, jdbc, albers).post("/mitglieder/unterschriften/" + frozen.id,
                Map.of("confirm", "ja", "code", nextCode())).statusCode()).isEqualTo(302);
        assertThat(latest().state).isEqualTo("IN_SIGNATURE");
        assertThat(office.post("/verwaltung/niederschriften/" + frozen.id + "/unterschrift", Map.of("confirm", "ja", "code", nextCode()))
                .statusCode()).isEqualTo(302);

        Row signed = latest();
        assertThat(signed.state).isEqualTo("SIGNED");
        assertThat(signed.content).isEqualTo(frozen.content);
        assertThat(meetingState(example.meeting)).isEqualTo("MINUTES_SIGNED");
        assertThat(jdbc.sql("SELECT count(*) FROM minutes_signature WHERE minutes_id = ? AND signed_at IS NOT NULL AND signed_by_user_id IS NOT NULL")
                .param(signed.id).query(Long.class).single()).isEqualTo(3);
        HttpResponse<String> pdfResponse = office.get("/verwaltung/niederschriften/" + signed.id + "/dokument.pdf");
        assertThat(pdfResponse.statusCode()).isEqualTo(200);
        try (InputStream in = store.open(storageKey(signed.fileId)); PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(signed.hash).contains("zu TOP 2.3").contains("Elektronische Unterschriften")
                    .containsSubsequence("Albers", "Vorsitzender", "Jansen", "Ratsmitglied", "Rahn", "Geschäftsführerin");
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(=\"|>)2").containsPattern("pdfaid:conformance(=\"|>)B");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            for (PDPage p : pdf.getPages()) {
                for (var name : p.getResources().getFontNames()) {
                    PDFont font = p.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                }
            }
        }

        // approval by item 1.4 of the next meeting, then publication
        assertThat(office.post("/verwaltung/tagesordnungspunkte/" + approvalItem, Map.of("status", "TREATED", "outcome", "ADOPTED")).statusCode())
                .isEqualTo(302);
        assertThat(latest().state).isEqualTo("APPROVED");
        assertThat(meetingState(example.meeting)).isEqualTo("MINUTES_APPROVED");
        assertThat(new WebSession(port).get("/sitzungen/" + example.meeting).body()).doesNotContain("keine Mitteilungen des Vorsitzenden");
        assertThat(office.post("/verwaltung/niederschriften/" + signed.id + "/veroeffentlichung", Map.of()).statusCode()).isEqualTo(302);
        assertThat(latest().state).isEqualTo("PUBLISHED");
        assertThat(new WebSession(port).get("/sitzungen/" + example.meeting).body()).contains("keine Mitteilungen des Vorsitzenden");
        assertThat(new WebSession(port).get("/oparl/v1/meeting/" + example.meeting).body()).contains("resultsProtocol")
                .contains("/oparl/v1/file/" + signed.fileId);
        assertThat(new WebSession(port).get("/dateien/" + signed.fileId).statusCode()).isEqualTo(200);
        // once published, the approval cannot be taken back
        assertThat(office.post("/verwaltung/tagesordnungspunkte/" + approvalItem, Map.of("status", "TREATED", "outcome", "REJECTED")).body())
                .contains("bereits veröffentlicht");

        // a correction is a new version with a reason; the published one stays until the correction is published
        assertThat(office.post("/verwaltung/niederschriften/" + signed.id + "/berichtigung", Map.of("reason", " ")).body())
                .contains("Bitte geben Sie den Grund der Berichtigung an");
        assertThat(office.post("/verwaltung/niederschriften/" + signed.id + "/berichtigung",
                Map.of("reason", "Abstimmungsergebnis zu TOP 2.3 berichtigt")).statusCode()).isEqualTo(302);
        Row correction = latest();
        assertThat(correction.version).isEqualTo(2);
        assertThat(correction.state).isEqualTo("DRAFT");
        assertThat(correction.body).isEqualTo(signed.body);
        assertThat(published.ofMeeting(Viewer.anonymous(), example.meeting)).extracting(MinutesQueries.MinutesSummary::version).containsExactly(1);
        assertThat(office.get(page).body()).contains("Berichtigte Fassung – Grund: Abstimmungsergebnis zu TOP 2.3 berichtigt")
                .contains("Frühere Versionen");
    }

    @Test
    void a_withdrawn_release_lets_the_given_signatures_lapse() {
        new Fixtures(jdbc).agendaItem(example.meeting, "5.1", "Grundstücksangelegenheit").nonPublic().minutes("Vertraulich beraten.").create();
        WebSession office = MemberLogin.signIn(port, jdbc, clerk);
        assertThat(office.get("/verwaltung/sitzungen/" + example.meeting + "/niederschrift").body()).contains("Nichtöffentlicher Teil");
        office.post("/verwaltung/sitzungen/" + example.meeting + "/niederschrift/entwurf", Map.of("teil", "nichtoeffentlich"));
        long id = jdbc.sql("SELECT id FROM minutes WHERE meeting_id = ? AND NOT public_part").param(example.meeting).query(Long.class).single();
        assertThat(office.post("/verwaltung/niederschriften/" + id + "/freigabe", Map.of("chair", "" + person("Albers"), "chairLabel", "Vorsitzender",
                "coSigner", "" + person("Jansen"), "coSignerLabel", "Ratsmitglied", "secretary", "" + clerkId, "secretaryLabel", "Schriftführung"))
                .statusCode()).isEqualTo(302);
        assertThat(MemberLogin.signIn(port, jdbc, jansen).post("/mitglieder/unterschriften/" + id, Map.of("confirm", "ja", "code", nextCode()))
                .statusCode()).isEqualTo(302);

        assertThat(office.post("/verwaltung/niederschriften/" + id + "/ruecknahme", Map.of()).statusCode()).isEqualTo(302);

        assertThat(jdbc.sql("SELECT state || ':' || (content IS NULL) FROM minutes WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("DRAFT:true");
        assertThat(jdbc.sql("SELECT count(*) FROM minutes_signature WHERE minutes_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(MemberLogin.signIn(port, jdbc, jansen).get("/mitglieder/unterschriften/" + id).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT body FROM minutes WHERE id = ?").param(id).query(String.class).single())
                .contains("Niederschrift (nichtöffentlich)").contains("Vertraulich beraten.");
    }

    @Test
    void the_minutes_list_shows_what_is_left_to_do_for_the_clerks_own_meetings_only() {
        jdbc.sql("UPDATE meeting SET start_planned = now() - interval '10 days', start_actual = NULL, end_actual = NULL WHERE id = ?")
                .param(example.meeting).update();
        String otherClerk = "minutes-other-" + tag;
        long other = new Fixtures(jdbc).organization(example.body, "Schulausschuss " + tag, "COMMITTEE").create();
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, otherClerk, null), "CLERK", other);
        WebSession office = MemberLogin.signIn(port, jdbc, clerk);
        String row = "/verwaltung/sitzungen/" + example.meeting + "/niederschrift";

        assertThat(office.get("/verwaltung/niederschriften").body()).contains(row).contains("Entwurf erzeugen");
        office.post(row + "/entwurf", Map.of("teil", "oeffentlich"));
        assertThat(office.get("/verwaltung/niederschriften").body()).contains(row).contains("Entwurf prüfen und zur Unterschrift freigeben");
        assertThat(MemberLogin.signIn(port, jdbc, otherClerk).get("/verwaltung/niederschriften").body()).doesNotContain(row)
                .contains("keine durchgeführten Sitzungen");
    }

    private long approvalItemInNextMeeting() {
        Fixtures fx = new Fixtures(jdbc);
        long next = example.ids.get("nextMeeting");
        long item = fx.agendaItem(next, "1.4", "Genehmigung der Niederschrift über die 12. Sitzung").create();
        jdbc.sql("UPDATE agenda_item SET template_key = 'MINUTES_APPROVAL', approves_minutes_of_meeting_id = ? WHERE id = ?")
                .params(example.meeting, item).update();
        return item;
    }

    private String nextCode() {
        return MemberLogin.code(MemberLogin.SECRET, Instant.now().plusSeconds(30));
    }

    private long person(String familyName) {
        return jdbc.sql("SELECT id FROM person WHERE body_id = ? AND family_name = ?").params(example.body, familyName).query(Long.class).single();
    }

    private String meetingState(long meeting) {
        return jdbc.sql("SELECT state FROM meeting WHERE id = ?").param(meeting).query(String.class).single();
    }

    private String storageKey(long fileId) {
        return jdbc.sql("SELECT storage_key FROM stored_file WHERE id = ?").param(fileId).query(String.class).single();
    }

    private Row latest() {
        return jdbc.sql("""
                        SELECT id, version, state, revision, body, content, content_hash AS hash, file_id FROM minutes
                        WHERE meeting_id = ? AND public_part ORDER BY version DESC LIMIT 1""")
                .param(example.meeting).query(Row.class).single();
    }

    record Row(long id, int version, String state, int revision, String body, String content, String hash, Long fileId) {
    }

    /** Lines without surrounding blanks, runs of spaces as one, no empty lines. */
    private static String normalised(String text) {
        return Arrays.stream(text.split("\n")).map(l -> l.strip().replaceAll("\\s+", " ")).filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
