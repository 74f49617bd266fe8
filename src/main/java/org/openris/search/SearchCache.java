package org.openris.search;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Answers of the index kept per query and index generation ({@link SearchIndex#generation()}):
 * the page of a request (hits with snippets, total, facets) and, separately, the facets of a query
 * with its filters (shared by its pages and sort orders). What is kept is what the index answered,
 * i.e. the anonymous view; {@link PortalSearch} still re-checks the hits of every answer through
 * the visibility gate, cached or not, and a refused hit is removed from the index, which moves
 * the generation and so retires every kept answer. Entries also expire after the sync interval,
 * so that writes by another process (a shared Elasticsearch cluster) are picked up as well.
 * Off with {@code RIS_SEARCH_CACHE=false}.
 */
@Component
class SearchCache {

    static final int MAX_ENTRIES = 2_000;

    private final boolean enabled;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final Lru<Object, Entry> pages = new Lru<>(MAX_ENTRIES);
    private final Lru<Object, Entry> facets = new Lru<>(MAX_ENTRIES);

    @Autowired
    SearchCache(SearchSettings settings) {
        this(settings.cache(), settings.interval(), System::nanoTime);
    }

    SearchCache(boolean enabled, Duration ttl, LongSupplier clock) {
        this.enabled = enabled;
        this.ttlNanos = ttl.toNanos();
        this.clock = clock;
    }

    boolean enabled() {
        return enabled;
    }

    /** The page kept for exactly this request under this generation, or null. */
    PortalSearch.Page page(SearchRequest request, long generation) {
        return (PortalSearch.Page) get(pages, new Key(request, generation));
    }

    void putPage(SearchRequest request, long generation, PortalSearch.Page page) {
        put(pages, new Key(request, generation), page);
    }

    /** The facets kept for this query and filters (any page, any sort) under this generation, or null. */
    @SuppressWarnings("unchecked")
    List<SearchResult.Facet> facets(SearchRequest request, long generation) {
        return (List<SearchResult.Facet>) get(facets, new Key(facetRequest(request), generation));
    }

    void putFacets(SearchRequest request, long generation, List<SearchResult.Facet> value) {
        put(facets, new Key(facetRequest(request), generation), value);
    }

    /** The part of a request the facets depend on: query and filters, not page, page size or sort. */
    static SearchRequest facetRequest(SearchRequest r) {
        return new SearchRequest(r.query(), r.type(), r.organization(), r.year(), r.originator(), r.from(), r.to(), null,
                r.publicSince(), 1, 10);
    }

    private Object get(Lru<Object, Entry> map, Key key) {
        if (!enabled) {
            return null;
        }
        Entry entry;
        synchronized (map) {
            entry = map.get(key);
        }
        return entry == null || clock.getAsLong() - entry.stored() > ttlNanos ? null : entry.value();
    }

    private void put(Lru<Object, Entry> map, Key key, Object value) {
        if (!enabled) {
            return;
        }
        synchronized (map) {
            map.put(key, new Entry(value, clock.getAsLong()));
        }
    }

    private record Key(SearchRequest request, long generation) {
    }

    private record Entry(Object value, long stored) {
    }

    private static final class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int max;

        Lru(int max) {
            super(256, 0.75f, true);
            this.max = max;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > max;
        }
    }
}
