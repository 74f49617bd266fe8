package org.openris.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openris.search.RawLucene;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;

/**
 * The Java half of {@code bench/portal-bench.sh} (see docs/benchmarks.md, "Portal and search").
 * Not part of the Maven build: the script compiles it against the libraries inside target/ris.jar.
 * <ul>
 *   <li>{@code prepare} – a fixed sample of public meetings and papers (the production visibility
 *       condition of the anonymous viewer), and search queries of four kinds taken from public paper
 *       titles with a fixed seed: one word, three words, a phrase, a part of a compound (a word of the
 *       compound list found inside a longer title word, e.g. "Radweg" in "Radwegenetz"); queries
 *       without a hit in the raw index are dropped;</li>
 *   <li>{@code lucene} – the raw Lucene floor of every query kind at the same concurrency and
 *       duration as wrk ({@link RawLucene});</li>
 *   <li>{@code report} – the table and the ratios, printed and written into docs/benchmarks.md.</li>
 * </ul>
 */
public final class PortalBench {

    static final int SAMPLE = 200;
    static final int QUERIES_PER_KIND = 40;
    static final long SEED = 20261128L;
    static final List<String> KINDS = List.of("search-1-word", "search-3-words", "search-phrase", "search-compound");
    static final double PAGE_P99_TARGET_MS = 100;
    static final double SEARCH_P99_TARGET_MS = 50;
    static final double SEARCH_RATIO_TARGET = 3;
    static final String BEGIN = "<!-- portal-bench:results:begin (written by bench/portal-bench.sh, do not edit by hand) -->";
    static final String END = "<!-- portal-bench:results:end -->";

    public static void main(String[] args) throws Exception {
        switch (args.length == 1 ? args[0] : "") {
            case "prepare" -> prepare();
            case "lucene" -> lucene();
            case "report" -> report();
            default -> throw new IllegalArgumentException("usage: PortalBench prepare|lucene|report");
        }
    }

    // ------------------------------------------------------------------ prepare

