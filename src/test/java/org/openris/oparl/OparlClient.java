package org.openris.oparl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP against the running API (no Spring test client: what a real OParl consumer sees). */
final class OparlClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TYPE = "https://schema.oparl.org/1.1/";

    final String root;
    final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    int requests;

    OparlClient(int port) {
        root = "http://localhost:" + port;
        base = root + "/oparl/v1";
    }

    /** One answer: status, headers and the raw bytes as sent (no decompression). */
    record Response(String url, int status, HttpHeaders headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (RuntimeException e) {
                throw new AssertionError("no JSON from " + url + " (status " + status + "): " + abbreviate(text()), e);
            }
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        String describe() {
            return "GET " + url + " -> " + status + " " + headers.map() + " " + abbreviate(text());
        }
    }

    static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

    Response get(String url, String... headerPairs) {
        return send("GET", url, headerPairs);
    }

    Response head(String url, String... headerPairs) {
        return send("HEAD", url, headerPairs);
    }

    Response send(String method, String url, String... headerPairs) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.startsWith("/") ? root + url : url))
                .timeout(Duration.ofSeconds(60)).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headerPairs.length; i += 2) {
            request.header(headerPairs[i], headerPairs[i + 1]);
        }
        try {
            requests++;
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(url, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET that must answer 200 with JSON. */
    JsonNode json(String url) {
        Response response = get(url);
        if (response.status() != 200) {
            throw new AssertionError("expected 200: " + response.describe());
        }
        return response.json();
    }

    /** All pages of an external list, following {@code links.next}; stops with an error on a loop. */
    List<JsonNode> pages(String firstPage) {
        List<JsonNode> pages = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        String url = firstPage;
        while (url != null) {
            if (seen.contains(url)) {
                throw new AssertionError("pagination loop: " + url + " after " + seen);
            }
            seen.add(url);
            JsonNode page = json(url);
            pages.add(page);
            JsonNode next = page.path("links").path("next");
            url = next.isString() ? next.stringValue() : null;
        }
        return pages;
    }

    /** The concatenated {@code data} of all pages. */
    List<JsonNode> all(String firstPage) {
        List<JsonNode> data = new ArrayList<>();
        for (JsonNode page : pages(firstPage)) {
            page.path("data").values().forEach(data::add);
        }
        return data;
    }

    /** The numeric id at the end of an object URL. */
    static long idOf(String url) {
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    static long idOf(JsonNode object) {
        return idOf(object.path("id").stringValue());
    }

    static String typeName(JsonNode object) {
        String type = object.path("type").asString("");
        return type.startsWith(TYPE) ? type.substring(TYPE.length()) : type;
    }
}
