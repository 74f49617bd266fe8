package org.openris.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.openris.meeting.MeetingQueries;
import org.openris.organization.OrganizationQueries;
import org.openris.paper.PaperQueries;
import org.openris.person.PersonQueries;
import org.openris.shared.Viewer;
import org.springframework.stereotype.Service;

/**
 * Full-text search of the public portal, for the search page and for other modules (e.g.
 * saved-search alerts with {@link SearchRequest#publicSince}). Searches the index, which holds
 * only the anonymous view, and re-checks every returned hit through the visibility gate (the
 * modules' query facades with {@link Viewer#anonymous()}): a hit the gate refuses — the object was
 * hidden after it was indexed — is removed from the index at once and the search runs again, so
 * it never shows up in hits, totals or facet counts. Answers of the index may be kept per query and
 * index generation ({@link SearchCache}); the gate re-check runs on every answer all the same.
 */
@Service
public class PortalSearch {

    private static final int MAX_OFFSET = 10_000;
    private static final int FACET_SIZE = 15;

    private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("type");
    private static final AggregationKey<Map<String, Long>> ORGANIZATIONS = AggregationKey.of("organization");
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("year");
    private static final AggregationKey<Map<String, Long>> ORIGINATORS = AggregationKey.of("originator");

    private final SearchIndex index;
    private final IndexSync sync;
    private final PaperQueries papers;
    private final MeetingQueries meetings;
    private final PersonQueries persons;
    private final OrganizationQueries organizations;
    private final SearchCache cache;
    private final Semaphore running;

    PortalSearch(SearchIndex index, IndexSync sync, PaperQueries papers, MeetingQueries meetings, PersonQueries persons,
                 OrganizationQueries organizations, SearchCache cache,
                 SearchSettings settings) {
        this.index = index;
        this.cache = cache;
        this.running = new Semaphore(settings.concurrency(), true);
        this.sync = sync;
        this.papers = papers;
        this.meetings = meetings;
        this.persons = persons;
        this.organizations = organizations;
    }