    static void prepare() throws Exception {
        Path dir = OparlBench.dir();
        VisibilityRules rules = new VisibilityRules();
        Viewer anonymous = Viewer.anonymous();
        List<String> titles = new ArrayList<>();
        try (Connection c = OparlBench.connect(); Statement s = c.createStatement()) {
            write(dir.resolve("meetings.txt"), column(s, "SELECT t.id FROM meeting t WHERE " + rules.meeting("t", anonymous)
                    + " ORDER BY md5(t.id::text) LIMIT " + SAMPLE));
            write(dir.resolve("papers.txt"), column(s, "SELECT t.reference FROM paper t WHERE t.reference IS NOT NULL AND "
                    + rules.paper("t", anonymous) + " ORDER BY md5(t.id::text) LIMIT " + SAMPLE));
            titles.addAll(column(s, "SELECT t.name FROM paper t WHERE " + rules.paper("t", anonymous)
                    + " ORDER BY md5(t.id::text || 'q') LIMIT 2000"));
            try (ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM meeting), (SELECT count(*) FROM paper),"
                    + " (SELECT count(*) FROM agenda_item), (SELECT count(*) FROM stored_file)")) {
                r.next();
                Files.writeString(dir.resolve("meta-data.tsv"), String.format("M\tdata\t%,d meetings, %,d papers, %,d agenda items, %,d files%n",
                        r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4)), StandardCharsets.UTF_8);
            }
        }
        Map<String, List<String>> queries = queries(titles, compoundWords());
        try (RawLucene lucene = new RawLucene(Path.of(OparlBench.prop("searchRoot")))) {
            Files.writeString(dir.resolve("meta-data.tsv"), "M\tindex\t" + String.format(Locale.ROOT, "%,d", lucene.documents())
                    + " documents\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            for (String kind : KINDS) {
                List<String> kept = queries.get(kind).stream().filter(q -> lucene.search(q) > 0).limit(QUERIES_PER_KIND).toList();
                if (kept.isEmpty()) {
                    throw new IllegalStateException("no " + kind + " query finds anything: is the index built?");
                }
                write(dir.resolve(kind + ".txt"), kept);
                write(dir.resolve(kind + ".urls"), kept.stream().map(q -> "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).toList());
                System.out.printf("  %-16s %d queries, e.g. %s%n", kind, kept.size(), kept.subList(0, Math.min(3, kept.size())));
            }
        }
    }

    static Map<String, List<String>> queries(List<String> titles, List<String> compounds) {
        Random random = new Random(SEED);
        Pattern word = Pattern.compile("\\p{L}{4,}");
        Map<String, Set<String>> out = new LinkedHashMap<>();
        KINDS.forEach(k -> out.put(k, new LinkedHashSet<>()));
        for (String title : titles) {
            List<String> words = new ArrayList<>();
            Matcher m = word.matcher(title);
            while (m.find()) {
                words.add(m.group());
            }
            if (words.isEmpty()) {
                continue;
            }
            String longest = words.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
            out.get("search-1-word").add(longest);
            if (words.size() >= 3) {
                List<String> shuffled = new ArrayList<>(words);
                java.util.Collections.shuffle(shuffled, random);
                out.get("search-3-words").add(String.join(" ", shuffled.subList(0, 3)));
                int at = random.nextInt(words.size() - 1);
                out.get("search-phrase").add("\"" + words.get(at) + " " + words.get(at + 1) + "\"");
            }
            for (String w : words) {
                String lower = w.toLowerCase(Locale.GERMAN);
                for (String part : compounds) {
                    if (lower.length() > part.length() + 2 && lower.contains(part)) {
                        out.get("search-compound").add(part.substring(0, 1).toUpperCase(Locale.GERMAN) + part.substring(1));
                    }
                }
            }
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        out.forEach((k, v) -> {
            List<String> list = new ArrayList<>(v);
            java.util.Collections.shuffle(list, random);
            lists.put(k, list);
        });
        return lists;
    }

    static List<String> compoundWords() throws IOException {
        try (var in = PortalBench.class.getClassLoader().getResourceAsStream("search/compound-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("search/compound-words.txt not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.GERMAN)).filter(l -> l.length() >= 5).toList();
        }
    }

    static List<String> column(Statement s, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("no rows: " + sql);
        }
        return values;
    }

    static void write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ raw Lucene floor

    static void lucene() throws Exception {
        Path dir = OparlBench.dir();
        int clients = OparlBench.intProp("threads");
        int warmup = OparlBench.intProp("warmup");
        int duration = OparlBench.intProp("duration");
        // the floor: as many workers as cores serving the clients in order; then, for comparison, the
        // earlier way (one thread per client), which handicaps the floor (docs/benchmarks.md)
        int cores = Runtime.getRuntime().availableProcessors();
        try (RawLucene lucene = new RawLucene(Path.of(OparlBench.prop("searchRoot")))) {
            for (int workers : new int[] {cores, 0}) {
                String tier = workers > 0 ? "lucene" : "lucene-" + clients + "-threads";
                for (String kind : KINDS) {
                    List<String> queries = Files.readAllLines(dir.resolve(kind + ".txt"), StandardCharsets.UTF_8);
                    run(lucene, queries, clients, workers, warmup);
                    System.gc();
                    long[][] latencies = run(lucene, queries, clients, workers, duration);
                    long total = Arrays.stream(latencies).mapToLong(a -> a.length).sum();
                    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
                    String line = String.format(Locale.ROOT, "R\t%s\t%s\t%d\t%.3f\t%.3f\t%.3f\t0\t0\t-", kind, tier, total, (double) duration,
                            OparlBench.percentile(all, 50) / 1e6, OparlBench.percentile(all, 99) / 1e6);
                    Files.writeString(dir.resolve("results.tsv"), line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                    System.out.printf(Locale.ROOT, "  %-16s %-18s %8.1f q/s  p50 %8.2f ms  p99 %8.2f ms  (%d clients, %s)%n", kind, tier,
                            total / (double) duration, OparlBench.percentile(all, 50) / 1e6, OparlBench.percentile(all, 99) / 1e6, clients,
                            workers > 0 ? workers + " worker threads" : "one thread per client");
                }
            }
        }
    }

    /**
     * {@code clients} closed-loop clients (each sends its next query as soon as the answer is there,
     * like a wrk connection). With {@code workers} > 0 their queries wait in one FIFO queue served by
     * that many threads, and the latency runs from sending to answer, waiting included – the best any
     * server can do for that many clients on these cores. With 0 every client is its own thread, and
     * the operating system's time slices decide who waits (a query preempted half-way waits for all
     * 63 others: tiny p50, huge p99). Latencies in ns, per worker.
     */
    static long[][] run(RawLucene lucene, List<String> queries, int clients, int workers, int seconds) throws InterruptedException {
        if (workers <= 0) {
            return runThreadPerClient(lucene, queries, clients, seconds);
        }
        // a request: {sent at (ns), query index}
        java.util.concurrent.BlockingQueue<long[]> queue = new java.util.concurrent.ArrayBlockingQueue<>(clients);
        long begin = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            queue.add(new long[] {begin, c});
        }
        long[][] out = new long[workers][];
        CountDownLatch done = new CountDownLatch(workers);
        long end = begin + seconds * 1_000_000_000L;
        for (int w = 0; w < workers; w++) {
            int worker = w;
            Thread thread = new Thread(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                try {
                    while (n < OparlBench.MAX_OPS_PER_THREAD) {
                        long[] request = queue.poll(1, java.util.concurrent.TimeUnit.SECONDS);
                        if (request == null || System.nanoTime() >= end) {
                            break;
                        }
                        lucene.search(queries.get((int) (request[1] % queries.size())));
                        long now = System.nanoTime();
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, lat.length * 2);
                        }
                        lat[n++] = now - request[0];
                        // the same client sends its next query at once
                        queue.add(new long[] {now, request[1] + clients});
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                out[worker] = Arrays.copyOf(lat, n);
                done.countDown();
            });
            thread.start();
        }
        done.await();
        return out;
    }

    /** Each thread cycles through the queries (from its own offset) until the time is up; latencies in ns per thread. */
    static long[][] runThreadPerClient(RawLucene lucene, List<String> queries, int threads, int seconds) throws InterruptedException {
        long[][] out = new long[threads][];
        CountDownLatch done = new CountDownLatch(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                int i = thread;
                while (System.nanoTime() < end && n < OparlBench.MAX_OPS_PER_THREAD) {
                    long start = System.nanoTime();
                    lucene.search(queries.get(i++ % queries.size()));
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, lat.length * 2);
                    }
                    lat[n++] = System.nanoTime() - start;
                }
                out[thread] = Arrays.copyOf(lat, n);
                done.countDown();
            });
            worker.start();
        }
        done.await();
        return out;
    }

    // ------------------------------------------------------------------ report

    record R(String name, String tier, long requests, double seconds, double p50, double p99, double bytes, long errors) {
        double rate() {
            return requests / seconds;
        }
    }

    static void report() throws IOException {
        Path dir = OparlBench.dir();
        Map<String, String> meta = new LinkedHashMap<>();
        Map<String, R> results = new LinkedHashMap<>();
        for (String file : List.of("meta.tsv", "meta-data.tsv", "results.tsv")) {
            Path p = dir.resolve(file);
            if (!Files.exists(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f[0].equals("M")) {
                    meta.put(f[1], f[2]);
                } else if (f[0].equals("R")) {
                    results.put(f[1] + "/" + f[2], new R(f[1], f[2], Long.parseLong(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                            Double.parseDouble(f[6]), Double.parseDouble(f[7]), Long.parseLong(f[8])));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("## Results of the last run (portal and search)\n\n");
        out.append(String.format("%s, commit `%s`, %s cores (%s), %s, %s. Data: %s; index: %s (%s). Load average before the run %s, "
                        + "after %s. wrk: %s connections, %s threads, %s s warm-up + %s s per line.%n%n",
                meta.get("date"), meta.get("commit"), meta.get("cores"), meta.get("cpu"), meta.get("java"), meta.get("wrk"), meta.get("data"),
                meta.get("index"), meta.get("data_origin"), meta.get("load_before"), meta.get("load_after"), meta.get("connections"),
                meta.get("wrk_threads"), meta.get("warmup"), meta.get("duration")));
        out.append("| what | tier | req/s | p50 ms | p99 ms | bytes/answer | errors |\n|---|---|---:|---:|---:|---:|---:|\n");
        results.values().forEach(r -> out.append(String.format(Locale.ROOT, "| %s | %s | %,.1f | %.2f | %.2f | %,.0f | %d |%n",
                r.name(), r.tier(), r.rate(), r.p50(), r.p99(), r.bytes(), r.errors())));
        out.append("\n### Against the targets\n\n| check | measured | target | |\n|---|---:|---:|---|\n");
        for (String page : List.of("meeting-page", "paper-page")) {
            R r = results.get(page + "/http");
            R floor = results.get(page.replace("-page", "-static") + "/http");
            if (r != null) {
                out.append(row(page + " p99", r.p99(), PAGE_P99_TARGET_MS, " ms"));
                if (floor != null) {
                    out.append(String.format(Locale.ROOT, "| %s p99 / static file of the same size | %.1f× (static p99 %.2f ms) | – | floor |%n",
                            page, r.p99() / floor.p99(), floor.p99()));
                }
            }
        }
        for (String tier : List.of("http", "http-nocache")) {
            for (String kind : KINDS) {
                R r = results.get(kind + "/" + tier);
                R floor = results.get(kind + "/lucene");
                String label = kind + (tier.equals("http") ? " (cache on)" : " (cache off)");
                if (r != null) {
                    out.append(row(label + " p99", r.p99(), SEARCH_P99_TARGET_MS, " ms"));
                    if (floor != null) {
                        out.append(row(label + " p99 / raw Lucene p99", r.p99() / floor.p99(), SEARCH_RATIO_TARGET, "×"));
                    }
                }
            }
        }
        out.append("\nTiers: `http` – the application as configured (answer cache on); `http-nocache` – the same application "
                + "restarted with `RIS_SEARCH_CACHE=false` (every answer computed: query, facets, highlights); `lucene` – the raw "
                + "Lucene floor, the clients' queries served in order by as many threads as cores, latency from sending to answer; "
                + "`lucene-N-threads` – the earlier floor, one thread per client (for comparison only). Every search answer, cached "
                + "or not, is re-checked through the visibility gate.\n");
        String text = out.toString();
        System.out.println(text);
        Report.replaceSection(Path.of(OparlBench.prop("doc")), BEGIN, END, text);
    }

    static String row(String check, double value, double target, String unit) {
        return String.format(Locale.ROOT, "| %s | %.2f%s | ≤ %.0f%s | %s |%n", check, value, unit, target, unit, value <= target ? "met" : "**not met**");
    }
}
