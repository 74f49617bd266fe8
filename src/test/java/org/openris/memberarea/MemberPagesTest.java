package org.openris.memberarea;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.file.FileStore;
import org.openris.identity.Accounts;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The member pages over real HTTP: who sees which meeting, paper and document, that hidden answers
 * exactly like missing, the download's headers, and the audit log of non-public reads.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    FileStore store;

    MemberScenario city;

    @BeforeAll
    void city() {
        city = new MemberScenario(jdbc, accounts, store);
    }

    @Test
    void a_member_sees_the_non_public_item_paper_and_attachment_of_their_committee() {
        WebSession anna = MemberLogin.signIn(port, jdbc, city.user("anna"));

        HttpResponse<String> meeting = anna.get("/mitglieder/sitzungen/" + city.meeting);
        assertThat(meeting.statusCode()).isEqualTo(200);
        assertThat(meeting.body())
                .contains("Radweg Lindenstraße " + city.tag)
                .contains("Grundstücksangelegenheit Geheimweg " + city.tag)
                .contains("nichtöffentlich")
                .contains("href=\"/mitglieder/vorlagen/" + city.secretPaper + "\"")
                .contains("href=\"/mitglieder/dateien/" + city.secretFile + "\"")
                .contains("nachgereicht")
                .contains("action=\"/abmelden\"");
        assertThat(meeting.headers().firstValue("Cache-Control")).hasValue("no-store");

        HttpResponse<String> paper = anna.get("/mitglieder/vorlagen/" + city.secretPaper);
        assertThat(paper.statusCode()).isEqualTo(200);
        assertThat(paper.body()).contains("Verkauf Grundstück Geheimweg " + city.tag).contains("Kaufpreis vertraulich")
                .contains("Beratungsfolge").contains("Bauausschuss " + city.tag);

        HttpResponse<String> file = anna.get("/mitglieder/dateien/" + city.secretFile);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(file.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(file.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("x="));
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .isEqualTo("inline; filename=\"Gutachten _Geheimweg__Set-Cookie_ x=1 Groesse.pdf\";"
                        + " filename*=UTF-8''Gutachten%20_Geheimweg__Set-Cookie_%20x%3D1%20Gr%C3%B6%C3%9Fe.pdf")
                .doesNotContain("\r").doesNotContain("\n"));
        assertThat(file.body()).isEqualTo(new String(MemberScenario.PDF, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(anna.get("/mitglieder/dokumente/" + city.secretFile).body()).contains("Bodenrichtwert liegt bei 250 Euro");
        assertThat(anna.get("/mitglieder/sitzungen/" + city.closedMeeting).body()).contains("Personalangelegenheit " + city.tag)
                .contains("nichtöffentliche Sitzung");
    }

    @Test
    void every_read_of_a_non_public_meeting_part_paper_or_document_is_audited_and_public_reads_are_not() {
        WebSession anna = MemberLogin.signIn(port, jdbc, city.user("anna"));
        long user = userId("anna");
        anna.get("/mitglieder/sitzungen/" + city.meeting);
        anna.get("/mitglieder/sitzungen/" + city.closedMeeting);
        anna.get("/mitglieder/vorlagen/" + city.secretPaper);
        anna.get("/mitglieder/vorlagen/" + city.publicPaper);
        anna.get("/mitglieder/dateien/" + city.secretFile);
        anna.get("/mitglieder/dokumente/" + city.secretFile);

        List<String> reads = jdbc.sql("SELECT object_type || ':' || object_id || '@' || remote_addr FROM audit_log"
                + " WHERE user_id = ? AND action = 'NON_PUBLIC_READ' ORDER BY id").param(user).query(String.class).list();
        assertThat(reads).contains("agenda_item:" + city.secretItem + "@127.0.0.1", "meeting:" + city.closedMeeting + "@127.0.0.1",
                "agenda_item:" + city.closedItem + "@127.0.0.1", "paper:" + city.secretPaper + "@127.0.0.1");
        assertThat(reads.stream().filter(r -> r.startsWith("file:" + city.secretFile + "@"))).hasSize(2);
        assertThat(reads).doesNotContain("paper:" + city.publicPaper + "@127.0.0.1", "meeting:" + city.meeting + "@127.0.0.1",
                "agenda_item:" + city.publicItem + "@127.0.0.1");
    }

    @Test
    void a_member_of_another_committee_a_former_member_and_a_deputy_elsewhere_get_404_exactly_like_a_missing_object() {
        WebSession bert = MemberLogin.signIn(port, jdbc, city.user("bert"));
        WebSession carla = MemberLogin.signIn(port, jdbc, city.user("carla"));
        String missing = bert.get("/mitglieder/vorlagen/999999999").body();
        assertThat(bert.last().statusCode()).isEqualTo(404);
        assertThat(missing).contains("Seite nicht gefunden").doesNotContain("Exception");

        for (WebSession outsider : List.of(bert, carla)) {
            HttpResponse<String> meeting = outsider.get("/mitglieder/sitzungen/" + city.meeting);
            assertThat(meeting.statusCode()).as("the public part stays visible").isEqualTo(200);
            assertThat(meeting.body()).contains("Radweg Lindenstraße " + city.tag).doesNotContain("Geheimweg")
                    .doesNotContain("/mitglieder/dateien/" + city.secretFile);
            for (String path : List.of("/mitglieder/vorlagen/" + city.secretPaper, "/mitglieder/dateien/" + city.secretFile,
                    "/mitglieder/dokumente/" + city.secretFile, "/mitglieder/sitzungen/" + city.closedMeeting)) {
                HttpResponse<String> hidden = outsider.get(path);
                assertThat(hidden.statusCode()).as(path).isEqualTo(404);
                assertThat(hidden.body()).as(path).isEqualTo(missing);
            }
        }
        for (String path : List.of("/mitglieder/sitzungen/abc", "/mitglieder/vorlagen/-1", "/mitglieder/dateien/0",
                "/mitglieder/dokumente/99999999999999999999999")) {
            assertThat(bert.get(path).statusCode()).as(path).isEqualTo(404);
            assertThat(bert.last().body()).as(path).isEqualTo(missing);
        }
    }

    @Test
    void the_public_and_a_foreign_session_are_sent_to_the_login() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/mitglieder", "/mitglieder/sitzungen/" + city.meeting, "/mitglieder/vorlagen/" + city.secretPaper,
                "/mitglieder/dateien/" + city.secretFile, "/mitglieder/dokumente/" + city.secretFile)) {
            for (String cookie : new String[]{null, "RIS_SESSION=0123456789ABCDEF0123456789ABCDEF"}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
                if (cookie != null) {
                    request.header("Cookie", cookie);
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isEqualTo(302);
                assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/anmelden"));
                assertThat(response.body()).doesNotContain("Geheimweg");
            }
        }
    }

    @Test
    void ending_a_membership_takes_effect_on_the_next_request() {
        WebSession dora = MemberLogin.signIn(port, jdbc, city.user("dora"));
        assertThat(dora.get("/mitglieder/vorlagen/" + city.secretPaper).statusCode()).isEqualTo(200);
        jdbc.sql("UPDATE membership SET end_date = current_date - 1 WHERE person_id = ? AND organization_id = ?")
                .params(city.dora, city.building).update();
        assertThat(dora.get("/mitglieder/vorlagen/" + city.secretPaper).statusCode()).isEqualTo(404);
        assertThat(dora.get("/mitglieder/dateien/" + city.secretFile).statusCode()).isEqualTo(404);
    }

    private long userId(String name) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(city.user(name)).query(Long.class).single();
    }
}
