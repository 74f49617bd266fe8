package org.openris.importer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OParl server with the faults real vendor servers show (shared/oparl/SPEC-NOTES.md §3.2):
 * a single Body instead of a body list, sporadic HTTP 500, pagination that serves page 1 again under
 * a later page URL, objects without {@code type}, "N/A"/""/whitespace values, an object where an array
 * belongs and vice versa, dates without offset and date strings in date-time fields, unescaped control
 * characters, an embedded agenda item that differs from its standalone version, a file URL that
 * answers 404, an AGS without its leading zero. In phase 2 (incremental) lists answer 404 for an
 * empty filter window, {@code next} links lose the filter, and a deleted paper comes as a tombstone
 * without type.
 */
final class QuirkyVendor implements AutoCloseable {

    /** A reference of another system that can be a path segment (percent-encoded). */
    static final String FOREIGN_READABLE = "Antrag Nr. 7 (Grüne)+&?#";

    static final byte[] PDF = org.openris.testsupport.Fixtures.onePagePdf("Quirkstadt Vorlage");

    private final HttpServer server;
    final String base;
    volatile int phase = 1;
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    /** The body's name ("Quirkstadt"); another test importing in the same database uses another. */
    private final String town;
    /** While set, the body list waits for it (a test holds a run mid-way, deterministically). */
    volatile java.util.concurrent.CountDownLatch gate;

    QuirkyVendor() throws IOException {
        this("Quirkstadt");
    }

    QuirkyVendor(String town) throws IOException {
        this.town = town;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/rim";
        server.createContext("/rim", this::handle);
        server.start();
    }

