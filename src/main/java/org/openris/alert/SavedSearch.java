package org.openris.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openris.search.SearchRequest;
import org.openris.shared.GermanFormats;
import org.openris.shared.UiText;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A search of {@code /suche} as saved for an alert: the query and its facet and date filters
 * (null = any). The digest asks the search module for it with "public since".
 */
record SavedSearch(String query, String type, String organization, Integer year, String originator, LocalDate from, LocalDate to) {

    /** The request of the digest: objects that became public from {@code since} on, newest first. */
    SearchRequest request(Instant since, int pageSize) {
        return new SearchRequest(query, type, organization, year, originator, from, to, SearchRequest.Sort.DATE, since, 1, pageSize);
    }

    /** The search page's parameters of this search (German names, as in the address of /suche). */
    Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "q", query);
        put(params, "art", type);
        put(params, "gremium", organization);
        put(params, "jahr", year == null ? null : String.valueOf(year));
        put(params, "eingereicht", originator);
        put(params, "von", from == null ? null : GermanFormats.date(from));
        put(params, "bis", to == null ? null : GermanFormats.date(to));
        return params;
    }

    /** {@code /suche?q=…} with the filters, sorted by date. */
    String searchPath() {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/suche");
        params().forEach(builder::queryParam);
        builder.queryParam("sortierung", "datum");
        return builder.encode().build().toUriString();
    }

    /** „Radweg“ (Gremium: Bauausschuss; Jahr: 2025) */
    String describe(UiText text) {
        List<String> filters = new ArrayList<>();
        if (type != null) {
            filters.add(text.get("alert.filter.type", type));
        }
        if (organization != null) {
            filters.add(text.get("alert.filter.organization", organization));
        }
        if (year != null) {
            filters.add(text.get("alert.filter.year", String.valueOf(year)));
        }
        if (originator != null) {
            filters.add(text.get("alert.filter.originator", originator));
        }
        if (from != null) {
            filters.add(text.get("alert.filter.from", GermanFormats.date(from)));
        }
        if (to != null) {
            filters.add(text.get("alert.filter.to", GermanFormats.date(to)));
        }
        String quoted = "„" + query + "“";
        return filters.isEmpty() ? quoted : quoted + " (" + String.join("; ", filters) + ")";
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null && !value.isEmpty()) {
            params.put(name, value);
        }
    }
}
