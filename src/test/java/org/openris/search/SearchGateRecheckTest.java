package org.openris.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openris.file.FileStore;
import org.openris.meeting.MeetingQueries;
import org.openris.organization.OrganizationQueries;
import org.openris.paper.PaperQueries;
import org.openris.person.PersonQueries;
import org.openris.shared.Viewer;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The re-check of a page's hits through the gate, one query per kind (the facades' findByIds / agendaItems), and
 * answers kept by the cache: content hidden after it was indexed — no sync runs here — vanishes
 * from the hits, the total and every facet count of an answer that was kept before, and the kept
 * answer is not used again.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchGateRecheckTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileStore store;
    @Autowired
    SearchJobs jobs;
    @Autowired
    PortalSearch search;
    @Autowired
    SearchCache cache;
    @Autowired
    SearchIndex index;
    @Autowired
    PaperQueries papers;
    @Autowired
    MeetingQueries meetings;
    @Autowired
    PersonQueries persons;
    @Autowired
    OrganizationQueries organizations;

    private SearchWorld world;

    @BeforeAll
    void buildAndIndex() {
        world = new SearchWorld(jdbc, store, "Q", 64208);
        jobs.runNow();
    }

    @Test
    @Order(1)
    void the_facades_tell_which_of_many_ids_the_viewer_sees_in_one_query() {
        Viewer anonymous = Viewer.anonymous();
        assertThat(papers.findByIds(anonymous, List.of(world.radwegPaper, world.fahrradPaper, -1L))).extracting(PaperQueries.PaperSummary::id)
                .containsExactlyInAnyOrder(world.radwegPaper, world.fahrradPaper);
        assertThat(meetings.findByIds(anonymous, List.of(world.meeting, -1L))).extracting(MeetingQueries.MeetingSummary::id)
                .containsExactly(world.meeting);
        assertThat(meetings.agendaItems(anonymous, List.of(world.publicItem, -1L))).extracting(MeetingQueries.AgendaItemSummary::id)
                .containsExactly(world.publicItem);
        assertThat(persons.findByIds(anonymous, List.of(world.councillor, -1L))).extracting(PersonQueries.PersonSummary::id)
                .containsExactly(world.councillor);
        assertThat(organizations.findByIds(anonymous, List.of(world.committee, -1L))).extracting(OrganizationQueries.OrganizationSummary::id)
                .containsExactly(world.committee);
        assertThat(papers.findByIds(anonymous, List.of())).isEmpty();
    }

    @Test
    @Order(2)
    void content_hidden_after_indexing_vanishes_from_a_kept_answer_with_its_counts() {
        SearchRequest request = new SearchRequest("", null, world.committeeName, null, null, null, null, null, null, 1, 50);
        SearchResult first = search.search(request);
        assertThat(first.hits()).anyMatch(h -> h.kind() == IndexKind.PAPER && h.id() == world.radwegPaper)
                .anyMatch(h -> h.kind() == IndexKind.MEETING && h.id() == world.meeting)
                .anyMatch(h -> h.kind() == IndexKind.AGENDA_ITEM && h.id() == world.publicItem);
        assertCountsMatchHits(first);
        if (cache.enabled()) {
            assertThat(cache.page(request, index.generation())).as("kept").isNotNull();
        }
        long generation = index.generation();

        // two kinds on the same page hidden at once, behind the index's back: a paper, and a meeting with its items
        jdbc.sql("UPDATE paper SET public = false WHERE id = ?").param(world.radwegPaper).update();
        jdbc.sql("UPDATE meeting SET public = false WHERE id = ?").param(world.meeting).update();
        assertThat(papers.findByIds(Viewer.anonymous(), List.of(world.radwegPaper))).isEmpty();

        SearchResult after = search.search(request);
        assertThat(after.hits()).noneMatch(h -> h.kind() == IndexKind.PAPER && h.id() == world.radwegPaper)
                .noneMatch(h -> h.kind() == IndexKind.MEETING && h.id() == world.meeting)
                .noneMatch(h -> h.kind() == IndexKind.AGENDA_ITEM && h.id() == world.publicItem);
        assertThat(after.total()).isLessThanOrEqualTo(first.total() - 3);
        assertCountsMatchHits(after);
        assertThat(facet(after, "type").get("Sitzung")).isEqualTo(facet(first, "type").get("Sitzung") - 1);
        assertThat(index.generation()).as("the refused hits were removed from the index").isGreaterThan(generation);
        // and so they stay out of every later answer, kept or not
        assertThat(search.search(request).hits()).noneMatch(h -> h.kind() == IndexKind.PAPER && h.id() == world.radwegPaper)
                .noneMatch(h -> h.kind() == IndexKind.MEETING && h.id() == world.meeting);
        assertThat(search.search(SearchRequest.of("Radwegenetzes")).hits()).noneMatch(h -> h.id() == world.radwegPaper && h.kind() == IndexKind.PAPER);
    }

    /** The page holds every hit (size 50): each facet value counts exactly the hits the answer shows. */
    private static void assertCountsMatchHits(SearchResult result) {
        assertThat(result.total()).isEqualTo(result.hits().size());
        Map<String, Long> shown = result.hits().stream().collect(Collectors.groupingBy(SearchResult.Hit::typeLabel, Collectors.counting()));
        assertThat(facet(result, "type")).isEqualTo(shown);
        assertThat(Set.copyOf(shown.keySet())).isNotEmpty();
    }

    private static Map<String, Long> facet(SearchResult result, String name) {
        return result.facets().stream().filter(f -> f.name().equals(name)).flatMap(f -> f.values().stream())
                .collect(Collectors.toMap(SearchResult.FacetValue::value, SearchResult.FacetValue::count));
    }
}
