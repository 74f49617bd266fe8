package org.openris.oparl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openris.oparl.OparlFormat.Obj;
import org.openris.shared.Viewer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OParl 1.1 API. Anonymous by design: every request reads as the public, whatever cookie it
 * carries. JSON is UTF-8 without BOM, with {@code Access-Control-Allow-Origin: *} and an ETag.
 */
@RestController
@RequestMapping(OparlRenderer.PREFIX)
class OparlController {

    private static final List<String> BODY_LISTS = List.of("organization", "person", "meeting", "paper", "agendaItem",
            "consultation", "file", "location", "legislativeTerm", "membership");
    private static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

    private final OparlQueries queries;
    private final OparlRenderer renderer;
    private final OparlFiles files;
    private final OparlPages pages;
    private final JsonMapper json;

    OparlController(OparlQueries queries, OparlRenderer renderer, OparlFiles files, OparlPages pages, JsonMapper json) {
        this.queries = queries;
        this.renderer = renderer;
        this.files = files;
        this.pages = pages;
        this.json = json;
    }

    @GetMapping("/system")
    ResponseEntity<byte[]> system() {
        return respond(renderer.system(queries.bodies(Viewer.anonymous())));
    }

    /** The system's body list: a list like any other (filters, limit, keyset pagination). */
    @GetMapping("/body")
    ResponseEntity<OparlBody> bodies(@RequestParam Map<String, String> query, jakarta.servlet.http.HttpServletRequest request) {
        return list(OparlType.BODY, 0, false, renderer.bodyListUrl(), query, request);
    }

    @GetMapping("/body/{id}/{list}")
    ResponseEntity<OparlBody> bodyList(@PathVariable String id, @PathVariable String list, @RequestParam Map<String, String> query,
                                    jakarta.servlet.http.HttpServletRequest request) {
        long bodyId = id(id);
        if (!BODY_LISTS.contains(list)) {
            throw new OparlException(404, "Unbekannte Liste: " + list);
        }
        if (queries.object(Viewer.anonymous(), OparlType.BODY, bodyId).filter(b -> !Boolean.TRUE.equals(b.get("is_deleted"))).isEmpty()) {
            throw notFound();
        }
        return list(OparlType.ofSegment(list), bodyId, false, renderer.bodyList(bodyId, list), query, request);
    }

    @GetMapping("/organization/{id}/meeting")
    ResponseEntity<OparlBody> organizationMeetings(@PathVariable String id, @RequestParam Map<String, String> query,
                                                jakarta.servlet.http.HttpServletRequest request) {
        long organizationId = id(id);
        if (queries.object(Viewer.anonymous(), OparlType.ORGANIZATION, organizationId)
                .filter(o -> !Boolean.TRUE.equals(o.get("is_deleted"))).isEmpty()) {
            throw notFound();
        }
        return list(OparlType.MEETING, organizationId, true, renderer.url(OparlType.ORGANIZATION, organizationId) + "/meeting", query, request);
    }

    @GetMapping("/{type}/{id}")
    ResponseEntity<OparlBody> object(@PathVariable String type, @PathVariable String id, jakarta.servlet.http.HttpServletRequest request) {
        return served(request, pages.object(Viewer.anonymous(), OparlType.ofSegment(type), id(id)).orElseThrow(OparlController::notFound));
    }

    @GetMapping("/file/{id}/access")
    ResponseEntity<?> access(@PathVariable String id) throws IOException {
        return files.serve(id(id), false);
    }

    @GetMapping("/file/{id}/download")
    ResponseEntity<?> download(@PathVariable String id) throws IOException {
        return files.serve(id(id), true);
    }

    /** Anything else under the API root: an OParl Error, never an HTML page. */
    @RequestMapping("/**")
    ResponseEntity<byte[]> unknown(jakarta.servlet.http.HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            throw new OparlException(405, "Die OParl-Schnittstelle ist nur lesbar (GET).");
        }
        throw notFound();
    }

    private ResponseEntity<OparlBody> list(OparlType type, long scope, boolean organizationScope, String listUrl, Map<String, String> query,
                                        jakarta.servlet.http.HttpServletRequest request) {
        return served(request, pages.list(Viewer.anonymous(), type, scope, organizationScope, listUrl, ListRequest.parse(query)));
    }

    /**
     * Lists and objects: the body is determined by URL, data generation and variant (ADR 0014), so the
     * ETag is derived from those instead of hashing up to a megabyte per response.
     */
    private static ResponseEntity<OparlBody> served(jakarta.servlet.http.HttpServletRequest request, OparlPages.Served served) {
        String query = request.getQueryString();
        return respondWith(served.body(), etag(served.variant() + "|" + served.generation() + "|" + request.getRequestURL()
                + (query == null ? "" : "?" + query)));
    }

    private ResponseEntity<byte[]> respond(Object body) {
        byte[] bytes = json.writeValueAsBytes(body);
        return respondWith(bytes, etag(bytes));
    }

    private static <T> ResponseEntity<T> respondWith(T bytes, String etag) {
        return ResponseEntity.ok().contentType(JSON).eTag(etag)
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(bytes);
    }

    private static String etag(String determinants) {
        return etag(determinants.getBytes(StandardCharsets.UTF_8));
    }

    private static String etag(byte[] bytes) {
        try {
            // weak: the representation may be transferred gzip-compressed, which a strong validator would forbid
            return "W/\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 32) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long id(String text) {
        if (!text.matches("[1-9][0-9]{0,17}")) {
            throw notFound();
        }
        return Long.parseLong(text);
    }

    static OparlException notFound() {
        return new OparlException(404, "Das angeforderte Objekt wurde nicht gefunden.");
    }

    /** A query string that cannot be decoded (e.g. "%ZZ") is the client's error. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<byte[]> undecodable(RuntimeException e) {
        return error(new OparlException(400, "Die Anfrage enthält ungültig kodierte Parameter."));
    }

    /** Unexpected failures still answer with an OParl Error object and no technical detail. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<byte[]> failure(RuntimeException e) {
        org.slf4j.LoggerFactory.getLogger(OparlController.class).error("OParl request failed", e);
        return error(new OparlException(500, "Die Anfrage konnte nicht bearbeitet werden."));
    }

    @ExceptionHandler(OparlException.class)
    ResponseEntity<byte[]> error(OparlException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://schema.oparl.org/1.1/Error");
        body.put("message", e.getMessage());
        return ResponseEntity.status(e.status()).contentType(JSON)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").body(json.writeValueAsBytes(body));
    }

}
