package org.openris.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The answer cache alone: keys with the index generation, expiry, switched off, facets shared by pages and sort orders. */
class SearchCacheTest {

    private final AtomicLong clock = new AtomicLong(1_000);
    private final SearchCache cache = new SearchCache(true, Duration.ofSeconds(30), clock::get);

    @Test
    void an_answer_is_kept_only_for_its_request_and_generation() {
        SearchRequest request = SearchRequest.of("Radweg");
        PortalSearch.Page page = page(7);
        cache.putPage(request, 3, page);

        assertThat(cache.page(request, 3)).isSameAs(page);
        assertThat(cache.page(SearchRequest.of("Radweg"), 3)).isSameAs(page);
        assertThat(cache.page(request, 4)).as("index written since").isNull();
        assertThat(cache.page(request.withPage(2), 3)).isNull();
        assertThat(cache.page(SearchRequest.of("Radwege"), 3)).isNull();
    }

    @Test
    void facets_are_shared_by_the_pages_and_sort_orders_of_a_query_but_not_across_filters() {
        SearchRequest request = new SearchRequest("Radweg", "Antrag", null, 2024, null, LocalDate.of(2024, 1, 1), null, null, null, 1, 10);
        List<SearchResult.Facet> facets = List.of(new SearchResult.Facet("type", List.of(new SearchResult.FacetValue("Antrag", 3, true))));
        cache.putFacets(request, 1, facets);

        assertThat(cache.facets(request.withPage(5), 1)).isSameAs(facets);
        assertThat(cache.facets(new SearchRequest("Radweg", "Antrag", null, 2024, null, LocalDate.of(2024, 1, 1), null, SearchRequest.Sort.DATE,
                null, 1, 50), 1)).isSameAs(facets);
        assertThat(cache.facets(new SearchRequest("Radweg", "Sitzung", null, 2024, null, LocalDate.of(2024, 1, 1), null, null, null, 1, 10), 1))
                .isNull();
        assertThat(cache.facets(new SearchRequest("Radweg", "Antrag", null, 2023, null, LocalDate.of(2024, 1, 1), null, null, null, 1, 10), 1))
                .isNull();
        assertThat(cache.facets(request, 2)).isNull();
    }

    @Test
    void entries_expire_after_the_sync_interval() {
        SearchRequest request = SearchRequest.of("Radweg");
        cache.putPage(request, 1, page(1));
        clock.addAndGet(Duration.ofSeconds(30).toNanos());
        assertThat(cache.page(request, 1)).isNotNull();
        clock.addAndGet(1);
        assertThat(cache.page(request, 1)).isNull();
    }

    @Test
    void switched_off_it_keeps_nothing() {
        SearchCache off = new SearchCache(false, Duration.ofSeconds(30), clock::get);
        SearchRequest request = SearchRequest.of("Radweg");
        off.putPage(request, 1, page(1));
        off.putFacets(request, 1, List.of());
        assertThat(off.page(request, 1)).isNull();
        assertThat(off.facets(request, 1)).isNull();
        assertThat(off.enabled()).isFalse();
    }

    @Test
    void the_oldest_entries_make_room() {
        for (int i = 0; i <= SearchCache.MAX_ENTRIES; i++) {
            cache.putPage(SearchRequest.of("q" + i), 1, page(i));
        }
        assertThat(cache.page(SearchRequest.of("q0"), 1)).isNull();
        assertThat(cache.page(SearchRequest.of("q" + SearchCache.MAX_ENTRIES), 1)).isNotNull();
    }

    private static PortalSearch.Page page(long total) {
        return new PortalSearch.Page(total, List.of(), List.of());
    }
}
