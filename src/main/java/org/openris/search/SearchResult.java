package org.openris.search;

import java.time.LocalDate;
import java.util.List;

/**
 * Hits of one page, the total and the facets, all over the anonymous view only. Snippets and
 * {@code titleHtml} are safe HTML: escaped text whose only markup is {@code <mark>} around hits.
 */
public record SearchResult(SearchRequest request, long total, List<Hit> hits, List<Facet> facets) {

    static SearchResult none(SearchRequest request) {
        return new SearchResult(request, 0, List.of(), List.of());
    }

    public int pages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + request.pageSize() - 1) / request.pageSize());
    }

    public record Hit(IndexKind kind, long id, String title, String titleHtml, String link, String typeLabel, String subtitle,
                      LocalDate date, List<String> snippets) {
    }

    /** {@code name}: type, organization, year or originator. */
    public record Facet(String name, List<FacetValue> values) {
    }

    public record FacetValue(String value, long count, boolean selected) {
    }
}
