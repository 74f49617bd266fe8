package org.openris.memberarea;

import static org.assertj.core.api.Assertions.assertThat;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline list (ADR 0010) over real HTTP: it names exactly the pages and documents of the
 * member's next meetings that the member may open, nothing of other committees, and the member
 * pages name the user's own offline cache.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfflineListTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    private long userId(String name) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(city.user(name)).query(Long.class).single();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(n -> values.add(field == null ? n.asString() : n.get(field).asString()));
        return values;
    }

    @Test
    void a_member_of_the_committee_gets_its_next_meetings_with_the_non_public_paper_and_document() {
        WebSession anna = MemberLogin.signIn(port, jdbc, city.user("anna"));
        HttpResponse<String> response = anna.get("/mitglieder/offline.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode list = JSON.readTree(response.body());

        assertThat(list.get("cache").asString()).isEqualTo("ris-mitglied-" + userId("anna"));
        assertThat(texts(list.get("pages"), null)).contains("/mitglieder",
                "/mitglieder/sitzungen/" + city.meeting, "/mitglieder/sitzungen/" + city.closedMeeting,
                "/mitglieder/vorlagen/" + city.publicPaper, "/mitglieder/vorlagen/" + city.secretPaper,
                "/mitglieder/dokumente/" + city.secretFile, "/mitglieder/dokumente/" + city.invitation)
                .doesNotHaveDuplicates();
        assertThat(texts(list.get("files"), "url")).containsExactlyInAnyOrder(
                "/mitglieder/dateien/" + city.secretFile, "/mitglieder/dateien/" + city.invitation);
        assertThat(texts(list.get("files"), "version")).allSatisfy(v -> assertThat(v).matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        assertThat(response.body()).as("paths only, no titles").doesNotContain("Geheimweg").doesNotContain(city.tag);

        // every listed path opens for her, and names her cache
        for (String path : texts(list.get("pages"), null)) {
            HttpResponse<String> page = anna.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("X-RIS-Offline-Cache")).as(path).hasValue("ris-mitglied-" + userId("anna"));
        }
    }

    @Test
    void members_of_other_committees_and_former_members_get_nothing_of_the_committee() {
        for (String name : List.of("bert", "carla")) {
            WebSession member = MemberLogin.signIn(port, jdbc, city.user(name));
            String body = member.get("/mitglieder/offline.json").body();
            JsonNode list = JSON.readTree(body);
            assertThat(list.get("cache").asString()).isEqualTo("ris-mitglied-" + userId(name));
            assertThat(body).as(name)
                    .doesNotContain("/sitzungen/" + city.meeting + "\"").doesNotContain("/sitzungen/" + city.closedMeeting + "\"")
                    .doesNotContain("/vorlagen/" + city.secretPaper + "\"").doesNotContain("/" + city.secretFile + "\"");
            assertThat(member.get("/mitglieder/dateien/" + city.secretFile).statusCode()).as(name).isEqualTo(404);
        }
    }

    @Test
    void the_list_needs_a_login_and_public_pages_name_no_cache() {
        WebSession anonymous = new WebSession(port);
        HttpResponse<String> list = anonymous.get("/mitglieder/offline.json");
        assertThat(list.statusCode()).isEqualTo(302);
        assertThat(list.headers().firstValue("X-RIS-Offline-Cache")).isEmpty();
        assertThat(anonymous.get("/").headers().firstValue("X-RIS-Offline-Cache")).isEmpty();

        WebSession dora = MemberLogin.signIn(port, jdbc, city.user("dora"));
        assertThat(dora.get("/").headers().firstValue("X-RIS-Offline-Cache")).as("public pages are never stored as member copies").isEmpty();
        assertThat(dora.get("/mitglieder").headers().firstValue("X-RIS-Offline-Cache")).hasValue("ris-mitglied-" + userId("dora"));
    }
}
