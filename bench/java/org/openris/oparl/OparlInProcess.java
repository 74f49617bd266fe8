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
 * It sits in the production package because those are package-private; it calls the same
 * {@link OparlPages} as the controller (stored documents included, ADR 0014) and adds what the
 * controller adds (body check, ETag digest). The harness compares its bytes with the HTTP response before measuring.
 */
public final class OparlInProcess {

    private final OparlQueries queries;
    private final OparlRenderer renderer;
    private final OparlPages pages;
    private final JsonMapper json = JsonMapper.builder().build();

    /** {@code baseUrl} = scheme, host and port the HTTP server answers on, so the ids are identical. */
    public OparlInProcess(DataSource dataSource, String baseUrl) {
        this.queries = new OparlQueries(JdbcClient.create(dataSource), new VisibilityRules());
        this.renderer = new OparlRenderer(queries, baseUrl);
        this.pages = new OparlPages(queries, renderer, new OparlDocuments(queries, renderer), json);
    }

    /** {@code GET /oparl/v1/body/{bodyId}/{segment}?after=..&limit=..} (after = 0: first page). */
    public byte[] list(String segment, long bodyId, long after, int limit) {
        Viewer viewer = Viewer.anonymous();
        if (queries.object(viewer, OparlType.BODY, bodyId).filter(b -> !Boolean.TRUE.equals(b.get("is_deleted"))).isEmpty()) {
            throw new IllegalStateException("body " + bodyId + " not visible");
        }
        Map<String, String> query = new TreeMap<>();
        if (after > 0) {
            query.put("after", String.valueOf(after));
        }
        query.put("limit", String.valueOf(limit));
        return etag(pages.list(viewer, OparlType.ofSegment(segment), bodyId, false, renderer.bodyList(bodyId, segment),
                ListRequest.parse(query)), renderer.bodyList(bodyId, segment) + "?" + query);
    }

    /** {@code GET /oparl/v1/{segment}/{id}}. */
    public byte[] object(String segment, long id) {
        return etag(pages.object(Viewer.anonymous(), OparlType.ofSegment(segment), id)
                .orElseThrow(() -> new IllegalStateException(segment + " " + id + " not visible")), renderer.url(OparlType.ofSegment(segment), id));
    }

    private static byte[] etag(OparlPages.Served served, String url) {
        byte[] bytes = served.json();
        try {
            // the controller's ETag: variant, generation and URL
            MessageDigest.getInstance("SHA-256").digest((served.variant() + "|" + served.generation() + "|" + url).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return bytes;
    }
}
