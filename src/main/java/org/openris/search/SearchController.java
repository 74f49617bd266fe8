package org.openris.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.util.common.SearchException;
import org.openris.shared.Htmx;
import org.openris.shared.UiText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page {@code /suche} of the public portal: always as the anonymous public. A paper
 * number ("20070-21") jumps to the paper; bad input gets a German message and status 400.
 */
@Controller
class SearchController {

    private static final Logger log = LoggerFactory.getLogger(SearchController.class);
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final PortalSearch search;
    private final UiText text;

    SearchController(PortalSearch search, UiText text) {
        this.search = search;
        this.text = text;
    }

    @GetMapping("/suche")
    String search(@RequestParam Map<String, String> raw, Model model, HttpServletRequest http, HttpServletResponse response) {
        // htmx (search as you type, facets, sort, date range) gets only the results region
        boolean fragment = Htmx.fragment(http, response);
        model.addAttribute("fragment", fragment);
        String view = fragment ? "search/results" : "search/search";
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : SearchPage.PARAMS) {
            String value = raw.get(name);
            if (value != null && !value.isBlank()) {
                params.put(name, value.strip());
            }
        }
        List<String> errors = new ArrayList<>();
        SearchRequest request = parse(params, errors);
        model.addAttribute("text", text);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", new SearchPage(params, errors, null));
            return view;
        }
        if (!fragment && params.size() == 1 && params.containsKey("q")) {
            Optional<String> paper = search.paperPage(request.query());
            if (paper.isPresent()) {
                return "redirect:" + paper.get();
            }
        }
        SearchResult result;
        try {
            result = search.search(request);
        } catch (SearchException e) {
            if (unavailable(e)) {
                // the engine is down or closed (e.g. an Elasticsearch cluster out of reach): not the user's query
                log.warn("Suche nicht erreichbar: {}", e.getMessage());
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                model.addAttribute("page", new SearchPage(params, List.of(text.get("search.error.unavailable")), null));
                return view;
            }
            // e.g. a leading wildcard expanding to too many terms: a German message, never a stack trace
            log.info("Suche abgelehnt: {}", e.getMessage());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", new SearchPage(params, List.of(text.get("search.error.query")), null));
            return view;
        }
        if (result.pages() > 0 && request.page() > result.pages()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("page", new SearchPage(params, List.of(), result));
        return view;
    }

    /** An outage of the engine (I/O, connection, closed index) rather than a query it refuses. */
    static boolean unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException || t instanceof java.net.ConnectException
                    || t.getClass().getName().equals("org.apache.lucene.store.AlreadyClosedException")
                    || t.getClass().getName().startsWith("org.apache.http.") || t.getClass().getName().startsWith("org.apache.hc.")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private SearchRequest parse(Map<String, String> params, List<String> errors) {
        String query = params.getOrDefault("q", "");
        if (query.length() > SearchRequest.MAX_QUERY_LENGTH) {
            errors.add(text.get("search.error.queryTooLong", SearchRequest.MAX_QUERY_LENGTH));
        }
        LocalDate from = date(params.get("von"), errors);
        LocalDate to = date(params.get("bis"), errors);
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(text.get("search.error.dateOrder"));
        }
        Integer year = null;
        if (params.containsKey("jahr")) {
            year = number(params.get("jahr"), 1900, 2999);
            if (year == null) {
                errors.add(text.get("search.error.year", params.get("jahr")));
            }
        }
        int page = 1;
        if (params.containsKey("seite")) {
            Integer parsed = number(params.get("seite"), 1, 1000);
            if (parsed == null) {
                errors.add(text.get("search.error.page", params.get("seite")));
            } else {
                page = parsed;
            }
        }
        SearchRequest.Sort sort = SearchRequest.Sort.RELEVANCE;
        String sortParam = params.get("sortierung");
        if (sortParam != null) {
            if (sortParam.equals("datum")) {
                sort = SearchRequest.Sort.DATE;
            } else if (!sortParam.equals("relevanz")) {
                errors.add(text.get("search.error.sort", sortParam));
            }
        }
        return new SearchRequest(query, params.get("art"), params.get("gremium"), year, params.get("eingereicht"), from, to, sort, null,
                page, 10);
    }

    private LocalDate date(String value, List<String> errors) {
        if (value == null) {
            return null;
        }
        try {
            return value.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(value) : LocalDate.parse(value, GERMAN_DATE);
        } catch (DateTimeParseException e) {
            errors.add(text.get("search.error.date", value));
            return null;
        }
    }

    private static Integer number(String value, int min, int max) {
        if (!value.matches("\\d{1,6}")) {
            return null;
        }
        int n = Integer.parseInt(value);
        return n < min || n > max ? null : n;
    }
}
