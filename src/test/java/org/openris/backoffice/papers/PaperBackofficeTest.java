package org.openris.backoffice.papers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.identity.Accounts;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Papers in the back office over HTTP: draft with German field messages, attachments (accepted and
 * refused), consultation path, release with the next number and publication in the portal, faction
 * motions and requests, the administration's statement (…-E1) and a supplement (…-E2), and 404 for
 * another department's draft.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaperBackofficeTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    Fixtures fx;
    String tag;
    long body;
    long unitA;
    long unitB;
    long faction;
    long committee;
    long council;
    long proposalType;
    long motionType;
    long requestType;
    long statementType;
    String yy;

    @BeforeAll
    void world() {
        fx = new Fixtures(jdbc);
        tag = Long.toString(System.nanoTime(), 36);
        body = fx.body("Stadt Vorlagen " + tag);
        unitA = fx.organization(body, "Amt für Straßen " + tag, "ADMINISTRATIVE_UNIT").unitCode("66").create();
        unitB = fx.organization(body, "Kämmerei " + tag, "ADMINISTRATIVE_UNIT").unitCode("20").create();
        faction = fx.organization(body, "Fraktion Grün " + tag, "FACTION").create();
        committee = fx.organization(body, "Verkehrsausschuss " + tag, "COMMITTEE").create();
        council = fx.organization(body, "Rat " + tag, "COUNCIL").create();
        proposalType = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        motionType = fx.paperType(body, "Antrag", "MOTION", true);
        requestType = fx.paperType(body, "Anfrage", "REQUEST", true);
        statementType = fx.paperType(body, "Stellungnahme der Verwaltung", "STATEMENT", true);
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, "author-a-" + tag, null), "AUTHOR", unitA);
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, "author-b-" + tag, null), "AUTHOR", unitB);
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, "faction-" + tag, null), "FACTION_OFFICE", faction);
        yy = String.format("%02d", LocalDate.now(ZoneId.of("Europe/Berlin")).getYear() % 100);
    }

    @Test
    void an_author_drafts_attaches_plans_and_releases_a_paper_that_becomes_public_with_the_next_number() {
        WebSession author = MemberLogin.signIn(port, jdbc, "author-a-" + tag);
        assertThat(author.get("/verwaltung").body()).contains("href=\"/verwaltung/vorlagen\"");
        assertThat(author.get("/verwaltung/vorlagen/neu").statusCode()).isEqualTo(200);

        // a title is missing: German message next to the field, entered text kept, nothing stored
        HttpResponse<String> invalid = author.post("/verwaltung/vorlagen/neu", form(proposalType, "", "Mein Entwurfstext " + tag, unitA));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("Bitte geben Sie einen Titel ein.").contains("aria-invalid=\"true\"")
                .contains("Mein Entwurfstext " + tag);
        assertThat(count("SELECT count(*) FROM paper WHERE body_id = ? AND text LIKE ?", body, "%Mein Entwurfstext%")).isZero();

        long first = create(author, form(proposalType, "Erste Vorlage " + tag, "Text eins", unitA));
        long id = create(author, form(proposalType, "Radweg an der Ringstraße " + tag,
                "<p onclick=\"x()\">Die Verwaltung schlägt vor<script>alert(1)</script></p><table><tr><td>1</td></tr></table>", unitA));
        String stored = jdbc.sql("SELECT text FROM paper WHERE id = ?").param(id).query(String.class).single();
        assertThat(stored).isEqualTo("<p>Die Verwaltung schlägt vor</p><table><tbody><tr><td>1</td></tr></tbody></table>");

        // attachments: a PDF is taken, empty, unknown, damaged and too big files are refused in German
        author.get("/verwaltung/vorlagen/" + id);
        assertThat(author.postFile("/verwaltung/vorlagen/" + id + "/anlagen", Map.of(), "file", "Lageplan.pdf",
                Fixtures.onePagePdf("Lageplan " + tag)).statusCode()).isEqualTo(302);
        assertRefused(author, id, "leer.pdf", new byte[0], "Die Datei ist leer.");
        assertRefused(author, id, "skript.pdf", "#!/bin/sh\necho".getBytes(), "Diese Dateiart wird nicht angenommen.");
        assertRefused(author, id, "kaputt.pdf", java.util.Arrays.copyOf(Fixtures.onePagePdf("x"), 60), "Die PDF-Datei ist beschädigt");
        byte[] big = new byte[50 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
        assertRefused(author, id, "gross.pdf", big, "Die Datei ist zu groß. Erlaubt sind höchstens 50 MB.");
        // over the request limit (60 MB) the container cannot parse the form: 413 with a German page, not "Formular abgelaufen"
        author.get("/verwaltung/vorlagen/" + id);
        HttpResponse<String> huge = author.postFile("/verwaltung/vorlagen/" + id + "/anlagen", Map.of(), "file", "riesig.pdf",
                new byte[61 * 1024 * 1024]);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("Datei zu groß").contains("höchstens 50 MB").doesNotContain("abgelaufen").doesNotContain("Exception");
        assertThat(jdbc.sql("SELECT f.mime_type || ' ' || f.file_name || ' ' || (f.text_extracted_at IS NULL) FROM paper_file pf"
                + " JOIN stored_file f ON f.id = pf.file_id WHERE pf.paper_id = ? AND pf.deleted_at IS NULL").param(id).query(String.class).list())
                .as("one attachment, type from the content, queued for text extraction").containsExactly("application/pdf Lageplan.pdf true");

        // consultation path: committee recommends, council decides (authoritative); a second authoritative step is refused
        author.get("/verwaltung/vorlagen/" + id);
        assertThat(author.post("/verwaltung/vorlagen/" + id + "/beratungsfolge", Map.of("organizationId", "" + council, "role", "DECISION",
                "authoritative", "true")).statusCode()).isEqualTo(302);
        assertThat(author.post("/verwaltung/vorlagen/" + id + "/beratungsfolge", Map.of("organizationId", "" + committee,
                "role", "RECOMMENDATION")).statusCode()).isEqualTo(302);
        HttpResponse<String> second = author.post("/verwaltung/vorlagen/" + id + "/beratungsfolge", Map.of("organizationId", "" + committee,
                "role", "DECISION", "authoritative", "true"));
        assertThat(second.statusCode()).isEqualTo(422);
        assertThat(second.body()).contains("Es gibt bereits ein federführendes Gremium.");
        long committeeStep = jdbc.sql("SELECT id FROM consultation WHERE paper_id = ? AND organization_id = ? AND deleted_at IS NULL")
                .params(id, committee).query(Long.class).single();
        assertThat(author.post("/verwaltung/vorlagen/" + id + "/beratungsfolge/" + committeeStep, Map.of("action", "hoch")).statusCode())
                .isEqualTo(302);
        assertThat(path(id)).containsExactly(committee + ":RECOMMENDATION:false", council + ":DECISION:true");

        // another department's author: the draft does not exist for them
        WebSession other = MemberLogin.signIn(port, jdbc, "author-b-" + tag);
        assertThat(other.get("/verwaltung/vorlagen/" + id).statusCode()).isEqualTo(404);
        assertThat(other.get("/verwaltung/vorlagen").body()).doesNotContain("Radweg an der Ringstraße " + tag);
        other.get("/verwaltung/vorlagen");
        assertThat(other.post("/verwaltung/vorlagen/" + id + "/freigabe", Map.of()).statusCode()).isEqualTo(404);
        assertThat(new WebSession(port).get("/vorlagen/id/" + id).statusCode()).isEqualTo(404);

        // release: the first gets the next number of the body, the second the one after, both public (type rule), title frozen
        int next = jdbc.sql("SELECT coalesce(max(serial), 0) + 1 FROM paper WHERE body_id = ?").param(body).query(Integer.class).single();
        author.get("/verwaltung/vorlagen/" + first);
        assertThat(author.post("/verwaltung/vorlagen/" + first + "/freigabe", Map.of()).statusCode()).isEqualTo(302);
        author.get("/verwaltung/vorlagen/" + id);
        assertThat(author.post("/verwaltung/vorlagen/" + id + "/freigabe", Map.of()).statusCode()).isEqualTo(302);
        assertThat(reference(first)).isEqualTo(String.format("%05d-", next) + yy);
        assertThat(reference(id)).isEqualTo(String.format("%05d-", next + 1) + yy);
        HttpResponse<String> edited = author.post("/verwaltung/vorlagen/" + id, form(proposalType, "Geändert " + tag, "neu", unitA));
        assertThat(edited.statusCode()).isEqualTo(422);
        assertThat(edited.body()).contains("bereits freigegeben");
        assertThat(jdbc.sql("SELECT name FROM paper WHERE id = ?").param(id).query(String.class).single()).startsWith("Radweg");

        HttpResponse<String> portal = new WebSession(port).get("/vorlagen/" + reference(id) + "?koerperschaft=" + body);
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.body()).contains("Radweg an der Ringstraße " + tag).contains("Lageplan").contains("Verkehrsausschuss " + tag);

        HttpResponse<String> page = author.get("/verwaltung/vorlagen/" + id);
        assertThat(page.body()).contains("Änderungsverlauf").contains("Freigegeben als " + reference(id)).contains("Anlage hochgeladen: Lageplan.pdf");
        assertThat(jdbc.sql("SELECT action FROM change_log WHERE object_type = 'paper' AND object_id = ? ORDER BY id").param(id)
                .query(String.class).list()).containsExactly("CREATED", "ATTACHED", "CONSULTATION_ADDED", "CONSULTATION_ADDED",
                "CONSULTATION_MOVED", "RELEASED");
    }

    @Test
    void a_faction_office_submits_a_motion_and_a_request_and_an_author_answers_the_request_with_a_statement() {
        WebSession office = MemberLogin.signIn(port, jdbc, "faction-" + tag);
        office.get("/verwaltung/vorlagen/neu");
        Map<String, String> wrongType = form(proposalType, "Beschlussvorlage der Fraktion " + tag, "Text", null);
        wrongType.put("originatorFactionIds", "" + faction);
        HttpResponse<String> refused = office.post("/verwaltung/vorlagen/neu", wrongType);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Fraktionen reichen Anträge, Anfragen und Vorschläge zur Tagesordnung ein.");

        Map<String, String> motion = form(motionType, "Antrag: Tempo 30 vor Schulen " + tag, "Der Rat möge beschließen …", null);
        motion.put("originatorFactionIds", "" + faction);
        long motionId = create(office, motion);
        assertThat(office.post("/verwaltung/vorlagen/" + motionId + "/freigabe", Map.of()).statusCode()).isEqualTo(302);
        assertThat(reference(motionId)).matches("[0-9]{5}-" + yy);
        assertThat(jdbc.sql("SELECT organization_id FROM paper_originator WHERE paper_id = ?").param(motionId).query(Long.class).list())
                .containsExactly(faction);

        Map<String, String> request = form(requestType, "Anfrage: Zustand der Brücken " + tag, "Wie ist der Zustand der Brücken?", null);
        request.put("originatorFactionIds", "" + faction);
        request.put("underDirectionOfId", "" + unitA);
        long requestId = create(office, request);
        office.post("/verwaltung/vorlagen/" + requestId + "/freigabe", Map.of());
        String requestReference = reference(requestId);

        WebSession author = MemberLogin.signIn(port, jdbc, "author-a-" + tag);
        assertThat(author.get("/verwaltung/vorlagen/" + requestId).body()).contains("Stellungnahme der Verwaltung anlegen");
        HttpResponse<String> answer = author.post("/verwaltung/vorlagen/" + requestId + "/stellungnahme", Map.of());
        assertThat(answer.statusCode()).isEqualTo(302);
        long statementId = Long.parseLong(answer.headers().firstValue("Location").orElseThrow().replaceAll(".*/vorlagen/([0-9]+).*", "$1"));
        assertThat(jdbc.sql("SELECT paper_type_id FROM paper WHERE id = ? AND superordinated_paper_id = ?").params(statementId, requestId)
                .query(Long.class).single()).isEqualTo(statementType);
        assertThat(count("SELECT count(*) FROM paper_related WHERE paper_id = ? AND related_paper_id = ?", statementId, requestId)).isOne();
        author.get("/verwaltung/vorlagen/" + statementId);
        assertThat(author.post("/verwaltung/vorlagen/" + statementId, form(statementType, "Stellungnahme zur Brückenanfrage " + tag,
                "Die Brücken sind in gutem Zustand.", unitA)).statusCode()).isEqualTo(302);
        assertThat(author.post("/verwaltung/vorlagen/" + statementId + "/freigabe", Map.of()).statusCode()).isEqualTo(302);
        assertThat(reference(statementId)).isEqualTo(requestReference + "-E1");
        String requestPage = office.get("/verwaltung/vorlagen/" + requestId).body();
        assertThat(requestPage.split("href=\"/verwaltung/vorlagen/" + statementId + "\"", -1)).as("the statement is listed once").hasSize(2);

        // the faction supplements its request: the next subordinated number
        office.get("/verwaltung/vorlagen/" + requestId);
        HttpResponse<String> supplement = office.post("/verwaltung/vorlagen/" + requestId + "/ergaenzung", Map.of());
        assertThat(supplement.statusCode()).isEqualTo(302);
        long supplementId = Long.parseLong(supplement.headers().firstValue("Location").orElseThrow().replaceAll(".*/vorlagen/([0-9]+).*", "$1"));
        office.get("/verwaltung/vorlagen/" + supplementId);
        Map<String, String> text = form(requestType, "Ergänzung zur Brückenanfrage " + tag, "Auch die Fußgängerbrücken, bitte.", null);
        text.put("originatorFactionIds", "" + faction);
        assertThat(office.post("/verwaltung/vorlagen/" + supplementId, text).statusCode()).isEqualTo(302);
        assertThat(office.post("/verwaltung/vorlagen/" + supplementId + "/freigabe", Map.of()).statusCode()).isEqualTo(302);
        assertThat(reference(supplementId)).isEqualTo(requestReference + "-E2");
        assertThat(new WebSession(port).get("/vorlagen/" + requestReference + "-E1?koerperschaft=" + body).body())
                .contains("Stellungnahme zur Brückenanfrage " + tag);
    }

    @Test
    void the_author_chooses_the_main_document_and_an_originator_withdraws_a_motion_which_stays_on_record() {
        WebSession author = MemberLogin.signIn(port, jdbc, "author-a-" + tag);
        long id = create(author, form(proposalType, "Sanierung Stadtbad " + tag, "Text", unitA));
        author.get("/verwaltung/vorlagen/" + id);
        author.postFile("/verwaltung/vorlagen/" + id + "/anlagen", Map.of(), "file", "Anschreiben.pdf", Fixtures.onePagePdf("Anschreiben " + tag));
        author.get("/verwaltung/vorlagen/" + id);
        author.postFile("/verwaltung/vorlagen/" + id + "/anlagen", Map.of(), "file", "Vorlage.pdf", Fixtures.onePagePdf("Vorlage " + tag));
        assertThat(roles(id)).as("the first document is the main one").containsExactly("Anschreiben.pdf MAIN", "Vorlage.pdf AUXILIARY");
        long second = jdbc.sql("SELECT f.id FROM paper_file pf JOIN stored_file f ON f.id = pf.file_id WHERE pf.paper_id = ? AND f.file_name = 'Vorlage.pdf'")
                .param(id).query(Long.class).single();
        author.get("/verwaltung/vorlagen/" + id);
        assertThat(author.post("/verwaltung/vorlagen/" + id + "/anlagen/" + second + "/hauptdokument", Map.of()).statusCode()).isEqualTo(302);
        assertThat(roles(id)).containsExactly("Anschreiben.pdf AUXILIARY", "Vorlage.pdf MAIN");
        assertThat(count("SELECT count(*) FROM change_log WHERE object_type = 'paper' AND object_id = ? AND action = 'MAIN_DOCUMENT'", id)).isOne();

        // a motion of the faction: another department may not withdraw it, its office may (after confirming)
        WebSession office = MemberLogin.signIn(port, jdbc, "faction-" + tag);
        Map<String, String> motion = form(motionType, "Antrag: Trinkbrunnen in der Innenstadt " + tag, "Der Rat möge beschließen …", null);
        motion.put("originatorFactionIds", "" + faction);
        long motionId = create(office, motion);
        office.post("/verwaltung/vorlagen/" + motionId + "/freigabe", Map.of());
        String reference = reference(motionId);
        long consultation = fx.consultation(motionId, committee, null, null, 0, "DECISION", true, null);
        assertThat(office.get("/verwaltung/vorlagen/" + motionId).body()).contains("Vorlage zurückziehen");
        HttpResponse<String> unconfirmed = office.post("/verwaltung/vorlagen/" + motionId + "/zurueckziehen", Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(422);
        assertThat(unconfirmed.body()).contains("Bitte bestätigen Sie, dass Sie die Vorlage zurückziehen möchten.");
        WebSession otherAuthor = MemberLogin.signIn(port, jdbc, "author-b-" + tag);
        HttpResponse<String> foreign = otherAuthor.get("/verwaltung/vorlagen/" + motionId);
        if (foreign.statusCode() == 200) {
            assertThat(foreign.body()).doesNotContain("Vorlage zurückziehen");
            assertThat(otherAuthor.post("/verwaltung/vorlagen/" + motionId + "/zurueckziehen", Map.of("confirm", "true")).body())
                    .contains("Zurückziehen können nur die einbringende Stelle");
        } else {
            assertThat(foreign.statusCode()).isEqualTo(404);
        }
        assertThat(state(motionId)).isEqualTo("RELEASED");
        office.get("/verwaltung/vorlagen/" + motionId);
        assertThat(office.post("/verwaltung/vorlagen/" + motionId + "/zurueckziehen", Map.of("confirm", "true")).statusCode()).isEqualTo(302);
        assertThat(state(motionId)).isEqualTo("WITHDRAWN");
        assertThat(count("SELECT count(*) FROM change_log WHERE object_type = 'paper' AND object_id = ? AND action = 'WITHDRAWN'", motionId)).isOne();
        assertThat(office.post("/verwaltung/vorlagen/" + motionId + "/zurueckziehen", Map.of("confirm", "true")).body())
                .contains("Nur eine freigegebene Vorlage kann zurückgezogen werden.");
        WebSession citizen = new WebSession(port);
        assertThat(citizen.get("/vorlagen/" + reference + "?koerperschaft=" + body).statusCode()).as("withdrawn = no longer public").isEqualTo(404);
        assertThat(citizen.get("/antraege").body()).doesNotContain("Trinkbrunnen in der Innenstadt " + tag);
        assertThat(office.get("/verwaltung/vorlagen/" + motionId).body()).contains("Diese Vorlage wurde zurückgezogen.");
        assertThat(jdbc.sql("SELECT agenda_item_id IS NULL FROM consultation WHERE id = ?").param(consultation).query(Boolean.class).single()).isTrue();

        // a decided paper cannot be withdrawn any more
        Map<String, String> decided = form(motionType, "Antrag: Bänke am Ufer " + tag, "Der Rat möge beschließen …", null);
        decided.put("originatorFactionIds", "" + faction);
        long decidedId = create(office, decided);
        office.post("/verwaltung/vorlagen/" + decidedId + "/freigabe", Map.of());
        fx.consultation(decidedId, council, null, null, 0, "DECISION", true, "ADOPTED");
        office.get("/verwaltung/vorlagen/" + decidedId);
        assertThat(office.post("/verwaltung/vorlagen/" + decidedId + "/zurueckziehen", Map.of("confirm", "true")).body())
                .contains("Über die Vorlage wurde bereits entschieden");
        assertThat(state(decidedId)).isEqualTo("RELEASED");
    }

    private List<String> roles(long paper) {
        return jdbc.sql("SELECT f.file_name || ' ' || pf.role FROM paper_file pf JOIN stored_file f ON f.id = pf.file_id"
                + " WHERE pf.paper_id = ? AND pf.deleted_at IS NULL ORDER BY pf.position").param(paper).query(String.class).list();
    }

    private String state(long paper) {
        return jdbc.sql("SELECT state FROM paper WHERE id = ?").param(paper).query(String.class).single();
    }

    private Map<String, String> form(long type, String name, String text, Long unit) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("paperTypeId", "" + type);
        form.put("name", name);
        form.put("text", text);
        if (unit != null) {
            form.put("originatorUnitId", "" + unit);
            form.put("underDirectionOfId", "" + unit);
        }
        return form;
    }

    private long create(WebSession web, Map<String, String> form) {
        web.get("/verwaltung/vorlagen/neu");
        HttpResponse<String> created = web.post("/verwaltung/vorlagen/neu", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("hinweis=created");
        return Long.parseLong(location.replaceAll(".*/vorlagen/([0-9]+).*", "$1"));
    }

    private void assertRefused(WebSession web, long id, String name, byte[] content, String message) {
        web.get("/verwaltung/vorlagen/" + id);
        HttpResponse<String> answer = web.postFile("/verwaltung/vorlagen/" + id + "/anlagen", Map.of(), "file", name, content);
        assertThat(answer.statusCode()).as(name).isEqualTo(422);
        assertThat(answer.body()).as(name).contains(message).doesNotContain("Exception");
    }

    private List<String> path(long id) {
        return jdbc.sql("SELECT organization_id || ':' || role || ':' || authoritative FROM consultation WHERE paper_id = ?"
                + " AND deleted_at IS NULL ORDER BY position").param(id).query(String.class).list();
    }

    private String reference(long id) {
        return jdbc.sql("SELECT reference FROM paper WHERE id = ?").param(id).query(String.class).single();
    }

    private long count(String sql, Object... args) {
        var spec = jdbc.sql(sql);
        for (Object arg : args) {
            spec = spec.param(arg);
        }
        return spec.query(Long.class).single();
    }
}