    /**
     * The address of the public paper page when {@code query} is the reference of a paper the public
     * may see: ours ("20070-21") or an imported one ("V/2024/001"), case-insensitive; empty otherwise,
     * also when several papers (of several bodies) have it (then search as usual and list them).
     */
    public Optional<String> paperPage(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty() || q.length() > 200) {
            return Optional.empty();
        }
        try (SearchSession session = index.session()) {
            List<Long> ids = session.search(SearchDocument.class)
                    .select(f -> f.field("objectId", Long.class))
                    .where(f -> f.and(f.match().field("kind").matching(IndexKind.PAPER.name()),
                            f.match().field("reference").matching(q)))
                    .fetchHits(5);
            List<org.openris.paper.PaperQueries.PaperSummary> found = ids.stream().map(id -> papers.findById(Viewer.anonymous(), id))
                    .flatMap(Optional::stream).filter(p -> q.equalsIgnoreCase(p.reference())).toList();
            return found.size() != 1 ? Optional.empty()
                    : Optional.of(org.openris.portal.PortalUrls.paper(found.get(0).id(), found.get(0).reference()));
        }
    }

    /** Searches the anonymous view; never returns anything the public may not see. */
    public org.openris.search.SearchResult search(SearchRequest request) {
        if (request.empty()) {
            return org.openris.search.SearchResult.none(request);
        }
        // at most as many searches at work as cores, the others wait in order of arrival (fair): 64
        // searches sharing two cores by time slices take longer each and finish in random order
        try {
            running.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a search slot", e);
        }
        try {
            return searchNow(request);
        } finally {
            running.release();
        }
    }

    private org.openris.search.SearchResult searchNow(SearchRequest request) {
        for (int attempt = 0; ; attempt++) {
            // the generation first: the index read afterwards holds at least its content
            long generation = index.generation();
            Page page = cache.page(request, generation);
            boolean kept = page != null;
            if (!kept) {
                page = run(request, generation);
            }
            // every answer, kept or not, passes the gate again
            Map<IndexKind, Set<Long>> refused = refusedByGate(page.hits());
            if (refused.isEmpty() && !kept) {
                cache.putPage(request, generation, page);
            }
            if (refused.isEmpty() || attempt >= 3) {
                List<org.openris.search.SearchResult.Hit> hits = page.hits().stream()
                        .filter(h -> !refused.getOrDefault(h.kind(), Set.of()).contains(h.id())).toList();
                return new org.openris.search.SearchResult(request, page.total() - (page.hits().size() - hits.size()), hits, page.facets());
            }
            // removing them moves the generation: nothing computed before is used again
            refused.forEach(sync::removeNow);
        }
    }

    /** One page of hits as the index answered it, with the total and the facets of the whole query. */
    record Page(long total, List<org.openris.search.SearchResult.Hit> hits, List<org.openris.search.SearchResult.Facet> facets) {
    }

    private Page run(SearchRequest request, long generation) {
        int offset = Math.min(MAX_OFFSET, (request.page() - 1) * request.pageSize());
        // facets count every hit of the query, not only this page: computed once per query, filters and generation
        List<org.openris.search.SearchResult.Facet> keptFacets = cache.facets(request, generation);
        try (SearchSession session = index.session()) {
            SearchQueryOptionsStep<?, ?, List<?>, ?, ?, ?> query = session.search(SearchDocument.class)
                    .select(f -> f.composite().from(f.field("kind", String.class), f.field("objectId", Long.class), f.field("title", String.class),
                            f.field("link", String.class), f.field("typeLabel", String.class), f.field("subtitle", String.class),
                            f.field("date", LocalDate.class), f.highlight(SearchDocument.TITLE), f.highlight(SearchDocument.TEXT),
                            f.highlight(SearchDocument.FILE_TEXT)).asList())
                    .where(f -> predicate(f, request))
                    .sort(f -> request.sort() == SearchRequest.Sort.DATE
                            ? (SortFinalStep) f.field("date").desc().missing().last().then().score()
                            : (SortFinalStep) f.score().then().field("date").desc().missing().last())
                    .highlighter(h -> h.unified().tag(Snippets.START, Snippets.END).numberOfFragments(2))
                    .highlighter(SearchDocument.TITLE, h -> h.unified().numberOfFragments(0));
            if (keptFacets == null) {
                query = query.aggregation(TYPES, f -> f.terms().field("typeLabel", String.class).maxTermCount(FACET_SIZE))
                        .aggregation(ORGANIZATIONS, f -> f.terms().field("organizations", String.class).maxTermCount(FACET_SIZE))
                        .aggregation(YEARS, f -> f.terms().field("year", Integer.class).maxTermCount(30))
                        .aggregation(ORIGINATORS, f -> f.terms().field("originators", String.class).maxTermCount(FACET_SIZE));
            }
            SearchResult<List<?>> result = query.fetch(offset, request.pageSize());
            List<org.openris.search.SearchResult.Hit> hits = result.hits().stream().map(PortalSearch::hit).toList();
            List<org.openris.search.SearchResult.Facet> facets = keptFacets;
            if (facets == null) {
                facets = List.of(
                        facet("type", result.aggregation(TYPES), request.type(), Function.identity()),
                        facet("organization", result.aggregation(ORGANIZATIONS), request.organization(), Function.identity()),
                        facet("year", sortedByYear(result.aggregation(YEARS)), request.year() == null ? null : String.valueOf(request.year()),
                                String::valueOf),
                        facet("originator", result.aggregation(ORIGINATORS), request.originator(), Function.identity()));
                cache.putFacets(request, generation, facets);
            }
            return new Page(result.total().hitCount(), hits, facets);
        }
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, SearchRequest request) {
        List<SearchPredicate> clauses = new ArrayList<>();
        if (request.query().isEmpty()) {
            clauses.add(f.matchAll().toPredicate());
        } else {
            clauses.add(f.simpleQueryString().field(SearchDocument.TITLE).boost(3f).field(SearchDocument.NAMES).boost(1.5f)
                    .fields(SearchDocument.TEXT, SearchDocument.FILE_TEXT).matching(request.query())
                    .defaultOperator(BooleanOperator.AND).toPredicate());
        }
        if (request.type() != null) {
            clauses.add(f.match().field("typeLabel").matching(request.type()).toPredicate());
        }
        if (request.organization() != null) {
            clauses.add(f.match().field("organizations").matching(request.organization()).toPredicate());
        }
        if (request.originator() != null) {
            clauses.add(f.match().field("originators").matching(request.originator()).toPredicate());
        }
        if (request.year() != null) {
            clauses.add(f.match().field("year").matching(request.year()).toPredicate());
        }
        if (request.from() != null || request.to() != null) {
            clauses.add(f.range().field("date").between(request.from(), request.to()).toPredicate());
        }
        if (request.publicSince() != null) {
            clauses.add(f.range().field("publicSince").atLeast(request.publicSince()).toPredicate());
        }
        // the first clause scores (the query), the others only filter
        return f.bool(b -> {
            b.must(clauses.get(0));
            clauses.subList(1, clauses.size()).forEach(b::filter);
        });
    }

    private static org.openris.search.SearchResult.Hit hit(List<?> row) {
        String title = (String) row.get(2);
        @SuppressWarnings("unchecked") List<String> titleMarks = (List<String>) row.get(7);
        @SuppressWarnings("unchecked") List<String> text = (List<String>) row.get(8);
        @SuppressWarnings("unchecked") List<String> files = (List<String>) row.get(9);
        List<String> snippets = new ArrayList<>();
        text.stream().limit(2).map(Snippets::html).forEach(snippets::add);
        files.stream().limit(2 - Math.min(2, snippets.size())).map(Snippets::html).forEach(snippets::add);
        String titleHtml = titleMarks.isEmpty() ? Snippets.html(title == null ? "" : title) : Snippets.html(titleMarks.get(0));
        return new org.openris.search.SearchResult.Hit(IndexKind.valueOf((String) row.get(0)), (Long) row.get(1), title, titleHtml,
                (String) row.get(3), (String) row.get(4), (String) row.get(5), (LocalDate) row.get(6), snippets);
    }

    private static <K> org.openris.search.SearchResult.Facet facet(String name, Map<K, Long> counts, String selected, Function<K, String> label) {
        List<org.openris.search.SearchResult.FacetValue> values = new ArrayList<>();
        boolean selectedListed = false;
        for (Map.Entry<K, Long> e : counts.entrySet()) {
            String value = label.apply(e.getKey());
            boolean isSelected = value.equals(selected);
            selectedListed |= isSelected;
            values.add(new org.openris.search.SearchResult.FacetValue(value, e.getValue(), isSelected));
        }
        if (selected != null && !selectedListed) {
            values.add(new org.openris.search.SearchResult.FacetValue(selected, 0, true));
        }
        return new org.openris.search.SearchResult.Facet(name, values);
    }

    private static Map<Integer, Long> sortedByYear(Map<Integer, Long> years) {
        Map<Integer, Long> sorted = new LinkedHashMap<>();
        years.entrySet().stream().sorted(Map.Entry.<Integer, Long>comparingByKey().reversed()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /**
     * Hits of this page the gate refuses for the public (hidden after they were indexed): one query
     * per kind on the page through the module's facade, not one per hit.
     */
    private Map<IndexKind, Set<Long>> refusedByGate(List<org.openris.search.SearchResult.Hit> hits) {
        Viewer anonymous = Viewer.anonymous();
        Map<IndexKind, List<Long>> byKind = new EnumMap<>(IndexKind.class);
        hits.forEach(hit -> byKind.computeIfAbsent(hit.kind(), k -> new ArrayList<>()).add(hit.id()));
        Map<IndexKind, Set<Long>> refused = new EnumMap<>(IndexKind.class);
        byKind.forEach((kind, ids) -> {
            List<Long> visible = switch (kind) {
                case PAPER -> papers.findByIds(anonymous, ids).stream().map(PaperQueries.PaperSummary::id).toList();
                case MEETING -> meetings.findByIds(anonymous, ids).stream().map(MeetingQueries.MeetingSummary::id).toList();
                case AGENDA_ITEM -> meetings.agendaItems(anonymous, ids).stream().map(MeetingQueries.AgendaItemSummary::id).toList();
                case PERSON -> persons.findByIds(anonymous, ids).stream().map(PersonQueries.PersonSummary::id).toList();
                case ORGANIZATION -> organizations.findByIds(anonymous, ids).stream().map(OrganizationQueries.OrganizationSummary::id).toList();
            };
            Set<Long> hidden = new HashSet<>(ids);
            hidden.removeAll(visible);
            if (!hidden.isEmpty()) {
                refused.put(kind, hidden);
            }
        });
        return refused;
    }
}
