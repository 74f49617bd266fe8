package org.openris.oparl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.demo.MusterstadtDemo;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client's crawl: start at the system and follow only URLs the API hands out (breadth-first),
 * as a real consumer would. Everything reached must answer, nothing may be served twice in a
 * list, everything public must be reachable and nothing hidden may show up (the demo city is
 * generated with every non-public text marked {@code NOEFF}).
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OparlCrawlerTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MusterstadtDemo demo;

    private long bodyId;
    private OparlClient client;
    private Crawl crawl;

    @BeforeAll
    void crawlTheDemoCity() {
        bodyId = OparlDemoCity.body(demo, jdbc);
        client = new OparlClient(port);
        crawl = new Crawl(client, bodyId, "noeff");
        crawl.run();
    }

    /** One breadth-first crawl from the system, limited to one body of the shared test database. */
    static final class Crawl {
        private final OparlClient client;
        private final long bodyId;
        final List<String> failures = new ArrayList<>();
        final List<String> notCanonical = new ArrayList<>();
        final List<String> repeated = new ArrayList<>();
        final List<String> leaks = new ArrayList<>();
        /** Every object id seen anywhere: list entries, own URLs and embedded objects, by type. */
        final Map<String, Set<Long>> reached = new TreeMap<>();
        private final Map<String, String> fileMimeTypes = new HashMap<>();
        /** {@code web} links (portal pages) by object type. */
        final Map<String, Set<String>> webLinks = new TreeMap<>();
        int requests;
        int objectsFetched;
        int listPages;
        int fileRequests;
        private final Set<String> skipped = new TreeSet<>();
        private final Map<String, Set<String>> referrers = new HashMap<>();
        private final Map<String, String> failed = new java.util.LinkedHashMap<>();

        /** Lower-case marker of hidden texts that no response may contain. */
        private final String marker;

        Crawl(OparlClient client, long bodyId, String marker) {
            this.client = client;
            this.bodyId = bodyId;
            this.marker = marker;
        }

        void run() {
            int requestsBefore = client.requests;
            Deque<String> queue = new ArrayDeque<>();
            Set<String> visited = new LinkedHashSet<>();
            Map<String, Set<String>> listEntries = new HashMap<>();
            queue.add(client.base + "/system");
            visited.add(client.base + "/system");
            while (!queue.isEmpty()) {
                String url = queue.poll();
                if (url.endsWith("/access") || url.endsWith("/download")) {
                    file(url);
                    continue;
                }
                OparlClient.Response response = client.get(url);
                String contentType = response.header("Content-Type").orElse("");
                if (response.status() != 200 || !contentType.startsWith("application/json")) {
                    failed.put(url, response.describe());
                    continue;
                }
                if (response.text().toLowerCase(Locale.ROOT).contains(marker)) {
                    leaks.add(url + ": " + excerpt(response.text(), marker));
                }
                JsonNode json = response.json();
                if (json.has("data") && json.has("links")) {
                    listPages++;
                    String list = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
                    Set<String> seen = listEntries.computeIfAbsent(list, k -> new LinkedHashSet<>());
                    for (JsonNode entry : json.path("data").values()) {
                        if (!seen.add(entry.path("id").asString(""))) {
                            repeated.add(list + " lists " + entry.path("id").asString("") + " twice (page " + url + ")");
                        }
                    }
                } else {
                    objectsFetched++;
                    if (!json.path("id").asString("").equals(url)) {
                        notCanonical.add(url + " answers with id " + json.get("id"));
                    }
                }
                if (url.equals(client.base + "/body")) {
                    json = ourBodyOnly(json); // the system's body list embeds every body of the shared test database
                }
                String from = url;
                collect(json, "", false, (found, path) -> {
                    Set<String> by = referrers.computeIfAbsent(found, k -> new LinkedHashSet<>());
                    if (by.size() < 4) {
                        by.add(from + "#" + path);
                    }
                    if (inScope(found) && visited.add(found)) {
                        queue.add(found);
                    }
                });
            }
            failed.forEach((url, answer) -> failures.add(answer + " — referenced at " + referrers.get(url)));
            requests = client.requests - requestsBefore;
            System.out.printf("OparlCrawlerTest: body %d, %d requests: %d objects at their own URL, %d list pages, %d file requests,"
                            + " %d URLs of other bodies left out; objects reached per type %s%n", bodyId, requests, objectsFetched,
                    listPages, fileRequests, skipped.size(), reached.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size()).toList());
        }

        private JsonNode ourBodyOnly(JsonNode bodies) {
            ObjectNode copy = ((ObjectNode) bodies).deepCopy();
            ArrayNode data = copy.putArray("data");
            for (JsonNode body : bodies.path("data").values()) {
                if (body.path("id").asString("").equals(client.base + "/body/" + bodyId)) {
                    data.add(body);
                } else {
                    skipped.add(body.path("id").asString(""));
                }
            }
            return copy;
        }

        /** Only our body of the (shared) database is crawled: its lists and objects, not those of other tests' bodies. */
        private boolean inScope(String url) {
            String prefix = client.base + "/body/";
            if (url.startsWith(prefix)) {
                String rest = url.substring(prefix.length());
                String id = rest.split("[/?]", 2)[0];
                if (!id.equals(String.valueOf(bodyId))) {
                    skipped.add(url);
                    return false;
                }
            }
            return true;
        }

        private void file(String url) {
            fileRequests++;
            OparlClient.Response response = client.get(url);
            String expected = fileMimeTypes.get(url);
            String contentType = response.header("Content-Type").orElse("");
            if (response.status() != 200 || expected == null || !contentType.startsWith(expected) || response.body().length == 0) {
                failed.put(url, url + " (File.mimeType " + expected + ") -> " + response.status() + " " + contentType + ", "
                        + response.body().length + " bytes");
            }
            String disposition = response.header("Content-Disposition").orElse("");
            String content = new String(response.body(), StandardCharsets.ISO_8859_1);
            if ((disposition + content).toLowerCase(Locale.ROOT).contains(marker)) {
                leaks.add(url + ": file content or name carries a hidden marker: " + disposition);
            }
        }

        /** Walks a response: records reached objects and file types, hands every URL of this API to {@code sink}. */
        private void collect(JsonNode node, String path, boolean inGeojson, BiConsumer<String, String> sink) {
            if (node.isObject()) {
                String type = OparlClient.typeName(node);
                if (!inGeojson && OparlShape.TYPES.contains(type) && node.path("id").isString() && !type.equals("System")) {
                    reached.computeIfAbsent(type, k -> new TreeSet<>()).add(OparlClient.idOf(node));
                }
                if (!inGeojson && node.path("web").isString()) {
                    webLinks.computeIfAbsent(type, k -> new TreeSet<>()).add(node.path("web").stringValue());
                }
                if (type.equals("File")) {
                    for (String link : List.of("accessUrl", "downloadUrl")) {
                        if (node.path(link).isString()) {
                            fileMimeTypes.put(node.path(link).stringValue(), node.path("mimeType").asString("application/octet-stream"));
                        }
                    }
                }
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    collect(property.getValue(), path + "/" + property.getKey(), inGeojson || property.getKey().equals("geojson"), sink);
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    collect(node.get(i), path + "/" + i, inGeojson, sink);
                }
            } else if (node.isString() && node.stringValue().startsWith(client.base)) {
                sink.accept(node.stringValue(), path);
            }
        }

        private static String excerpt(String text, String marker) {
            int at = text.toLowerCase(Locale.ROOT).indexOf(marker);
            return text.substring(Math.max(0, at - 200), Math.min(text.length(), at + 200));
        }
    }

    @Test
    void web_links_lead_to_the_portal_page_of_the_object() {
        assertThat(crawl.webLinks.keySet()).as("types with a portal page").contains("Body", "Organization", "Person", "Meeting", "Paper", "File");
        java.util.Random random = new java.util.Random(org.openris.testsupport.Seeds.seed("OparlCrawlerTest.web"));
        String site = client.base.substring(0, client.base.indexOf("/oparl/v1"));
        for (Map.Entry<String, Set<String>> links : crawl.webLinks.entrySet()) {
            List<String> sample = new ArrayList<>(links.getValue());
            java.util.Collections.shuffle(sample, random);
            for (String web : sample.subList(0, Math.min(10, sample.size()))) {
                assertThat(web).as(links.getKey()).startsWith(site + "/");
                OparlClient.Response page = client.get(web);
                String contentType = page.header("Content-Type").orElse("");
                assertThat(page.status()).as(page.describe()).isEqualTo(200);
                assertThat(contentType).as(web).startsWith(links.getKey().equals("File") ? "application/pdf" : "text/html");
                assertThat(page.text().toLowerCase(Locale.ROOT)).as(web).doesNotContain("noeff");
            }
        }
    }

    @Test
    void every_url_handed_out_answers_200_with_json_or_with_the_file_in_its_mime_type() {
        assertThat(crawl.requests).isGreaterThan(200);
        assertThat(crawl.fileRequests).as("file URLs reached").isPositive();
        assertThat(crawl.failures).isEmpty();
    }

    @Test
    void every_object_url_answers_with_the_object_of_that_id() {
        assertThat(crawl.objectsFetched).isGreaterThan(100);
        assertThat(crawl.notCanonical).isEmpty();
    }

    @Test
    void no_list_serves_the_same_object_twice() {
        assertThat(crawl.listPages).isGreaterThan(10);
        assertThat(crawl.repeated).isEmpty();
    }

    @Test
    void every_public_paper_meeting_and_organization_is_reached_and_no_hidden_one() {
        assertThat(crawl.reached.getOrDefault("Paper", Set.of())).as("papers reached").containsExactlyInAnyOrderElementsOf(ids(
                "SELECT id FROM paper WHERE body_id = ? AND public AND state = 'RELEASED' AND deleted_at IS NULL"));
        assertThat(crawl.reached.getOrDefault("Meeting", Set.of())).as("meetings reached").containsExactlyInAnyOrderElementsOf(ids(
                "SELECT id FROM meeting WHERE body_id = ? AND released AND public AND deleted_at IS NULL"));
        assertThat(crawl.reached.getOrDefault("Organization", Set.of())).as("organizations reached").containsExactlyInAnyOrderElementsOf(ids(
                "SELECT id FROM organization WHERE body_id = ? AND public AND deleted_at IS NULL"));
        assertThat(crawl.reached.getOrDefault("AgendaItem", Set.of())).as("agenda items reached").containsExactlyInAnyOrderElementsOf(ids(
                "SELECT a.id FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id WHERE m.body_id = ? AND a.public"
                        + " AND a.deleted_at IS NULL AND m.released AND m.public AND m.deleted_at IS NULL"));
    }

    private List<Long> ids(String sql) {
        List<Long> ids = jdbc.sql(sql).param(bodyId).query(Long.class).list();
        assertThat(ids).as("the demo city has some: %s", sql).isNotEmpty();
        return ids;
    }

    @Test
    void the_hidden_content_of_the_city_is_there_but_no_response_shows_it() {
        long marked = jdbc.sql("SELECT count(*) FROM paper WHERE body_id = ? AND name ILIKE '%noeff%'").param(bodyId).query(Long.class).single()
                + jdbc.sql("SELECT count(*) FROM stored_file WHERE body_id = ? AND name ILIKE '%noeff%'").param(bodyId).query(Long.class).single();
        assertThat(marked).as("hidden papers and files in the city").isPositive();
        assertThat(crawl.leaks).isEmpty();
    }

    @Test
    void references_to_organizations_that_are_not_yet_public_do_not_dangle() {
        Fixtures fx = new Fixtures(jdbc);
        long body = fx.body("Stadt Randfälle " + System.nanoTime());
        long term = fx.term(body, "Wahlperiode 2020–2025", LocalDate.of(2020, 11, 1), LocalDate.of(2025, 10, 31));
        long committee = fx.organization(body, "Hauptausschuss", "COMMITTEE").create();
        // a new organization stays hidden until configured, but its meetings and consultations may already be public;
        // its marker is not NOEFF: the visibility sweep would then report the portal's use of these names (same cause)
        long newCommittee = fx.organization(body, "VERDECKT-org Neuer Ausschuss", "COMMITTEE").nonPublic().create();
        long newFaction = fx.organization(body, "VERDECKT-org Fraktion im Aufbau", "FACTION").nonPublic().create();
        long person = fx.person(body, "Muster").given("Max").create();
        fx.membership(person, committee, LocalDate.of(2021, 1, 1)).citizenMember(newFaction).create();
        long meeting = fx.meeting(body, newCommittee, term, Fixtures.berlin(LocalDate.of(2024, 3, 5), LocalTime.of(16, 0)))
                .numbered(1, "1. Sitzung").create();
        fx.agendaItem(meeting, "1", "Eröffnung").position(0, 0).create();
        long type = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        long paper = fx.paper(body, type, "Vorlage").released("00001-24", LocalDate.of(2024, 3, 5)).create();
        fx.consultation(paper, newCommittee, null, null, 0, "DECISION", true, null);

        Crawl edges = new Crawl(client, body, "verdeckt");
        edges.run();
        assertThat(edges.reached.getOrDefault("Paper", Set.of())).contains(paper);
        assertThat(edges.reached.getOrDefault("Person", Set.of())).contains(person);
        assertThat(edges.failures).as("every URL handed out answers").isEmpty();
        assertThat(edges.leaks).isEmpty();
    }
}
