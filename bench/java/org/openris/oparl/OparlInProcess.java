package org.openris.oparl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.openris.oparl.OparlFormat.Obj;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark only (bench/, never compiled by Maven): the OParl controller's work for a list page or
 * an object without HTTP, built from the production {@link OparlQueries} and {@link OparlRenderer}.
 * It sits in the production package because those are package-private; it mirrors
 * {@code OparlController.bodyList/list/object/respond} step by step (body check, page query,
 * render, links, JSON, ETag). If that controller changes, this copy must follow; the harness
 * compares its bytes with the HTTP response before measuring, so drift shows up as a warning.
 */
public final class OparlInProcess {

    private final OparlQueries queries;
    private final OparlRenderer renderer;
    private final JsonMapper json = JsonMapper.builder().build();

    /** {@code baseUrl} = scheme, host and port the HTTP server answers on, so the ids are identical. */
    public OparlInProcess(DataSource dataSource, String baseUrl) {
        this.queries = new OparlQueries(JdbcClient.create(dataSource), new VisibilityRules());
        this.renderer = new OparlRenderer(queries, baseUrl);
    }

    /** {@code GET /oparl/v1/body/{bodyId}/{segment}?after=..&limit=..} (after = 0: first page). */
    public byte[] list(String segment, long bodyId, long after, int limit) {
        Viewer viewer = Viewer.anonymous();
        if (queries.object(viewer, OparlType.BODY, bodyId).filter(b -> !Boolean.TRUE.equals(b.get("is_deleted"))).isEmpty()) {
            throw new IllegalStateException("body " + bodyId + " not visible");
        }
        OparlType type = OparlType.ofSegment(segment);
        Map<String, String> query = new TreeMap<>();
        if (after > 0) {
            query.put("after", String.valueOf(after));
        }
        query.put("limit", String.valueOf(limit));
        ListRequest request = ListRequest.parse(query);
        String listUrl = renderer.bodyList(bodyId, segment);
        List<Map<String, Object>> rows = queries.page(viewer, type, bodyId, false, request);
        boolean more = rows.size() > request.limit();
        List<Map<String, Object>> pageRows = more ? rows.subList(0, request.limit()) : rows;
        List<Obj> data = renderer.render(viewer, type, pageRows, true, request.omitInternal());
        Obj links = new Obj().always("first", link(listUrl, request.filterParameters(), 0))
                .always("self", link(listUrl, request.filterParameters(), request.after()));
        if (more) {
            links.always("next", link(listUrl, request.filterParameters(), OparlRenderer.id(pageRows.get(pageRows.size() - 1))));
        }
        Obj page = new Obj().always("data", data).always("pagination", new Obj().always("elementsPerPage", request.limit()))
                .always("links", links);
        return respond(page);
    }

    /** {@code GET /oparl/v1/{segment}/{id}}. */
    public byte[] object(String segment, long id) {
        OparlType kind = OparlType.ofSegment(segment);
        Viewer viewer = Viewer.anonymous();
        Map<String, Object> row = queries.object(viewer, kind, id).orElseThrow(() -> new IllegalStateException(segment + " " + id + " not visible"));
        return respond(renderer.render(viewer, kind, List.of(row), true, false).get(0));
    }

    private static String link(String listUrl, Map<String, String> filters, long after) {
        Map<String, String> params = new TreeMap<>(filters);
        if (after > 0) {
            params.put("after", String.valueOf(after));
        }
        if (params.isEmpty()) {
            return listUrl;
        }
        StringBuilder s = new StringBuilder(listUrl).append('?');
        params.forEach((k, v) -> s.append(s.charAt(s.length() - 1) == '?' ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return s.toString();
    }

    private byte[] respond(Object body) {
        byte[] bytes = json.writeValueAsBytes(body);
        try {
            MessageDigest.getInstance("SHA-256").digest(bytes); // the controller's ETag
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return bytes;
    }
}
