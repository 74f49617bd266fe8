package org.openris.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report of one run: counts per OParl type (new, updated, unchanged, deleted, skipped), warnings
 * by kind with up to {@link #EXAMPLES} examples, and objects that could not be mapped with the reason.
 * Stored as JSON with every page (so a resumed run continues the same report) and printed at the end.
 */
final class ImportReport {

    static final int EXAMPLES = 3;
    static final int UNMAPPED_KEPT = 50;
    static final List<String> OUTCOMES = List.of("new", "updated", "unchanged", "deleted", "skipped");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Map<String, Long>> counts = new TreeMap<>();
    private final Map<Warning, Long> warnings = new TreeMap<>();
    private final Map<Warning, List<String>> examples = new TreeMap<>();
    private final List<Map<String, String>> unmapped = new ArrayList<>();
    private long unmappedTotal;
    private long filesDownloaded;
    private long bytesDownloaded;

    synchronized void count(String type, String outcome) {
        counts.computeIfAbsent(type, t -> {
            Map<String, Long> m = new LinkedHashMap<>();
            OUTCOMES.forEach(o -> m.put(o, 0L));
            return m;
        }).merge(outcome, 1L, Long::sum);
    }

    /** Warnings of a fetch made ahead of time (PagePrefetch), applied when its page is taken. */
    static final class Captured {
        private final List<Object[]> warnings = new ArrayList<>();
        private RuntimeException failure;

        Captured failed(RuntimeException e) {
            failure = e;
            return this;
        }

        RuntimeException failure() {
            return failure;
        }

        void replay(ImportReport report) {
            for (Object[] w : warnings) {
                report.warn((Warning) w[0], (String) w[1], (String) w[2]);
            }
        }
    }

    private static final ThreadLocal<Captured> CAPTURE = new ThreadLocal<>();

    /** From now on, warnings of this thread are recorded in the returned object instead of any report. */
    static Captured capture() {
        Captured c = new Captured();
        CAPTURE.set(c);
        return c;
    }

    static void endCapture() {
        CAPTURE.remove();
    }

    void warn(Warning kind, String url, String detail) {
        Captured captured = CAPTURE.get();
        if (captured != null) {
            captured.warnings.add(new Object[] {kind, url, detail});
            return;
        }
        record(kind, url, detail);
    }

    private synchronized void record(Warning kind, String url, String detail) {
        warnings.merge(kind, 1L, Long::sum);
        List<String> list = examples.computeIfAbsent(kind, k -> new ArrayList<>());
        if (list.size() < EXAMPLES) {
            list.add(url + (detail == null ? "" : " – " + detail));
        }
    }

    synchronized void unmapped(String type, String url, String reason) {
        unmappedTotal++;
        count(type, "skipped");
        if (unmapped.size() < UNMAPPED_KEPT) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("type", type);
            entry.put("id", url);
            entry.put("reason", reason);
            unmapped.add(entry);
        }
    }

    synchronized void downloaded(long bytes) {
        filesDownloaded++;
        bytesDownloaded += bytes;
    }

    synchronized long objects() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }

    synchronized long warnings(Warning kind) {
        return warnings.getOrDefault(kind, 0L);
    }

    synchronized long count(String type, String outcome, boolean ignored) {
        return counts.getOrDefault(type, Map.of()).getOrDefault(outcome, 0L);
    }

    synchronized ObjectNode toJson() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode c = root.putObject("counts");
        counts.forEach((type, m) -> {
            ObjectNode t = c.putObject(type);
            m.forEach(t::put);
        });
        ObjectNode w = root.putObject("warnings");
        warnings.forEach((kind, n) -> {
            ObjectNode k = w.putObject(kind.name());
            k.put("description", kind.description);
            k.put("count", n);
            examples.getOrDefault(kind, List.of()).forEach(k.putArray("examples")::add);
        });
        root.put("unmappedTotal", unmappedTotal);
        var u = root.putArray("unmapped");
        unmapped.forEach(e -> {
            ObjectNode n = u.addObject();
            e.forEach(n::put);
        });
        root.put("filesDownloaded", filesDownloaded);
        root.put("bytesDownloaded", bytesDownloaded);
        return root;
    }

    /** Back to a state taken with {@link #toJson()} (a page written again after a rollback). */
    synchronized void reset(JsonNode snapshot) {
        counts.clear();
        warnings.clear();
        examples.clear();
        unmapped.clear();
        unmappedTotal = 0;
        filesDownloaded = 0;
        bytesDownloaded = 0;
        restore(snapshot);
    }

    /** Continues a report stored by an interrupted run. */
    synchronized void restore(JsonNode stored) {
        if (stored == null || !stored.isObject()) {
            return;
        }
        JsonNode c = stored.path("counts");
        for (String type : c.propertyNames()) {
            for (String outcome : OUTCOMES) {
                long n = c.path(type).path(outcome).asLong(0);
                counts.computeIfAbsent(type, t -> {
                    Map<String, Long> m = new LinkedHashMap<>();
                    OUTCOMES.forEach(o -> m.put(o, 0L));
                    return m;
                }).merge(outcome, n, Long::sum);
            }
        }
        JsonNode w = stored.path("warnings");
        for (String name : w.propertyNames()) {
            Warning kind = Warning.valueOf(name);
            warnings.merge(kind, w.path(name).path("count").asLong(0), Long::sum);
            List<String> list = examples.computeIfAbsent(kind, k -> new ArrayList<>());
            w.path(name).path("examples").forEach(e -> list.add(e.asString()));
        }
        unmappedTotal = stored.path("unmappedTotal").asLong(0);
        stored.path("unmapped").forEach(e -> {
            Map<String, String> entry = new LinkedHashMap<>();
            e.properties().forEach(p -> entry.put(p.getKey(), p.getValue().asString()));
            unmapped.add(entry);
        });
        filesDownloaded = stored.path("filesDownloaded").asLong(0);
        bytesDownloaded = stored.path("bytesDownloaded").asLong(0);
    }
}
