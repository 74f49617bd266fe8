package org.openris.importer;

import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches and parses OParl JSON. Invalid JSON with unescaped control characters (seen in the wild)
 * is read leniently and reported; other invalid JSON is an error of that document.
 */
final class Documents {

    static final JsonMapper STRICT = JsonMapper.builder().build();
    private static final JsonMapper LENIENT = JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build();

    private final SourceClient client;
    private final ImportReport report;

    Documents(SourceClient client, ImportReport report) {
        this.client = client;
        this.report = report;
    }

    /** A fetched document: the HTTP status and, for 2xx answers, its JSON (null when it is none). */
    record Doc(String url, int status, JsonNode json) {
        boolean ok() {
            return status >= 200 && status < 300 && json != null;
        }
    }

    Doc get(String url) {
        long t = Timings.start();
        SourceClient.Answer answer = client.get(url);
        Timings.stop("http get (json)", t);
        if (!answer.ok()) {
            return new Doc(url, answer.status(), null);
        }
        t = Timings.start();
        JsonNode json = parse(url, answer.body());
        Timings.stop("json parse", t);
        return new Doc(url, answer.status(), json);
    }

    JsonNode parse(String url, byte[] body) {
        int start = body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF ? 3 : 0;
        String text = new String(body, start, body.length - start, StandardCharsets.UTF_8);
        try {
            return STRICT.readTree(text);
        } catch (JacksonException strict) {
            try {
                JsonNode node = LENIENT.readTree(text);
                report.warn(Warning.CONTROL_CHARACTERS, url, null);
                return node;
            } catch (JacksonException lenient) {
                report.warn(Warning.LIST_UNAVAILABLE, url, "kein lesbares JSON: " + strict.getOriginalMessage());
                return null;
            }
        }
    }

    SourceClient client() {
        return client;
    }
}
