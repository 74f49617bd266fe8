package org.openris.oparl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openris.oparl.OparlFormat.Obj;
import org.openris.shared.Viewer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds list pages and objects as the API serves them, as JSON bytes (used by the controller and the
 * benchmark). Each object's JSON is rendered once per data generation and kept in
 * {@code oparl_document} (ADR 0014): a page is its rows' stored documents joined, and only objects
 * without a current document are rendered.
 */
@Component
class OparlPages {

    private static final byte[] DATA_OPEN = "{\"data\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] COMMA = {','};
    private static final byte[] DATA_CLOSE = {']'};

    private final OparlQueries queries;
    private final OparlRenderer renderer;
    private final OparlDocuments documents;
    private final JsonMapper json;

    OparlPages(OparlQueries queries, OparlRenderer renderer, OparlDocuments documents, JsonMapper json) {
        this.queries = queries;
        this.renderer = renderer;
        this.documents = documents;
        this.json = json;
    }

    /**
     * A response body with what determines it besides the URL: the data generation it was read at and
     * the variant (the controller's ETag is derived from these instead of hashing every byte).
     */
    record Served(OparlBody body, long generation, long variant) {

        /** The whole body in one array (tests and the benchmark; the controller writes {@link #body()} in pieces). */
        byte[] json() {
            return body.bytes();
        }
    }

    /** One page: {@code data}, {@code pagination}, {@code links} (next only when there is more). */
    Served list(Viewer viewer, OparlType type, long scope, boolean organizationScope, String listUrl, ListRequest request) {
        long variant = documents.variant(viewer, request.omitInternal());
        List<Map<String, Object>> rows = queries.pageWithDocuments(viewer, type, scope, organizationScope, request, variant);
        boolean more = rows.size() > request.limit();
        List<Map<String, Object>> pageRows = more ? rows.subList(0, request.limit()) : rows;
        List<byte[]> data = documents(viewer, type, pageRows, request.omitInternal(), variant);
        Obj links = new Obj().always("first", link(listUrl, request.filterParameters(), 0))
                .always("self", link(listUrl, request.filterParameters(), request.after()));
        if (more) {
            links.always("next", link(listUrl, request.filterParameters(), OparlRenderer.id(pageRows.get(pageRows.size() - 1))));
        }
        byte[] rest = json.writeValueAsBytes(new Obj().always("pagination", new Obj().always("elementsPerPage", request.limit()))
                .always("links", links));
        List<byte[]> parts = new ArrayList<>(2 * data.size() + 2);
        parts.add(DATA_OPEN);
        for (int i = 0; i < data.size(); i++) {
            if (i > 0) {
                parts.add(COMMA);
            }
            parts.add(data.get(i));
        }
        rest[0] = ','; // the envelope's remaining members: its opening brace becomes the comma after the data
        parts.add(DATA_CLOSE);
        parts.add(rest);
        return new Served(OparlBody.of(parts), rows.isEmpty() ? queries.generation() : (Long) rows.get(0).get("generation"), variant);
    }

    /** The object at its URL (or its tombstone); empty for hidden and unknown ids alike. */
    Optional<Served> object(Viewer viewer, OparlType type, long id) {
        long variant = documents.variant(viewer, false);
        return queries.objectWithDocument(viewer, type, id, variant)
                .flatMap(row -> documents(viewer, type, List.of(row), false, variant).stream().findFirst()
                        .map(json -> new Served(OparlBody.of(json), (Long) row.get("generation"), variant)));
    }

    /**
     * The JSON of each row in order: tombstones from the row, stored documents as they are, the rest
     * rendered now (and stored). A row that became invisible between the page query and its
     * rendering is left out, never shown.
     */
    private List<byte[]> documents(Viewer viewer, OparlType type, List<Map<String, Object>> rows, boolean omitInternal, long variant) {
        List<Long> missing = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            if (!deleted(row) && row.get("json") == null) {
                missing.add(OparlRenderer.id(row));
            }
        }
        Map<Long, byte[]> rendered = new HashMap<>();
        if (!missing.isEmpty()) {
            List<Map<String, Object>> full = queries.byIds(viewer, type, missing);
            List<Obj> objects = renderer.render(viewer, type, full, true, omitInternal);
            for (int i = 0; i < full.size(); i++) {
                rendered.put(OparlRenderer.id(full.get(i)), json.writeValueAsBytes(objects.get(i)));
            }
            documents.store(viewer, type, variant, (Long) rows.get(0).get("generation"), rendered);
        }
        List<byte[]> out = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            byte[] document = deleted(row) ? json.writeValueAsBytes(renderer.tombstone(type, row))
                    : row.get("json") != null ? (byte[]) row.get("json") : rendered.get(OparlRenderer.id(row));
            if (document != null) {
                out.add(document);
            }
        }
        return out;
    }

    private static boolean deleted(Map<String, Object> row) {
        return Boolean.TRUE.equals(row.get("is_deleted"));
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
