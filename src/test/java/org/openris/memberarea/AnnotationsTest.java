package org.openris.memberarea;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.file.FileStore;
import org.openris.identity.Accounts;
import org.openris.identity.SignedInUser;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Private annotations over real HTTP: who sees a private and a faction-shared note, that only the
 * author changes it, German messages for bad input, CSRF, escaping, and highlights in the text.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnotationsTest {

    private static final Pattern ANNOTATION_ID = Pattern.compile("action=\"/mitglieder/anmerkungen/(\\d+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    FileStore store;
    @Autowired
    AnnotationQueries annotations;

    MemberScenario city;

    @BeforeAll
    void city() {
        city = new MemberScenario(jdbc, accounts, store);
    }

    @Test
    void a_private_note_is_seen_by_its_author_only_and_a_shared_one_by_current_members_of_that_faction() {
        WebSession anna = MemberLogin.signIn(port, jdbc, city.user("anna"));
        String paper = "/mitglieder/vorlagen/" + city.publicPaper;
        anna.get(paper);
        assertThat(anna.post(paper + "/anmerkungen", note("Privat: Anwohner fragen " + city.tag, "")).statusCode()).isEqualTo(302);
        anna.get(paper);
        assertThat(anna.post(paper + "/anmerkungen", note("Geteilt: Antrag vorbereiten " + city.tag, String.valueOf(city.factionF)))
                .statusCode()).isEqualTo(302);
        HttpResponse<String> own = anna.followRedirect();
        assertThat(own.body()).contains("Die Anmerkung ist gespeichert.").contains("Privat: Anwohner fragen " + city.tag)
                .contains("Geteilt: Antrag vorbereiten " + city.tag).contains("geteilt mit Fraktion F " + city.tag).contains("nur für Sie");

        String bert = MemberLogin.signIn(port, jdbc, city.user("bert")).get(paper).body();
        assertThat(bert).as("same faction, other committee").contains("Geteilt: Antrag vorbereiten " + city.tag)
                .contains("Von Anna Albers").doesNotContain("Privat: Anwohner fragen");
        assertThat(bert).as("only the author may change it").doesNotContain("action=\"/mitglieder/anmerkungen/");
        String dora = MemberLogin.signIn(port, jdbc, city.user("dora")).get(paper).body();
        assertThat(dora).as("same committee, other faction").doesNotContain("Antrag vorbereiten").doesNotContain("Anwohner fragen");
        String carla = MemberLogin.signIn(port, jdbc, city.user("carla")).get(paper).body();
        assertThat(carla).as("former member of the faction").doesNotContain("Antrag vorbereiten").doesNotContain("Anwohner fragen");

        // the author leaves the faction: the note is no longer shared
        jdbc.sql("UPDATE membership SET end_date = current_date - 1 WHERE person_id = ? AND organization_id = ?")
                .params(city.anna, city.factionF).update();
        try {
            assertThat(MemberLogin.signIn(port, jdbc, city.user("bert")).get(paper).body()).doesNotContain("Antrag vorbereiten");
            assertThat(anna.get(paper).body()).as("the author still sees it").contains("Geteilt: Antrag vorbereiten " + city.tag);
        } finally {
            jdbc.sql("UPDATE membership SET end_date = NULL WHERE person_id = ? AND organization_id = ?")
                    .params(city.anna, city.factionF).update();
        }
    }

    @Test
    void annotations_on_a_paper_the_reader_cannot_see_are_never_shown() {
        WebSession anna = MemberLogin.signIn(port, jdbc, city.user("anna"));
        String secret = "/mitglieder/vorlagen/" + city.secretPaper;
        anna.get(secret);
        assertThat(anna.post(secret + "/anmerkungen", note("Geheimnotiz " + city.tag, String.valueOf(city.factionF))).statusCode())
                .isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM member_annotation WHERE note = ?").param("Geheimnotiz " + city.tag).query(Long.class).single();

        SignedInUser bert = new SignedInUser(0, city.user("bert"), "Bert", city.bert);
        assertThat(annotations.on(bert, AnnotationTarget.paper(city.secretPaper))).as("shared, but bert does not see the paper").isEmpty();
        WebSession bertWeb = MemberLogin.signIn(port, jdbc, city.user("bert"));
        assertThat(bertWeb.get(secret).statusCode()).isEqualTo(404);

        SignedInUser anne = new SignedInUser(0, city.user("anna"), "Anna", city.anna);
        assertThat(annotations.on(anne, AnnotationTarget.paper(city.secretPaper))).extracting(Annotation::id).containsExactly(id);
        jdbc.sql("UPDATE membership SET end_date = current_date - 1 WHERE person_id = ? AND organization_id = ?")
                .params(city.anna, city.building).update();
        try {
            assertThat(annotations.on(anne, AnnotationTarget.paper(city.secretPaper))).as("the author lost access to the paper").isEmpty();
            assertThat(annotations.own(anne, id)).isEmpty();
            anna.get("/mitglieder");
            assertThat(anna.post("/mitglieder/anmerkungen/" + id, note("geändert", "")).statusCode()).isEqualTo(404);
        } finally {
            jdbc.sql("UPDATE membership SET end_date = NULL WHERE person_id = ? AND organization_id = ?")
                    .params(city.anna, city.building).update();
        }
    }

    @Test
    void only_the_author_edits_and_deletes_and_others_get_404() {
        WebSession anna = MemberLogin.signIn(port, jdbc, city.user("anna"));
        String paper = "/mitglieder/vorlagen/" + city.publicPaper;
        anna.get(paper);
        anna.post(paper + "/anmerkungen", note("Zum Ändern " + city.tag, String.valueOf(city.factionF)));
        long id = idOf(anna.followRedirect().body(), "Zum Ändern " + city.tag);

        WebSession bert = MemberLogin.signIn(port, jdbc, city.user("bert"));
        bert.get(paper);
        assertThat(bert.post("/mitglieder/anmerkungen/" + id, note("Übernommen", "")).statusCode()).isEqualTo(404);
        assertThat(bert.post("/mitglieder/anmerkungen/" + id + "/loeschen", Map.of()).statusCode()).isEqualTo(404);
        assertThat(bert.post("/mitglieder/anmerkungen/999999999/loeschen", Map.of()).body())
                .isEqualTo(bert.post("/mitglieder/anmerkungen/" + id + "/loeschen", Map.of()).body());

        anna.get(paper);
        assertThat(anna.post("/mitglieder/anmerkungen/" + id, note("Geändert " + city.tag, "")).statusCode()).isEqualTo(302);
        assertThat(anna.followRedirect().body()).contains("Geändert " + city.tag).doesNotContain("Zum Ändern " + city.tag);
        assertThat(bert.get(paper).body()).as("no longer shared").doesNotContain("Geändert " + city.tag);

        anna.get(paper);
        assertThat(anna.post("/mitglieder/anmerkungen/" + id + "/loeschen", Map.of()).statusCode()).isEqualTo(302);
        assertThat(anna.followRedirect().body()).contains("Die Anmerkung ist gelöscht.").doesNotContain("Geändert " + city.tag);
        assertThat(jdbc.sql("SELECT deleted_at IS NOT NULL FROM member_annotation WHERE id = ?").param(id).query(Boolean.class).single())
                .as("kept as a soft delete").isTrue();
    }

    @Test
    void bad_input_gets_german_messages_keeps_what_was_typed_and_stores_nothing() {
        WebSession anna = MemberLogin.signIn(port, jdbc, city.user("anna"));
        String paper = "/mitglieder/vorlagen/" + city.publicPaper;
        long before = count();
        Map<Map<String, String>, String> cases = new LinkedHashMap<>();
        cases.put(note("   ", ""), "Bitte geben Sie eine Notiz ein.");
        cases.put(note("x".repeat(4001), ""), "Die Notiz ist zu lang: höchstens 4.000 Zeichen, Ihre hat 4.001.");
        cases.put(note("Teilen mit fremder Fraktion " + city.tag, String.valueOf(city.factionG)),
                "Sie können eine Anmerkung nur mit einer Fraktion teilen, der Sie derzeit angehören.");
        cases.put(note("Teilen mit einem Ausschuss", String.valueOf(city.building)), "der Sie derzeit angehören");
        cases.put(note("Unsinn", "abc"), "der Sie derzeit angehören");
        cases.put(highlight("", "Notiz"), "Bitte geben Sie die Textstelle an");
        cases.put(highlight("Diese Stelle steht nicht im Text", ""), "Die markierte Textstelle kommt im Text nicht vor.");
        cases.put(Map.of("kind", "SCRIPT", "note", "x"), "ob Sie eine Notiz oder eine Markierung");
        for (Map.Entry<Map<String, String>, String> c : cases.entrySet()) {
            anna.get(paper);
            HttpResponse<String> answer = anna.post(paper + "/anmerkungen", c.getKey());
            assertThat(answer.statusCode()).as(c.getValue()).isEqualTo(422);
            assertThat(answer.body()).as(c.getValue()).contains(c.getValue()).contains("role=\"alert\"")
                    .doesNotContain("Exception").doesNotContain("at org.");
        }
        anna.get(paper);
        assertThat(anna.post(paper + "/anmerkungen", note("Behalten " + city.tag, String.valueOf(city.factionG))).body())
                .as("what was typed is shown again").contains(">Behalten " + city.tag + "</textarea>");
        assertThat(count()).isEqualTo(before);
        assertThat(anna.post("/mitglieder/vorlagen/abc/anmerkungen", note("x", "")).statusCode()).isEqualTo(404);
        assertThat(anna.post("/mitglieder/vorlagen/" + city.secretPaper + "0/anmerkungen", note("x", "")).statusCode()).isEqualTo(404);
    }

    @Test
    void a_post_without_or_with_a_wrong_csrf_token_is_refused_with_403() throws Exception {
        WebSession anna = MemberLogin.signIn(port, jdbc, city.user("anna"));
        String paper = "/mitglieder/vorlagen/" + city.publicPaper;
        anna.get(paper);
        long before = count();
        HttpResponse<String> forged = anna.post(paper + "/anmerkungen", Map.of("_csrf", "gefaelscht", "kind", "NOTE", "note", "x"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Das Formular ist abgelaufen").doesNotContain("Exception");

        for (String path : List.of(paper + "/anmerkungen", "/mitglieder/livestream", "/mitglieder/anmerkungen/1/loeschen")) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Cookie", "RIS_SESSION=" + anna.cookie("RIS_SESSION"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("kind=NOTE&note=ohne+Token&term=" + city.term + "&action=erteilen")).build();
            HttpResponse<String> missing = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).as(path).isEqualTo(403);
        }
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM stream_consent WHERE person_id = ?").param(city.anna).query(Long.class).single()).isZero();
    }

    @Test
    void markup_in_a_note_is_shown_as_text_never_as_html() {
        WebSession anna = MemberLogin.signIn(port, jdbc, city.user("anna"));
        String paper = "/mitglieder/vorlagen/" + city.publicPaper;
        anna.get(paper);
        String markup = "<script>alert('x')</script><b onmouseover=\"y()\">fett</b> & mehr\nzweite Zeile";
        assertThat(anna.post(paper + "/anmerkungen", note(markup, "")).statusCode()).isEqualTo(302);
        String page = anna.followRedirect().body();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<b onmouseover")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt;&lt;b onmouseover=\"y()\"&gt;fett&lt;/b&gt; &amp; mehr\nzweite Zeile");
        assertThat(jdbc.sql("SELECT note FROM member_annotation WHERE note LIKE '%onmouseover%'").query(String.class).single())
                .as("stored as the plain text typed").isEqualTo(markup);
    }

    @Test
    void a_highlight_marks_its_passage_in_the_paper_and_in_a_document_text() {
        WebSession erik = MemberLogin.signIn(port, jdbc, city.user("erik"));
        String paper = "/mitglieder/vorlagen/" + city.publicPaper;
        erik.get(paper);
        assertThat(erik.post(paper + "/anmerkungen", highlight("120.000   Euro & werden", "Teuer?")).statusCode()).isEqualTo(302);
        String page = erik.followRedirect().body();
        assertThat(page).contains("<mark>120.000 Euro &amp; werden</mark>").contains("Teuer?")
                .contains("<blockquote class=\"annotation-quote\">120.000 Euro &amp; werden</blockquote>");

        String document = "/mitglieder/dokumente/" + city.secretFile;
        erik.get(document);
        assertThat(erik.post(document + "/anmerkungen", highlight("bodenrichtwert liegt", "")).statusCode()).isEqualTo(302);
        assertThat(erik.followRedirect().body()).contains("Der <mark>Bodenrichtwert liegt</mark> bei 250 Euro.");
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM member_annotation").query(Long.class).single();
    }

    private static long idOf(String page, String note) {
        int at = page.indexOf(note);
        Matcher m = ANNOTATION_ID.matcher(page);
        assertThat(m.find(at)).as("edit form after the note").isTrue();
        return Long.parseLong(m.group(1));
    }

    private static Map<String, String> note(String text, String faction) {
        return Map.of("kind", "NOTE", "note", text, "faction", faction);
    }

    private static Map<String, String> highlight(String quote, String note) {
        return Map.of("kind", "HIGHLIGHT", "quote", quote, "note", note);
    }
}
