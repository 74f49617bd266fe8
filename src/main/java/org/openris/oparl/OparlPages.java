package org.openris.oparl;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openris.oparl.OparlFormat.Obj;
import org.openris.shared.Viewer;
import org.springframework.stereotype.Component;

/** Builds list pages and objects as the API serves them (used by the controller and the benchmark). */
@Component
class OparlPages {

    private final OparlQueries queries;
    private final OparlRenderer renderer;

    OparlPages(OparlQueries queries, OparlRenderer renderer) {
        this.queries = queries;
        this.renderer = renderer;
    }

    /** One page: {@code data}, {@code pagination}, {@code links} (next only when there is more). */
    Obj list(Viewer viewer, OparlType type, long scope, boolean organizationScope, String listUrl, ListRequest request) {
        List<Map<String, Object>> rows = queries.page(viewer, type, scope, organizationScope, request);
        boolean more = rows.size() > request.limit();
        List<Map<String, Object>> pageRows = more ? rows.subList(0, request.limit()) : rows;
        List<Obj> data = renderer.render(viewer, type, pageRows, true, request.omitInternal());
        Obj links = new Obj().always("first", link(listUrl, request.filterParameters(), 0))
                .always("self", link(listUrl, request.filterParameters(), request.after()));
        if (more) {
            links.always("next", link(listUrl, request.filterParameters(), OparlRenderer.id(pageRows.get(pageRows.size() - 1))));
        }
        return new Obj().always("data", data).always("pagination", new Obj().always("elementsPerPage", request.limit()))
                .always("links", links);
    }

    /** The object at its URL (or its tombstone); empty for hidden and unknown ids alike. */
    Optional<Obj> object(Viewer viewer, OparlType type, long id) {
        return queries.object(viewer, type, id).map(row -> renderer.render(viewer, type, List.of(row), true, false).get(0));
    }

    /** Canonical page URL: parameters sorted by name, the cursor included unless it is the first page. */
    static String link(String listUrl, Map<String, String> filters, long after) {
        Map<String, String> params = new TreeMap<>(filters);
        if (after > 0) {
            params.put("after", String.valueOf(after));
        }
        if (params.isEmpty()) {
            return listUrl;
        }
        return listUrl + "?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
