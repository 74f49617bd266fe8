package org.openris.search;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A search of the public portal ({@link PortalSearch#search}). {@code query} uses the simple syntax
 * ("phrase", -excluded, word*); blank with no filter means nothing is searched. Filters are facet
 * values as returned in {@link SearchResult#facets()} (null = any). {@code createdSince} keeps only
 * objects created from that instant on (saved-search alerts). {@code page} counts from 1.
 */
public record SearchRequest(String query, String type, String organization, Integer year, String originator,
                            LocalDate from, LocalDate to, Sort sort, Instant createdSince, int page, int pageSize) {

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
        return new SearchRequest(query, type, organization, year, originator, from, to, sort, createdSince, newPage, pageSize);
    }

    public SearchRequest createdSince(Instant since) {
        return new SearchRequest(query, type, organization, year, originator, from, to, sort, since, page, pageSize);
    }

    boolean empty() {
        return query.isEmpty() && type == null && organization == null && year == null && originator == null && from == null && to == null
                && createdSince == null;
    }
}
