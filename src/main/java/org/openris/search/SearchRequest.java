package org.openris.search;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A search of the public portal ({@link PortalSearch#search}). {@code query} uses the simple syntax
 * ("phrase", -excluded, word*); blank with no filter means nothing is searched. Filters are facet
 * values as returned in {@link SearchResult#facets()} (null = any). {@code publicSince} keeps only
 * objects that became visible to the public from that instant on (saved-search alerts; not the
 * time they were created, which may be long before they were released or made public). {@code page} counts from 1.
 */
public record SearchRequest(String query, String type, String organization, Integer year, String originator,
                            LocalDate from, LocalDate to, Sort sort, Instant publicSince, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 50;
    public static final int MAX_QUERY_LENGTH = 200;

    public enum Sort { RELEVANCE, DATE }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        sort = sort == null ? Sort.RELEVANCE : sort;
        page = Math.max(1, page);
        pageSize = pageSize <= 0 ? 10 : Math.min(pageSize, MAX_PAGE_SIZE);
    }

    /** A plain query, first page, by relevance. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, Sort.RELEVANCE, null, 1, 10);
    }

    public SearchRequest withPage(int newPage) {
        return new SearchRequest(query, type, organization, year, originator, from, to, sort, publicSince, newPage, pageSize);
    }

    public SearchRequest publicSince(Instant since) {
        return new SearchRequest(query, type, organization, year, originator, from, to, sort, since, page, pageSize);
    }

    boolean empty() {
        return query.isEmpty() && type == null && organization == null && year == null && originator == null && from == null && to == null
                && publicSince == null;
    }
}
