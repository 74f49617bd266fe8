package org.openris.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.file.FileStore;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The portal search over a small council: compounds, stems, PDF text, facets, paper numbers, bad input. */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileStore store;
    @Autowired
    SearchJobs jobs;
    @Autowired
    PortalSearch search;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private SearchWorld world;

    @BeforeAll
    void buildAndIndex() {
        world = new SearchWorld(jdbc, store, "A", 97531);
        jobs.runNow();
    }

    private SearchResult inWorld(String query) {
        return search.search(new SearchRequest(query, null, world.committeeName, null, null, null, null, null, null, 1, 50));
    }

    private static List<Long> ids(SearchResult result, IndexKind kind) {
        return result.hits().stream().filter(h -> h.kind() == kind).map(SearchResult.Hit::id).toList();
    }

    @Test
    void radweg_finds_the_radwegenetz_and_the_fahrradweg() {
        SearchResult result = inWorld("Radweg");
        assertThat(ids(result, IndexKind.PAPER)).contains(world.radwegPaper, world.fahrradPaper).doesNotContain(world.schoolPaper);
        SearchResult.Hit hit = result.hits().stream().filter(h -> h.id() == world.radwegPaper && h.kind() == IndexKind.PAPER).findFirst().orElseThrow();
        assertThat(hit.titleHtml()).contains("<mark>Radwegenetzes</mark>");
        assertThat(hit.link()).isEqualTo("/vorlagen/" + world.radwegReference);
    }

    @Test
    void inflected_words_and_transcribed_umlauts_are_found() {
        assertThat(ids(inWorld("Schule"), IndexKind.PAPER)).containsExactly(world.schoolPaper);
        assertThat(ids(inWorld("Ringstrasse"), IndexKind.PAPER)).containsExactly(world.fahrradPaper);
        // HTML of the paper text is indexed as text: the entity is not a word, the words around it are
        SearchResult fenster = inWorld("Fenster");
        assertThat(fenster.hits()).singleElement().satisfies(h -> assertThat(h.snippets()).anyMatch(s -> s.contains("Dächer &amp; <mark>Fenster</mark>")));
    }

    @Test
    void the_text_of_an_attached_pdf_is_extracted_in_the_background_and_found() {
        assertThat(jdbc.sql("SELECT count(*) FROM stored_file f JOIN paper_file pf ON pf.file_id = f.id WHERE pf.paper_id = ?"
                + " AND f.text_content LIKE '%Wildblumenwiese%' AND f.text_extracted_at IS NOT NULL").param(world.pdfPaper).query(Long.class).single())
                .isEqualTo(1);
        SearchResult result = inWorld("Wildblumenwiese");
        assertThat(ids(result, IndexKind.PAPER)).containsExactly(world.pdfPaper);
        assertThat(result.hits().get(0).snippets()).anyMatch(s -> s.contains("<mark>Wildblumenwiese</mark>"));
    }

    @Test
    void agenda_items_are_found_by_resolution_and_published_minutes_text() {
        assertThat(ids(inWorld("beschließt Radverkehrskonzept"), IndexKind.AGENDA_ITEM)).containsExactly(world.publicItem);
        assertThat(ids(inWorld("Fahrradstraßen"), IndexKind.AGENDA_ITEM)).containsExactly(world.publicItem);
        assertThat(ids(inWorld("Niederschrift vorgestellt"), IndexKind.MEETING)).containsExactly(world.meeting);
    }

    @Test
    void facets_count_what_the_public_sees() {
        SearchResult all = search.search(new SearchRequest("", null, world.committeeName, null, null, null, null, null, null, 1, 50));
        Map<String, Long> types = facet(all, "type");
        // 4 public papers (the non-public and the draft are absent), 2 meetings (not the non-public one),
        // 2 public items (not the non-public one), the committee itself and its public member
        assertThat(types).containsExactlyInAnyOrderEntriesOf(Map.of("Antrag", 2L, "Beschlussvorlage", 2L, "Sitzung", 2L,
                "Tagesordnungspunkt", 2L, "Gremium", 1L, "Person", 1L));
        assertThat(all.total()).isEqualTo(10);
        assertThat(facet(all, "originator")).containsExactlyInAnyOrderEntriesOf(Map.of(world.factionName, 2L));
        assertThat(facet(all, "year")).containsEntry("2023", 5L).containsEntry("2022", 2L).containsEntry("2021", 1L);

        SearchResult motions = search.search(new SearchRequest("", "Antrag", world.committeeName, null, null, null, null, null, null, 1, 50));
        assertThat(motions.total()).isEqualTo(2);
        assertThat(facet(motions, "type")).containsExactly(Map.entry("Antrag", 2L));
        SearchResult ranged = search.search(new SearchRequest("", null, world.committeeName, null, null, LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 12, 31), SearchRequest.Sort.DATE, null, 1, 50));
        assertThat(ranged.hits()).extracting(SearchResult.Hit::id).containsExactly(world.schoolPaper, world.fahrradPaper);
    }

    @Test
    void a_paper_number_jumps_to_the_paper_page_and_a_hidden_one_does_not() throws Exception {
        HttpResponse<String> found = get("/suche?q=" + world.radwegReference);
        assertThat(found.statusCode()).isEqualTo(302);
        assertThat(found.headers().firstValue("Location").orElseThrow()).endsWith("/vorlagen/" + world.radwegReference);
        HttpResponse<String> hidden = get("/suche?q=" + world.hiddenReference);
        assertThat(hidden.statusCode()).isEqualTo(200);
        assertThat(hidden.body()).doesNotContain("/vorlagen/" + world.hiddenReference).doesNotContain("gribbeltorf");
    }

    @Test
    void the_search_page_shows_hits_with_marks_facets_and_pages() throws Exception {
        HttpResponse<String> page = get("/suche?q=Radweg&gremium=" + java.net.URLEncoder.encode(world.committeeName, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<mark>Radwegenetzes</mark>", "href=\"/vorlagen/" + world.radwegReference + "\"",
                "Ergebnisse eingrenzen", "lang=\"de\"", "role=\"search\"");
        HttpResponse<String> second = get("/suche?q=Suchproben&seite=2");
        assertThat(second.statusCode()).isIn(200, 404);
        assertThat(second.body()).doesNotContain("Exception");
    }

    @Test
    void bad_input_gets_a_german_message_and_status_400() throws Exception {
        for (String query : List.of("von=32.13.2024", "q=x&seite=abc", "q=x&jahr=zwanzig", "q=x&sortierung=egal", "q=" + "a".repeat(201),
                "q=x&von=01.02.2024&bis=01.01.2024")) {
            HttpResponse<String> response = get("/suche?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.body()).as(query).contains("Die Suche konnte so nicht ausgeführt werden").doesNotContain("Exception", "at org.");
        }
        HttpResponse<String> wildcard = get("/suche?q=*");
        assertThat(wildcard.statusCode()).isIn(200, 400);
        assertThat(wildcard.body()).doesNotContain("Exception");
    }

    @Test
    void the_empty_search_page_is_a_form() throws Exception {
        HttpResponse<String> page = get("/suche");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"get\" action=\"/suche\"").doesNotContain("search-hit");
    }

    @Test
    void htmx_gets_only_the_results_region_and_a_browser_the_whole_page() throws Exception {
        String path = "/suche?q=Radweg&gremium=" + java.net.URLEncoder.encode(world.committeeName, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> full = get(path);
        HttpResponse<String> fragment = htmx(path, false);
        HttpResponse<String> restore = htmx(path, true);

        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.body()).contains("<html lang=\"de\"", "<form method=\"get\" action=\"/suche\"", "id=\"search-results\"",
                "<mark>Radwegenetzes</mark>", "/js/htmx-2.0.11.min.js", "name=\"htmx-config\"");
        assertThat(full.body().split("id=\"alert-offer-heading\"", -1)).as("one alert offer").hasSize(2);
        assertThat(full.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("HX-Request"));

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("HX-Request"));
        assertThat(fragment.body()).doesNotContain("<html", "<body", "<head", "site-header", "<form method=\"get\" action=\"/suche\" role=\"search\"")
                .contains("<mark>Radwegenetzes</mark>", "href=\"/vorlagen/" + world.radwegReference + "\"", "Ergebnisse eingrenzen")
                // the title, the hidden facet fields of the form and the announcement of the count travel out of band
                .contains("<title>Suche: Radweg – ", "id=\"search-filters\" hx-swap-oob=\"true\"", "name=\"gremium\" value=\"" + world.committeeName + "\"")
                .containsPattern("<p id=\"search-status\" hx-swap-oob=\"innerHTML\">\\d+ Treffer für „Radweg“");
        // a facet link works as a plain link and as an htmx request to the same address
        assertThat(fragment.body()).containsPattern("<a href=\"([^\"]+)\" hx-get=\"\\1\" id=\"facette-");
        // history restore (back button after the cache was emptied) needs the whole page again
        assertThat(restore.body()).contains("<html lang=\"de\"");

        // a paper number typed into the box: htmx stays on the search, the plain form jumps to the paper
        assertThat(htmx("/suche?q=" + world.radwegReference, false).statusCode()).isEqualTo(200);
        assertThat(get("/suche?q=" + world.radwegReference).statusCode()).isEqualTo(302);
        // bad input: the German message inside the fragment (htmx swaps 400 answers, see the layout's htmx-config)
        HttpResponse<String> bad = htmx("/suche?q=Radweg&von=31.02.2024", false);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("role=\"alert\"", "31.02.2024").doesNotContain("<html");
    }

    private HttpResponse<String> htmx(String path, boolean historyRestore) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("HX-Request", "true");
        if (historyRestore) {
            request.header("HX-History-Restore-Request", "true");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Long> facet(SearchResult result, String name) {
        return result.facets().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().values().stream()
                .collect(Collectors.toMap(SearchResult.FacetValue::value, SearchResult.FacetValue::count));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
