package org.openris.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openris.file.FileStore;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search never reveals non-public content: marker words placed only in hidden papers, drafts, items,
 * meetings, minutes, attachments, organizations and persons' private data appear in no hit, total,
 * facet, snippet or page — probed with the markers themselves and with the public words around
 * them. Then content is hidden after it was indexed, and must vanish from hits and counts: at once
 * when a search meets it (re-check through the gate), and through the sync otherwise.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchLeakTest {

    private static final List<String> NEIGHBOUR_WORDS = List.of("Kalkulation", "Personalangelegenheit", "Grundstücksankauf", "Kaufpreis",
            "Klausurtagung", "Vermerk", "Nichtöffentlich", "Vorab", "Entwurf", "Fraktion", "Suchmann", "Petra", "Otto", "Lebenslauf",
            "Beschluss", "Aussprache", "example", "0221", "Bericht", "Radweg", "Sitzung", "Ausschuss");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileStore store;
    @Autowired
    SearchJobs jobs;
    @Autowired
    IndexSync sync;
    @Autowired
    PortalSearch search;
    @Autowired
    SearchIndex index;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private SearchWorld world;

    @BeforeAll
    void buildAndIndex() {
        world = new SearchWorld(jdbc, store, "B", 86420);
        jobs.runNow();
    }

    @Test
    @Order(0)
    void the_index_itself_holds_no_marker() {
        // before any search runs (a search would remove what the gate refuses): the index content alone
        for (String marker : SearchWorld.MARKERS) {
            try (var session = index.session()) {
                long count = session.search(SearchDocument.class).where(f -> f.simpleQueryString()
                        .fields(SearchDocument.TITLE, SearchDocument.TEXT, SearchDocument.FILE_TEXT, SearchDocument.NAMES)
                        .matching(marker)).fetchTotalHitCount();
                assertThat(count).as(marker).isZero();
                List<String> facetValues = session.search(SearchDocument.class).select(f -> f.field("originators", String.class).multi())
                        .where(f -> f.matchAll()).fetchAllHits().stream().flatMap(List::stream).toList();
                assertThat(facetValues).as(marker).noneMatch(v -> v.toLowerCase(Locale.ROOT).contains(marker));
            }
        }
        // positive control: the same probe sees public words
        try (var session = index.session()) {
            assertThat(session.search(SearchDocument.class).where(f -> f.simpleQueryString().fields(SearchDocument.TITLE)
                    .matching("Fahrradweg")).fetchTotalHitCount()).isPositive();
        }
    }

    @Test
    @Order(1)
    void no_marker_is_found_counted_or_shown_when_searched_for() throws Exception {
        String baseline = page("nichtsdergleichen");
        for (String marker : SearchWorld.MARKERS) {
            SearchResult result = search.search(SearchRequest.of(marker));
            assertThat(result.total()).as(marker).isZero();
            assertThat(result.hits()).as(marker).isEmpty();
            assertNoMarker(result, marker);
            // the page differs from one for a word that exists nowhere only by the echoed query
            assertThat(page(marker).replace(marker, "nichtsdergleichen")).as(marker).isEqualTo(baseline);
            assertThat(get("/suche?q=" + marker.toUpperCase(Locale.ROOT).substring(0, 6) + "*").body().toLowerCase(Locale.ROOT))
                    .as(marker + " prefix").doesNotContain(marker);
        }
    }

    @Test
    @Order(2)
    void no_marker_appears_around_the_public_words_next_to_hidden_content() throws Exception {
        List<String> queries = new ArrayList<>(NEIGHBOUR_WORDS);
        Random random = new Random(Seeds.seed("SearchLeakTest"));
        for (int i = 0; i < 10; i++) {
            queries.add(NEIGHBOUR_WORDS.get(random.nextInt(NEIGHBOUR_WORDS.size())) + " | " + NEIGHBOUR_WORDS.get(random.nextInt(NEIGHBOUR_WORDS.size())));
        }
        queries.add("");
        for (String query : queries) {
            for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
                SearchResult result = search.search(new SearchRequest(query, null, null, null, null, null, null, sort, null, 1, 50));
                for (String marker : SearchWorld.MARKERS) {
                    assertNoMarker(result, marker);
                }
                SearchResult inWorld = search.search(new SearchRequest(query, null, world.committeeName, null, null, null, null, sort, null, 1, 50));
                for (String marker : SearchWorld.MARKERS) {
                    assertNoMarker(inWorld, marker);
                }
            }
            String html = get("/suche?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&gremium="
                    + URLEncoder.encode(world.committeeName, StandardCharsets.UTF_8)).body().toLowerCase(Locale.ROOT);
            for (String marker : SearchWorld.MARKERS) {
                assertThat(html).as(query + " / " + marker).doesNotContain(marker);
            }
        }
        // positive control: the public neighbours are there, so the probes above did look at real hits
        assertThat(search.search(SearchRequest.of("Suchmann")).hits()).extracting(SearchResult.Hit::id).contains(world.councillor);
        assertThat(search.search(SearchRequest.of("Fahrradweg")).hits()).extracting(SearchResult.Hit::id).contains(world.fahrradPaper);
    }

    @Test
    @Order(3)
    void a_paper_made_non_public_after_indexing_vanishes_at_once_from_hits_and_counts() {
        Map<String, Long> before = types(worldSearch(""));
        assertThat(before).containsEntry("Antrag", 2L);
        assertThat(ids(worldSearch("Radwegenetz"))).contains(world.radwegPaper);

        jdbc.sql("UPDATE paper SET public = false WHERE id = ?").param(world.radwegPaper).update();
        // no sync ran: the search itself meets the hit, the gate refuses it, it is removed and the search repeated
        SearchResult after = worldSearch("Radwegenetz");
        assertThat(ids(after)).doesNotContain(world.radwegPaper);
        assertThat(after.total()).isEqualTo(after.hits().size());
        assertThat(types(worldSearch(""))).containsEntry("Antrag", 1L);
        assertThat(search.paperPage(world.radwegReference)).isEmpty();
        jobs.runNow();
        assertThat(ids(worldSearch("Radwegenetz"))).doesNotContain(world.radwegPaper);
    }

    @Test
    @Order(4)
    void content_hidden_through_its_parents_leaves_the_index_with_the_next_sync() {
        Map<String, Long> before = types(worldSearch(""));
        assertThat(before).containsEntry("Sitzung", 2L).containsEntry("Tagesordnungspunkt", 2L);
        assertThat(originators(worldSearch(""))).containsKey(world.factionName);
        assertThat(ids(worldSearch("Wildblumenwiese"))).containsExactly(world.pdfPaper);

        // the meeting loses its public part: the meeting and its items go; the faction is no longer public;
        // the PDF is withdrawn from publication; the school paper is deleted
        jdbc.sql("UPDATE meeting SET public = false WHERE id = ?").param(world.meeting).update();
        jdbc.sql("UPDATE organization SET public = false WHERE id = ?").param(world.faction).update();
        jdbc.sql("UPDATE stored_file SET public = false WHERE id IN (SELECT file_id FROM paper_file WHERE paper_id = ?)").param(world.pdfPaper).update();
        jdbc.sql("UPDATE paper SET deleted_at = now() WHERE id = ?").param(world.schoolPaper).update();
        IndexSync.Outcome outcome = sync.run(IndexSync.Progress.NONE);
        assertThat(outcome.removed()).isGreaterThanOrEqualTo(4);

        SearchResult all = worldSearch("");
        assertThat(all.hits()).noneMatch(h -> h.kind() == IndexKind.MEETING && h.id() == world.meeting)
                .noneMatch(h -> h.kind() == IndexKind.AGENDA_ITEM && h.id() == world.publicItem)
                .noneMatch(h -> h.kind() == IndexKind.PAPER && h.id() == world.schoolPaper);
        assertThat(types(all)).containsEntry("Sitzung", 1L).containsEntry("Tagesordnungspunkt", 1L)
                .doesNotContainKey("Antrag");
        assertThat(originators(all)).doesNotContainKey(world.factionName);
        assertThat(all.total()).isEqualTo(all.hits().size());
        assertThat(ids(worldSearch("Wildblumenwiese"))).isEmpty();
        assertThat(ids(worldSearch("Grünflächen"))).containsExactly(world.pdfPaper);
        assertThat(search.search(SearchRequest.of(world.factionName)).hits()).noneMatch(h -> h.kind() == IndexKind.ORGANIZATION && h.id() == world.faction);

        // published again: back with the next sync
        jdbc.sql("UPDATE meeting SET public = true WHERE id = ?").param(world.meeting).update();
        sync.run(IndexSync.Progress.NONE);
        assertThat(types(worldSearch(""))).containsEntry("Sitzung", 2L).containsEntry("Tagesordnungspunkt", 2L);
    }

    private SearchResult worldSearch(String query) {
        return search.search(new SearchRequest(query, null, world.committeeName, null, null, null, null, null, null, 1, 50));
    }

    private static List<Long> ids(SearchResult result) {
        return result.hits().stream().filter(h -> h.kind() == IndexKind.PAPER).map(SearchResult.Hit::id).toList();
    }

    private static Map<String, Long> types(SearchResult result) {
        return facet(result, "type");
    }

    private static Map<String, Long> originators(SearchResult result) {
        return facet(result, "originator");
    }

    private static Map<String, Long> facet(SearchResult result, String name) {
        return result.facets().stream().filter(f -> f.name().equals(name)).flatMap(f -> f.values().stream())
                .collect(Collectors.toMap(SearchResult.FacetValue::value, SearchResult.FacetValue::count));
    }

    private static void assertNoMarker(SearchResult result, String marker) {
        for (SearchResult.Hit hit : result.hits()) {
            String all = String.join(" ", String.valueOf(hit.title()), hit.titleHtml(), String.valueOf(hit.subtitle()), String.valueOf(hit.link()),
                    String.valueOf(hit.typeLabel()), String.join(" ", hit.snippets())).toLowerCase(Locale.ROOT);
            assertThat(all).as("hit %s %s", hit.kind(), hit.id()).doesNotContain(marker);
        }
        for (SearchResult.Facet facet : result.facets()) {
            assertThat(facet.values()).as(facet.name()).noneMatch(v -> v.value().toLowerCase(Locale.ROOT).contains(marker));
        }
    }

    private String page(String query) throws Exception {
        HttpResponse<String> response = get("/suche?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
