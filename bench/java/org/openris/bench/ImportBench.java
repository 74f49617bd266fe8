package org.openris.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The importer benchmark's measuring side (bench/import-bench.sh). {@code measure <label>}: in the
 * target database after an import, the run's duration and object counts (import_run), then the floor:
 * the same rows (every row import_source points to, per table) copied out and into an empty copy of
 * each table with PostgreSQL {@code COPY} (binary, same constraints and indexes, no triggers),
 * timed; appends one line to import.tsv. {@code report}: the table with ratios, into docs/benchmarks.md.
 */
public final class ImportBench {

    static final String BEGIN = "<!-- import-bench:results:begin (written by bench/import-bench.sh, do not edit by hand) -->";
    static final String END = "<!-- import-bench:results:end -->";

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "measure" -> measure(args[1]);
            case "crawl" -> crawl(args[1], args[2]);
            case "report" -> report();
            default -> throw new IllegalArgumentException("measure <label> | report");
        }
    }

    private static void measure(String label) throws Exception {
        try (Connection c = DriverManager.getConnection(OparlBench.prop("jdbc"), "postgres", "")) {
            long objects;
            double seconds;
            long files;
            long bytes;
            String status;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT status, extract(epoch FROM finished_at - started_at), report::text FROM import_run ORDER BY id DESC LIMIT 1")) {
                if (!rs.next()) {
                    throw new IllegalStateException("no import run in the target database");
                }
                status = rs.getString(1);
                seconds = rs.getDouble(2);
                String report = rs.getString(3);
                objects = sumCounts(report);
                files = number(report, "\"filesDownloaded\"");
                bytes = number(report, "\"bytesDownloaded\"");
            }
            Map<String, Long> perTable = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT local_table, count(*) FROM import_source GROUP BY local_table ORDER BY local_table")) {
                while (rs.next()) {
                    perTable.put(rs.getString(1), rs.getLong(2));
                }
            }
            long rows = perTable.values().stream().mapToLong(Long::longValue).sum();
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            c.setAutoCommit(false);
            double copySeconds = 0;
            long copied = 0;
            for (String table : perTable.keySet()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                copy.copyOut("COPY (SELECT t.* FROM " + table + " t WHERE t.id IN (SELECT local_id FROM import_source WHERE local_table = '"
                        + table + "')) TO STDOUT (FORMAT binary)", out);
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS bench_copy_" + table);
                    s.execute("CREATE TABLE bench_copy_" + table + " (LIKE " + table + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)");
                }
                c.commit();
                long started = System.nanoTime();
                copied += copy.copyIn("COPY bench_copy_" + table + " FROM STDIN (FORMAT binary)", new ByteArrayInputStream(out.toByteArray()));
                c.commit();
                copySeconds += (System.nanoTime() - started) / 1e9;
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TABLE bench_copy_" + table);
                }
                c.commit();
            }
            String line = String.join("\t", "I", label, status, String.valueOf(objects), String.valueOf(rows), fmt(seconds),
                    String.valueOf(copied), fmt(copySeconds), String.valueOf(files), String.valueOf(bytes));
            Files.writeString(OparlBench.dir().resolve("import.tsv"), line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            System.out.printf(Locale.ROOT, "  %-9s %s: %d objects (%d rows) in %.1f s = %.0f objects/s, %.0f rows/s; COPY %d rows in %.3f s = %.0f rows/s;"
                            + " ratio %.1f %%%n", label, status, objects, rows, seconds, objects / seconds, rows / seconds, copied, copySeconds,
                    copied / copySeconds, 100 * (rows / seconds) / (copied / copySeconds));
        }
    }

    /**
     * The source alone: every list of every body read page by page (next links), as the importer
     * reads them, without importing; appends "S objects pages seconds" to import.tsv.
     */
    private static void crawl(String systemUrl, String label) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        long started = System.nanoTime();
        long objects = 0;
        long pages = 0;
        tools.jackson.databind.JsonNode system = get(http, json, systemUrl);
        for (tools.jackson.databind.JsonNode body : get(http, json, system.path("body").asString()).path("data")) {
            for (String list : new String[] {"legislativeTermList", "organization", "person", "membership", "locationList", "meeting", "paper",
                    "agendaItem", "consultation", "file"}) {
                String next = body.path(list).asString(null);
                for (int guard = 0; next != null && guard < 1_000_000; guard++) {
                    tools.jackson.databind.JsonNode page = get(http, json, next);
                    pages++;
                    objects += page.path("data").size();
                    next = page.path("links").path("next").asString(null);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Files.writeString(OparlBench.dir().resolve("import.tsv"), String.join("\t", "S", label, String.valueOf(objects), String.valueOf(pages),
                fmt(seconds)) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.printf(Locale.ROOT, "  source alone (%s): %d objects on %d pages in %.1f s = %.0f objects/s%n", label, objects, pages, seconds, objects / seconds);
    }

    private static tools.jackson.databind.JsonNode get(java.net.http.HttpClient http, tools.jackson.databind.json.JsonMapper json, String url)
            throws Exception {
        java.net.http.HttpResponse<byte[]> r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " -> " + r.statusCode());
        }
        return json.readTree(r.body());
    }

    /** Sum of all per-type outcome counts in the report's "counts" object. */
    static long sumCounts(String report) {
        int at = report.indexOf("\"counts\"");
        int end = report.indexOf("\"warnings\"");
        String counts = report.substring(at, end < 0 ? report.length() : end);
        long sum = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"[a-z]+\": ?(\\d+)").matcher(counts);
        while (m.find()) {
            sum += Long.parseLong(m.group(1));
        }
        return sum;
    }

    private static long number(String json, String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(key) + ": ?(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static void report() throws Exception {
        Path dir = OparlBench.dir();
        Map<String, String> meta = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("meta.tsv"))) {
            String[] f = line.split("\t", 3);
            meta.put(f[1], f.length > 2 ? f[2] : "");
        }
        List<String[]> runs = new ArrayList<>();
        List<String[]> source = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("import.tsv"))) {
            String[] f = line.split("\t");
            (f[0].equals("S") ? source : runs).add(f);
        }
        StringBuilder t = new StringBuilder();
        t.append("Run of ").append(meta.get("date")).append(", commit ").append(meta.get("commit")).append(", ").append(meta.get("cpu"))
                .append(", ").append(meta.get("cores")).append(" cores, ").append(meta.get("memory")).append(", ").append(meta.get("java"))
                .append(". Source: our own application serving the demo city (scale **").append(meta.get("scale")).append("**, ")
                .append(meta.get("data_origin")).append(") on 127.0.0.1; importer: `import-oparl --full --delay-ms 0 --concurrency ")
                .append(meta.get("concurrency")).append("` into a fresh embedded database; load average before: ").append(meta.get("load_before"))
                .append(".\n\n");
        t.append("| Import | objects handled | rows stored | import time | objects/s | rows/s | COPY of the same rows | COPY rows/s | import ÷ COPY (rows/s) | files |\n");
        t.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String[] r : runs) {
            long objects = Long.parseLong(r[3]);
            long rows = Long.parseLong(r[4]);
            double seconds = Double.parseDouble(r[5]);
            long copied = Long.parseLong(r[6]);
            double copySeconds = Double.parseDouble(r[7]);
            double ratio = 100 * (rows / seconds) / (copied / copySeconds);
            t.append(String.format(Locale.ROOT, "| %s (%s) | %,d | %,d | %.1f s | %,.0f | %,.0f | %.3f s | %,.0f | **%.2f %%** | %,d (%.1f MB) |%n",
                    r[1].equals("files") ? "with files" : "files excluded", r[2].toLowerCase(Locale.ROOT), objects, rows, seconds,
                    objects / seconds, rows / seconds, copySeconds, copied / copySeconds, ratio, Long.parseLong(r[8]),
                    Long.parseLong(r[9]) / 1048576.0));
        }
        for (String[] r : source) {
            t.append(String.format(Locale.ROOT, "%nReading the source alone (%s; the same lists and pages, no import): %,d objects on %,d pages"
                    + " in %.1f s = %,.0f objects/s.%n", r[1].equals("before") ? "before the imports, documents rendered on the way"
                            : "after the imports, stored documents", Long.parseLong(r[2]), Long.parseLong(r[3]), Double.parseDouble(r[4]),
                    Long.parseLong(r[2]) / Double.parseDouble(r[4])));
        }
        t.append("\nTarget (issue 8): ≥ 30 % of COPY rows/s. \"Objects handled\" counts every object the run read, embedded ones too"
                + " (as new, updated or unchanged); \"rows stored\" are the distinct objects (import_source), the rows the COPY floor writes.\n");
        String text = t.toString();
        System.out.println(text);
        Report.replaceSection(Path.of(OparlBench.prop("doc")), BEGIN, END, text);
    }
}
