package org.openris.importer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reading back what an import produced: through an OParl API (objects per list) and as a canonical dump of a database. */
final class ImportedData {

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    static final List<String> LISTS = OparlImporter.LISTS.stream().map(l -> l[0]).toList();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern OBJECT_URL = Pattern.compile("^(https?://[^/]+/oparl/v1/[A-Za-z]+/\\d+)(.*)$");

    private ImportedData() {
    }

    static JsonNode get(String url) {
        try {
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + url + " -> " + r.statusCode());
            }
            return JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("GET " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static byte[] bytes(String url) {
        try {
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + url + " -> " + r.statusCode());
            }
            return r.body();
        } catch (java.io.IOException e) {
            throw new AssertionError("GET " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String sha512(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(content));
    }

    /** Every object of every list of the body, by list name and id (the body itself under "body"). */
    static Map<String, Map<String, JsonNode>> crawl(String bodyUrl) {
        Map<String, Map<String, JsonNode>> out = new LinkedHashMap<>();
        JsonNode body = get(bodyUrl);
        out.put("body", Map.of(body.path("id").asString(), body));
        for (String list : LISTS) {
            Map<String, JsonNode> objects = new LinkedHashMap<>();
            String next = body.path(list).asString(null);
            while (next != null) {
                JsonNode page = get(next);
                page.path("data").forEach(o -> objects.put(o.path("id").asString(), o));
                next = page.path("links").path("next").asString(null);
            }
            out.put(list, objects);
        }
        return out;
    }

    /** Source URL -> URL of the same object in the target API (from the target's import_source). */
    static Map<String, String> urlMap(String dbUrl, String targetBase) throws SQLException {
        Map<String, String> map = new HashMap<>();
        try (Connection c = DriverManager.getConnection(dbUrl);
             ResultSet rs = c.createStatement().executeQuery("SELECT source_url, oparl_type, local_id FROM import_source")) {
            while (rs.next()) {
                String type = rs.getString(2);
                map.put(rs.getString(1), targetBase + "/" + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "/" + rs.getLong(3));
            }
        }
        return map;
    }

    /**
     * The object as compared: URLs of the source mapped to the target, unordered URL arrays sorted, and
     * left out what cannot be equal (web pages of other ids, the text extracted later, our vote extension).
     */
    static JsonNode normalize(JsonNode node, Map<String, String> urls, String sourceBase, String targetBase) {
        if (node.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            for (String key : new java.util.TreeSet<>(node.propertyNames())) {
                if (key.equals("web") || key.equals("text") || key.equals("openris:vote")) {
                    continue;
                }
                out.set(key, normalize(node.get(key), urls, sourceBase, targetBase));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            List<JsonNode> items = new ArrayList<>();
            node.forEach(n -> items.add(normalize(n, urls, sourceBase, targetBase)));
            if (items.stream().allMatch(JsonNode::isString)) {
                items.sort(java.util.Comparator.comparing(JsonNode::asString));
            }
            items.forEach(out::add);
            return out;
        }
        if (node.isString() && sourceBase != null && node.asString().startsWith(sourceBase)) {
            String s = node.asString();
            if (s.equals(sourceBase + "/system")) {
                return JSON.getNodeFactory().stringNode(targetBase + "/system");
            }
            Matcher m = OBJECT_URL.matcher(s);
            if (m.matches() && urls.containsKey(m.group(1))) {
                return JSON.getNodeFactory().stringNode(urls.get(m.group(1)) + m.group(2));
            }
        }
        return node;
    }

    static final List<String> TABLES = List.of("body", "legislative_term", "location", "organization", "person", "membership", "meeting",
            "meeting_organization", "meeting_file", "attendance", "agenda_item", "agenda_item_file", "paper_type", "paper",
            "paper_originator", "paper_related", "paper_location", "paper_file", "consultation", "stored_file");

    /**
     * The imported rows of a database, independent of local ids: each row keyed by its source URL,
     * references replaced by the source URL of the row they point to (paper types by name); rows
     * without a source (links) without their bookkeeping timestamps.
     */
    static List<String> canonical(String dbUrl) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(dbUrl)) {
            Map<String, String> source = new HashMap<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT local_table, local_id, source_url FROM import_source")) {
                while (rs.next()) {
                    source.put(rs.getString(1) + "#" + rs.getLong(2), rs.getString(3));
                }
            }
            // paper types are the importer's own rows (one per source paperType): known by name, stamped at import time
            Map<String, String> names = new HashMap<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id, name FROM paper_type")) {
                while (rs.next()) {
                    names.put("paper_type#" + rs.getLong(1), "paper type " + rs.getString(2));
                }
            }
            Map<String, Map<String, String>> fks = new HashMap<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT con.conrelid::regclass::text, a.attname, con.confrelid::regclass::text"
                    + " FROM pg_constraint con JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]"
                    + " WHERE con.contype = 'f' AND array_length(con.conkey, 1) = 1")) {
                while (rs.next()) {
                    fks.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                }
            }
            for (String table : TABLES) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT to_jsonb(t)::text FROM " + table + " t")) {
                    while (rs.next()) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> row = JSON.readValue(rs.getString(1), TreeMap.class);
                        Object id = row.remove("id");
                        String key = id == null ? null : source.get(table + "#" + id);
                        if (key == null && id != null) {
                            key = names.get(table + "#" + id);
                        }
                        if (key == null || !source.containsKey(table + "#" + id)) {
                            row.remove("created");
                            row.remove("modified");
                        }
                        fks.getOrDefault(table, Map.of()).forEach((column, target) -> {
                            Object value = row.get(column);
                            if (value != null) {
                                row.put(column, source.getOrDefault(target + "#" + value, names.getOrDefault(target + "#" + value, target + "#unmapped")));
                            }
                        });
                        out.add(table + " " + (key == null ? "-" : key) + " " + JSON.writeValueAsString(row));
                    }
                }
            }
        }
        out.sort(null);
        return out;
    }
}