    String systemUrl() {
        return base + "/system";
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath().substring("/rim".length());
        String query = ex.getRequestURI().getRawQuery();
        String key = path + (query == null ? "" : "?" + query);
        int hit = hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        boolean filtered = query != null && query.contains("modified_since");
        java.util.concurrent.CountDownLatch waiting = gate;
        if (waiting != null && path.equals("/bodies")) {
            try {
                waiting.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            if (path.equals("/files/1.pdf")) {
                send(ex, 200, "application/pdf", PDF);
                return;
            }
            String json = route(path, key, hit, filtered);
            if (json == null) {
                send(ex, 404, "text/html", "{\"error\":\"Die angeforderte Ressource wurde nicht gefunden.\",\"code\":802,\"type\":\"SD.NET RIM Webservice\"}"
                        .getBytes(StandardCharsets.UTF_8));
            } else if (json.equals("500")) {
                send(ex, 500, "text/plain", "Internal Server Error".getBytes(StandardCharsets.UTF_8));
            } else {
                send(ex, 200, "application/json", townSpecific(json.replace("{B}", base)).getBytes(StandardCharsets.UTF_8));
            }
        } catch (RuntimeException e) {
            send(ex, 500, "text/plain", String.valueOf(e).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Another town's references differ from Quirkstadt's, so tests in one database never share one. */
    private String townSpecific(String json) {
        if (town.equals("Quirkstadt")) {
            return json;
        }
        String tag = Integer.toHexString(town.hashCode());
        return json.replace("\"Quirkstadt\"", "\"" + town + "\"").replace("V/2024/", "V/2024-" + tag + "/")
                .replace(FOREIGN_READABLE, FOREIGN_READABLE + " " + tag);
    }

    private String route(String path, String key, int hit, boolean filtered) {
        switch (path) {
            case "/system":
                return """
                        {"id":"{B}/system","type":"https://schema.oparl.org/1.1/System","oparlVersion":"https://schema.oparl.org/1.1/",
                         "body":"{B}/bodies","name":"Quirk-RIS","created":"2020-01-01T00:00:00+01:00","modified":"2020-01-01T00:00:00+01:00"}""";
            case "/bodies":
                // a single Body instead of a list page
                return body();
            case "/body/1":
                return body();
            case "/body/1/terms":
                // sporadic 500: the first request fails
                if (hit == 1) {
                    return "500";
                }
                return page(filtered ? "" : """
                        {"id":"{B}/term/1","type":"https://schema.oparl.org/1.1/LegislativeTerm","body":"{B}/body/1","name":"2020-2025",
                         "startDate":"2020-11-01","endDate":"2025-10-31","created":"2020-01-01T00:00:00+01:00","modified":"2020-01-01T00:00:00+01:00"}""",
                        null);
            case "/body/1/organizations":
                if (filtered) {
                    return null; // 404 for an empty filter window
                }
                if (key.endsWith("page=2")) {
                    // next points to page 3, which serves page 1 again (looping pagination)
                    return page(org(2, "Ausschuss für Umwelt", "\"organizationType\":\"Gremium\",\"classification\":\"N/A\","), "{B}/body/1/organizations?page=3");
                }
                return page(org(1, "Rat der Stadt", "\"organizationType\":\"Gremium\",\"classification\":\"Parlament\",")
                        // no type on this one
                        + "," + org(3, "Fraktion Grün", "\"organizationType\":\"Fraktion\",").replace(
                        "\"type\":\"https://schema.oparl.org/1.1/Organization\",", ""), "{B}/body/1/organizations?page=2");
            case "/body/1/persons":
                if (filtered) {
                    return page("", null);
                }
                return page("""
                        {"id":"{B}/person/1","type":"https://schema.oparl.org/1.1/Person","body":"{B}/body/1","name":"Dr. Erika Muster",
                         "familyName":"Muster","givenName":"Erika","title":"  ","formOfAddress":"Frau","email":"erika.muster@quirkstadt.example",
                         "membership":{"id":"{B}/membership/1","type":"https://schema.oparl.org/1.1/Membership","organization":"{B}/org/1",
                           "role":"Vorsitzende","votingRight":true,"startDate":"2020-11-01","created":"2020-11-01T00:00:00+01:00",
                           "modified":"2020-11-01T00:00:00+01:00"},
                         "created":"2020-11-01T00:00:00+01:00","modified":"2020-11-01T00:00:00+01:00"},
                        {"id":"{B}/person/2","type":"https://schema.oparl.org/1.1/Person","body":"{B}/body/1","name":"Max Beispiel",
                         "membership":[{"id":"{B}/membership/2","type":"https://schema.oparl.org/1.1/Membership","organization":"{B}/org/3",
                           "role":"Mitglied","startDate":"2021-01-01","created":"2021-01-01T00:00:00+01:00","modified":"2021-01-01T00:00:00+01:00"},
                           {"id":"{B}/membership/3","type":"https://schema.oparl.org/1.1/Membership","organization":"{B}/org/1",
                           "role":"Mitglied","startDate":"2021-01-01","created":"2021-01-01T00:00:00+01:00","modified":"2021-01-01T00:00:00+01:00"}],
                         "created":"2021-01-01T00:00:00+01:00","modified":"2021-01-01T00:00:00+01:00"}""", null);
            case "/body/1/meetings":
                if (filtered) {
                    return page("", null);
                }
                // unescaped tab and newline inside the name; start without offset; end as a bare date
                return page("""
                        {"id":"{B}/meeting/1","type":"https://schema.oparl.org/1.1/Meeting","name":"1. Sitzung\tdes Rates
                        (öffentlich)","meetingState":"durchgeführt","start":"2024-03-05T17:00:00","end":"2024-03-06",
                         "organization":["{B}/org/1"],
                         "invitation":{"id":"{B}/file/404","type":"https://schema.oparl.org/1.1/File","name":"Einladung",
                           "accessUrl":"{B}/files/missing.pdf","created":"2024-02-20T00:00:00+01:00","modified":"2024-02-20T00:00:00+01:00"},
                         "agendaItem":[{"id":"{B}/item/1","type":"https://schema.oparl.org/1.1/AgendaItem","number":"Ö 1","order":0,
                           "name":"Eröffnung (eingebettet)","public":true,"created":"2024-02-20T00:00:00+01:00","modified":"2024-02-20T00:00:00+01:00"},
                           {"id":"{B}/item/2","type":"https://schema.oparl.org/1.1/AgendaItem","number":"2","order":1,
                           "name":"Haushalt","public":"N/A","created":"2024-02-20T00:00:00+01:00","modified":"2024-02-20T00:00:00+01:00"}],
                         "created":"2024-02-20T00:00:00+01:00","modified":"2024-03-06T00:00:00+01:00"}""", null);
            case "/body/1/papers":
                if (filtered) {
                    // next link without the filter (ALLRIS); the second page brings a tombstone without type
                    if (key.contains("page=2")) {
                        return page("""
                                {"id":"{B}/paper/2","deleted":true,"created":"2024-01-10T00:00:00+01:00","modified":"2024-05-01T00:00:00+02:00"}""", null);
                    }
                    return page("", "{B}/body/1/papers?page=2");
                }
                // foreign references: with a slash (no path segment), readable with blanks, umlauts and signs, and one taken twice
                return page(paper(1, "V/2024/001", "Neubau Kita Sonnenschein") + "," + paper(2, "V/2024/002", "Radweg Bahnhofstraße")
                        + "," + paper(3, FOREIGN_READABLE, "Antrag Tempo 30 vor der Grundschule").replace("Beschlussvorlage", "Antrag")
                        + "," + paper(4, "V/2024/001", "Neubau Kita Sonnenschein – zweite Fassung"), null);
            case "/body/1/items":
                if (filtered) {
                    return page("", null);
                }
                // the standalone version differs from the embedded one: it wins
                return page("""
                        {"id":"{B}/item/1","type":"https://schema.oparl.org/1.1/AgendaItem","meeting":"{B}/meeting/1","number":"Ö 1","order":0,
                         "name":"Eröffnung und Begrüßung","public":true,"created":"2024-02-20T00:00:00+01:00","modified":"2024-02-21T00:00:00+01:00"}""",
                        null);
            case "/body/1/files":
                // sporadic 500 twice, then the list
                if (hit <= 2) {
                    return "500";
                }
                return page("", null);
            case "/org/1":
                return org(1, "Rat der Stadt", "\"organizationType\":\"Gremium\",\"classification\":\"Parlament\",");
            case "/org/3":
                return org(3, "Fraktion Grün", "\"organizationType\":\"Fraktion\",");
            default:
                return null;
        }
    }

    private static String body() {
        return """
                {"id":"{B}/body/1","type":"https://schema.oparl.org/1.1/Body","system":"{B}/system","name":"Quirkstadt","shortName":"Quirk",
                 "ags":"5315000","website":"","organization":"{B}/body/1/organizations","person":"{B}/body/1/persons",
                 "meeting":"{B}/body/1/meetings","paper":"{B}/body/1/papers","agendaItem":"{B}/body/1/items","file":"{B}/body/1/files",
                 "legislativeTermList":"{B}/body/1/terms","membership":"{B}/body/1/memberships",
                 "created":"2020-01-01T00:00:00+01:00","modified":"2020-01-01T00:00:00+01:00"}""";
    }

    private static String org(int n, String name, String extra) {
        return "{\"id\":\"{B}/org/" + n + "\",\"type\":\"https://schema.oparl.org/1.1/Organization\",\"body\":\"{B}/body/1\",\"name\":\"" + name
                + "\"," + extra + "\"created\":\"2020-11-01T00:00:00+01:00\",\"modified\":\"2020-11-01T00:00:00+01:00\"}";
    }

    private static String paper(int n, String reference, String name) {
        String sha512 = sha512(PDF);
        return """
                {"id":"{B}/paper/%d","type":"https://schema.oparl.org/1.1/Paper","body":"{B}/body/1","name":"%s","reference":"%s",
                 "date":"2024-02-01T00:00:00+01:00","paperType":"Beschlussvorlage",
                 "mainFile":{"id":"{B}/file/%d","type":"https://schema.oparl.org/1.1/File","name":"Vorlage %s","fileName":"vorlage-%d.pdf",
                   "mimeType":"application/pdf","accessUrl":"{B}/files/1.pdf","sha512Checksum":"%s",
                   "created":"2024-01-10T00:00:00+01:00","modified":"2024-01-10T00:00:00+01:00"},
                 "consultation":[{"id":"{B}/consultation/%d","type":"https://schema.oparl.org/1.1/Consultation","meeting":"{B}/meeting/1",
                   "agendaItem":"{B}/item/2","organization":["{B}/org/1"],"role":"Entscheidung","authoritative":true,
                   "created":"2024-01-10T00:00:00+01:00","modified":"2024-01-10T00:00:00+01:00"}],
                 "created":"2024-01-10T00:00:00+01:00","modified":"2024-01-10T00:00:00+01:00"}"""
                .formatted(n, name, reference, n, reference, n, sha512, n);
    }

    private static String page(String data, String next) {
        return "{\"data\":[" + data + "],\"pagination\":{},\"links\":{" + (next == null ? "" : "\"next\":\"" + next + "\"") + "}}";
    }

    static String sha512(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
