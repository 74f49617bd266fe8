package org.openris.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.file.FileStore;
import org.openris.identity.Accounts;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.Seeds;
import org.openris.testsupport.SwitchableVisibilityRules;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cached portal pages (ADR 0022) are served only while nothing they show can have changed: a write
 * to published data, a switched-off rule or a signed-in visitor each get a freshly rendered page.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalPageCacheTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileStore store;
    @Autowired
    Accounts accounts;
    @Autowired
    PortalPageCache cache;

    private final HttpClient http = HttpClient.newHttpClient();
    private PortalScene scene;

    @BeforeAll
    void scene() throws Exception {
        scene = new PortalScene(new Fixtures(jdbc), store, Seeds.seed("PortalPageCacheTest"));
    }

    @AfterEach
    void rules() {
        SwitchableVisibilityRules.restore();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_second_anonymous_request_is_served_from_the_cache_with_the_same_page_and_headers() throws Exception {
        String path = "/sitzungen/" + scene.pastMeeting;
        HttpResponse<String> first = get(path);
        long hits = cache.hits.get();
        HttpResponse<String> second = get(path);
        assertThat(cache.hits.get()).as("served from the cache").isEqualTo(hits + 1);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body()).contains("Radwegenetz Nord");
        assertThat(second.headers().firstValue("Content-Security-Policy")).as("security headers on cached answers too")
                .isEqualTo(first.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(second.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(second.headers().firstValue("Content-Language")).isEqualTo(first.headers().firstValue("Content-Language"));
    }

    @Test
    void a_write_to_published_data_ends_every_cached_page_so_a_hidden_item_is_gone_at_once() throws Exception {
        String path = "/sitzungen/" + scene.pastMeeting;
        get(path);
        assertThat(get(path).body()).contains("Radwegenetz Nord");
        long item = jdbc.sql("SELECT id FROM agenda_item WHERE meeting_id = ? AND name = 'Radwegenetz Nord'").param(scene.pastMeeting)
                .query(Long.class).single();
        try {
            jdbc.sql("UPDATE agenda_item SET public = FALSE WHERE id = ?").param(item).update();
            long hits = cache.hits.get();
            assertThat(get(path).body()).doesNotContain("Radwegenetz Nord");
            assertThat(cache.hits.get()).as("rendered afresh").isEqualTo(hits);
        } finally {
            jdbc.sql("UPDATE agenda_item SET public = TRUE WHERE id = ?").param(item).update();
        }
    }

    @Test
    void a_switched_off_rule_never_meets_a_page_cached_under_the_old_rules() throws Exception {
        String path = "/sitzungen/" + scene.pastMeeting;
        get(path);
        assertThat(get(path).body()).doesNotContain("Vertrauliche Grundstückssache geheimnis");
        SwitchableVisibilityRules.switchOff("agendaItem");
        assertThat(get(path).body()).as("the non-public item shows: the page was rendered under the switched rules")
                .contains("Vertrauliche Grundstückssache geheimnis");
    }

    @Test
    void signed_in_visitors_and_other_addresses_are_never_served_from_or_stored_in_the_cache() throws Exception {
        String path = "/vorlagen/" + scene.reference;
        get(path);
        get(path);
        long hits = cache.hits.get();
        long stores = cache.stores.get();
        String user = "cache-" + scene.tag;
        MemberLogin.enrolledAccount(accounts, jdbc, user, null);
        WebSession member = MemberLogin.signIn(port, jdbc, user);
        assertThat(member.get(path).body()).contains("Radwegenetz Nord");
        assertThat(cache.hits.get()).as("a visitor with a session is always served afresh").isEqualTo(hits);
        assertThat(cache.stores.get()).isEqualTo(stores);

        long before = cache.stores.get();
        get("/suche?q=Radwegenetz");
        get("/vorlagen/" + scene.hiddenReference);
        assertThat(cache.stores.get()).as("search and 404 answers are not kept").isEqualTo(before);
    }
}
