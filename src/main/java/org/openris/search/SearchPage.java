package org.openris.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the search page shows: the form as entered ({@code params}: German parameter names), German
 * error messages, and the result. Links keep every other parameter and go back to page 1.
 */
public record SearchPage(Map<String, String> params, List<String> errors, SearchResult result) {

    /** The form's parameters: query, facets, date range, sort, page. */
    static final List<String> PARAMS = List.of("q", "art", "gremium", "jahr", "eingereicht", "von", "bis", "sortierung", "seite");

    public String param(String name) {
        String value = params.get(name);
        return value == null ? "" : value;
    }

    /** The page title: "Suche" or "Suche: query". */
    public String title(org.openris.shared.UiText text) {
        return param("q").isEmpty() ? text.get("search.title") : text.get("search.title") + ": " + param("q");
    }

    /**
     * A stable id for a facet value's link, the same whether the value is chosen or not, so that
     * htmx puts the keyboard focus back on it after it has replaced the results.
     */
    public static String facetId(String facet, String value) {
        return "facette-" + facet + "-" + Integer.toHexString(value.hashCode());
    }

    public boolean searched() {
        return result != null && !result.request().empty();
    }

    public boolean filtered() {
        return List.of("art", "gremium", "jahr", "eingereicht", "von", "bis").stream().anyMatch(p -> !param(p).isEmpty());
    }

    /** Facet name in the result → parameter name. */
    public static String paramOf(String facet) {
        return switch (facet) {
            case "type" -> "art";
            case "organization" -> "gremium";
            case "year" -> "jahr";
            default -> "eingereicht";
        };
    }

    /** This search with {@code name} set to {@code value} (null: removed), back on page 1. */
    public String with(String name, String value) {
        Map<String, String> next = new LinkedHashMap<>(params);
        next.remove("seite");
        if (value == null || value.isEmpty()) {
            next.remove(name);
        } else {
            next.put(name, value);
        }
        return url(next);
    }

    public String page(int page) {
        Map<String, String> next = new LinkedHashMap<>(params);
        next.put("seite", String.valueOf(page));
        return url(next);
    }

    public String withoutFilters() {
        Map<String, String> next = new LinkedHashMap<>();
        if (!param("q").isEmpty()) {
            next.put("q", param("q"));
        }
        if (!param("sortierung").isEmpty()) {
            next.put("sortierung", param("sortierung"));
        }
        return url(next);
    }

    private static String url(Map<String, String> query) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/suche");
        for (String name : PARAMS) {
            String value = query.get(name);
            if (value != null && !value.isEmpty()) {
                builder.queryParam(name, value);
            }
        }
        return builder.encode().build().toUriString();
    }
}
