package org.openris.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
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
 * it never shows up in hits, totals or facet counts.
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

    PortalSearch(SearchIndex index, IndexSync sync, PaperQueries papers, MeetingQueries meetings, PersonQueries persons,
                 OrganizationQueries organizations) {
        this.index = index;
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
        for (int attempt = 0; ; attempt++) {
            Page page = run(request);
            Map<IndexKind, List<Long>> refused = refusedByGate(page.hits());
            if (refused.isEmpty() || attempt >= 3) {
                List<org.openris.search.SearchResult.Hit> hits = page.hits().stream()
                        .filter(h -> !refused.getOrDefault(h.kind(), List.of()).contains(h.id())).toList();
                return new org.openris.search.SearchResult(request, page.total() - (page.hits().size() - hits.size()), hits, page.facets());
            }
            refused.forEach(sync::removeNow);
        }
    }

    private record Page(long total, List<org.openris.search.SearchResult.Hit> hits, List<org.openris.search.SearchResult.Facet> facets) {
    }

    private Page run(SearchRequest request) {
        int offset = Math.min(MAX_OFFSET, (request.page() - 1) * request.pageSize());
        try (SearchSession session = index.session()) {
            SearchResult<List<?>> result = session.search(SearchDocument.class)
                    .select(f -> f.composite().from(f.field("kind", String.class), f.field("objectId", Long.class), f.field("title", String.class),
                            f.field("link", String.class), f.field("typeLabel", String.class), f.field("subtitle", String.class),
                            f.field("date", LocalDate.class), f.highlight(SearchDocument.TITLE), f.highlight(SearchDocument.TEXT),
                            f.highlight(SearchDocument.FILE_TEXT)).asList())
                    .where(f -> predicate(f, request))
                    .sort(f -> request.sort() == SearchRequest.Sort.DATE
                            ? (SortFinalStep) f.field("date").desc().missing().last().then().score()
                            : (SortFinalStep) f.score().then().field("date").desc().missing().last())
                    .highlighter(h -> h.unified().tag(Snippets.START, Snippets.END).numberOfFragments(2))
                    .highlighter(SearchDocument.TITLE, h -> h.unified().numberOfFragments(0))
                    .aggregation(TYPES, f -> f.terms().field("typeLabel", String.class).maxTermCount(FACET_SIZE))
                    .aggregation(ORGANIZATIONS, f -> f.terms().field("organizations", String.class).maxTermCount(FACET_SIZE))
                    .aggregation(YEARS, f -> f.terms().field("year", Integer.class).maxTermCount(30))
                    .aggregation(ORIGINATORS, f -> f.terms().field("originators", String.class).maxTermCount(FACET_SIZE))
                    .fetch(offset, request.pageSize());
            List<org.openris.search.SearchResult.Hit> hits = result.hits().stream().map(PortalSearch::hit).toList();
            List<org.openris.search.SearchResult.Facet> facets = List.of(
                    facet("type", result.aggregation(TYPES), request.type(), Function.identity()),
                    facet("organization", result.aggregation(ORGANIZATIONS), request.organization(), Function.identity()),
                    facet("year", sortedByYear(result.aggregation(YEARS)), request.year() == null ? null : String.valueOf(request.year()),
                            String::valueOf),
                    facet("originator", result.aggregation(ORIGINATORS), request.originator(), Function.identity()));
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

    /** Hits of this page the gate refuses for the public (hidden after they were indexed). */
    private Map<IndexKind, List<Long>> refusedByGate(List<org.openris.search.SearchResult.Hit> hits) {
        Viewer anonymous = Viewer.anonymous();
        Map<IndexKind, List<Long>> refused = new EnumMap<>(IndexKind.class);
        for (org.openris.search.SearchResult.Hit hit : hits) {
            boolean visible = switch (hit.kind()) {
                case PAPER -> papers.findById(anonymous, hit.id()).isPresent();
                case MEETING -> meetings.findById(anonymous, hit.id()).isPresent();
                case AGENDA_ITEM -> meetings.agendaItem(anonymous, hit.id()).isPresent();
                case PERSON -> persons.findById(anonymous, hit.id()).isPresent();
                case ORGANIZATION -> organizations.findById(anonymous, hit.id()).isPresent();
            };
            if (!visible) {
                refused.computeIfAbsent(hit.kind(), k -> new ArrayList<>()).add(hit.id());
            }
        }
        return refused;
    }
}
