package org.openris.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.openris.oparl.OparlInProcess;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Java half of {@code bench/oparl-bench.sh} (see docs/benchmarks.md). Not part of the Maven
 * build: the script compiles it against the libraries inside {@code target/ris.jar}.
 *
 * <ul>
 *   <li>{@code prepare} – reads the data set: row counts, the deep cursor ids, a fixed sample of
 *       visible ids for the single-object endpoints, the endpoint list for wrk;</li>
 *   <li>{@code floors} – the same endpoints without HTTP, at the same concurrency and duration as
 *       wrk: the controller's work in process (with its JDBC time), JDBC + Jackson, bare JDBC;</li>
 *   <li>{@code crawl} – all papers through the next links, against streaming the same rows;</li>
 *   <li>{@code report} – the table and the ratios, printed and written into docs/benchmarks.md.</li>
 * </ul>
 * Settings come as system properties {@code bench.*} (set by the script). Every loop is bounded in
 * time and count.
 */
public final class OparlBench {

    static final String PREFIX = "/oparl/v1";
    static final int PAGE = 100;
    static final int SAMPLE_IDS = 200;
    /** Per thread, whatever the duration: keeps memory and run time bounded. */
    static final int MAX_OPS_PER_THREAD = 2_000_000;

    static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: OparlBench prepare|floors|crawl|report");
        }
        switch (args[0]) {
            case "prepare" -> prepare();
            case "floors" -> floors();
            case "crawl" -> crawl();
            case "report" -> Report.write();
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    // ------------------------------------------------------------------ settings and data set

    static String prop(String name) {
        String value = System.getProperty("bench." + name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("missing -Dbench." + name);
        }
        return value;
    }

    static int intProp(String name) {
        return Integer.parseInt(prop(name));
    }

    static Path dir() {
        return Path.of(prop("dir"));
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(prop("jdbc"), "postgres", "");
    }

    /** The three OParl types measured, with their table and the production visibility condition for alias {@code t}. */
    enum Kind {
        PAPER("paper", "paper"), MEETING("meeting", "meeting"), FILE("file", "stored_file");

        final String segment;
        final String table;

        Kind(String segment, String table) {
            this.segment = segment;
            this.table = table;
        }

        String visible() {
            VisibilityRules rules = new VisibilityRules();
            Viewer viewer = Viewer.anonymous();
            return switch (this) {
                case PAPER -> rules.paper("t", viewer);
                case MEETING -> rules.meeting("t", viewer);
                case FILE -> rules.file("t", viewer);
            };
        }

        /** The floor's page query: the "bare SQL query for the same rows". */
        String pageSql() {
            return "SELECT t.* FROM " + table + " t WHERE t.body_id = ? AND t.id > ? AND " + visible() + " ORDER BY t.id LIMIT " + PAGE;
        }

        String objectSql() {
            return "SELECT t.* FROM " + table + " t WHERE t.id = ? AND " + visible();
        }

        String allSql() {
            return "SELECT t.* FROM " + table + " t WHERE t.body_id = ? AND " + visible() + " ORDER BY t.id";
        }
    }

    /** One measured endpoint: a list page (after = 0: first page) or single objects cycling through sample ids. */
    record Endpoint(String name, Kind kind, boolean list, long after, long[] ids) {
        String path(long bodyId, int i) {
            if (list) {
                return PREFIX + "/body/" + bodyId + "/" + kind.segment + (after > 0 ? "?after=" + after + "&limit=" + PAGE : "?limit=" + PAGE);
            }
            return PREFIX + "/" + kind.segment + "/" + ids[Math.floorMod(i, ids.length)];
        }
    }

    static final class DataSet {
        final long bodyId;
        final List<Endpoint> endpoints = new ArrayList<>();

        DataSet(long bodyId) {
            this.bodyId = bodyId;
        }

        static DataSet load() throws IOException {
            List<String> lines = Files.readAllLines(dir().resolve("endpoints.tsv"));
            DataSet set = new DataSet(Long.parseLong(lines.get(0).split("\t")[1]));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                Kind kind = Kind.valueOf(f[1]);
                boolean list = f[2].equals("list");
                long[] ids = list ? new long[0]
                        : Files.readAllLines(dir().resolve("ids-" + kind.segment + ".txt")).stream().mapToLong(Long::parseLong).toArray();
                set.endpoints.add(new Endpoint(f[0], kind, list, Long.parseLong(f[3]), ids));
            }
            return set;
        }
    }

    // ------------------------------------------------------------------ prepare

    static void prepare() throws Exception {
        Path dir = dir();
        Files.createDirectories(dir);
        Map<String, String> meta = new LinkedHashMap<>();
        try (Connection c = connect()) {
            long bodyId = single(c, "SELECT min(id) FROM body WHERE deleted_at IS NULL");
            meta.put("body_id", String.valueOf(bodyId));
            meta.put("postgres", text(c, "SELECT current_setting('server_version')"));
            meta.put("db_size", text(c, "SELECT pg_size_pretty(pg_database_size(current_database()))"));
            for (String table : List.of("meeting", "agenda_item", "paper", "consultation", "stored_file", "person", "organization")) {
                meta.put("rows_" + table, String.valueOf(single(c, "SELECT count(*) FROM " + table)));
            }
            StringBuilder endpoints = new StringBuilder("body\t" + bodyId + "\n");
            for (Kind kind : Kind.values()) {
                // Only queries the application itself runs fast (LIMIT and by-id plans): a full scan with the file
                // visibility condition can take minutes on freshly generated data (see docs/benchmarks.md).
                long visible = countWithin(c, "SELECT count(*) FROM " + kind.table + " t WHERE t.body_id = " + bodyId + " AND " + kind.visible(), 120);
                meta.put("visible_" + kind.table, String.valueOf(visible));
                // deep page: the cursor 150 rows before the end, so the page is full and still has a next link
                List<Long> last = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT t.id FROM " + kind.table + " t WHERE t.body_id = ? AND "
                        + kind.visible() + " ORDER BY t.id DESC LIMIT " + (PAGE + 51))) {
                    ps.setLong(1, bodyId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            last.add(rs.getLong(1));
                        }
                    }
                }
                if (last.size() < PAGE + 51) {
                    throw new IllegalStateException("too few visible " + kind.segment + " rows (" + last.size() + "): not the large demo data");
                }
                long deepAfter = last.get(PAGE + 50);
                meta.put("deep_after_" + kind.segment, String.valueOf(deepAfter));
                // single objects: random ids of the table (fixed seed), kept when visible, until there are SAMPLE_IDS
                long min = single(c, "SELECT min(id) FROM " + kind.table + " WHERE body_id = " + bodyId);
                long max = single(c, "SELECT max(id) FROM " + kind.table + " WHERE body_id = " + bodyId);
                Random random = new Random(42);
                java.util.Set<Long> sample = new java.util.LinkedHashSet<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT t.id FROM " + kind.table + " t WHERE t.id = ? AND t.body_id = ? AND "
                        + kind.visible())) {
                    for (int tries = 0; sample.size() < SAMPLE_IDS && tries < 50 * SAMPLE_IDS; tries++) {
                        ps.setLong(1, min + (long) (random.nextDouble() * (max - min + 1)));
                        ps.setLong(2, bodyId);
                        try (ResultSet rs = ps.executeQuery()) {
                            if (rs.next()) {
                                sample.add(rs.getLong(1));
                            }
                        }
                    }
                }
                if (sample.size() < SAMPLE_IDS) {
                    throw new IllegalStateException("found only " + sample.size() + " visible " + kind.segment + " ids");
                }
                Files.write(dir.resolve("ids-" + kind.segment + ".txt"), sample.stream().map(String::valueOf).toList());
                endpoints.append(kind.segment).append("-first\t").append(kind.name()).append("\tlist\t0\n");
                endpoints.append(kind.segment).append("-deep\t").append(kind.name()).append("\tlist\t").append(deepAfter).append('\n');
                endpoints.append(kind.segment).append("-object\t").append(kind.name()).append("\tobject\t0\n");
            }
            Files.writeString(dir.resolve("endpoints.tsv"), endpoints);
        }
        StringBuilder out = new StringBuilder();
        meta.forEach((k, v) -> out.append("M\t").append(k).append('\t').append(v).append('\n'));
        Files.writeString(dir.resolve("meta-data.tsv"), out);
        // the URL list for wrk: name, path (objects: path prefix, the Lua script appends ids from the file)
        DataSet set = DataSet.load();
        StringBuilder wrk = new StringBuilder();
        for (Endpoint e : set.endpoints) {
            wrk.append(e.name).append('\t').append(e.list ? e.path(set.bodyId, 0) : PREFIX + "/" + e.kind.segment + "/")
                    .append('\t').append(e.list ? "-" : dir.resolve("ids-" + e.kind.segment + ".txt").toAbsolutePath()).append('\n');
        }
        Files.writeString(dir.resolve("wrk-endpoints.tsv"), wrk);
        System.out.print(out);
    }

    /** A count, or -1 when it takes longer than {@code seconds}. */
    static long countWithin(Connection c, String sql, int seconds) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setQueryTimeout(seconds);
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            if ("57014".equals(e.getSQLState())) { // query_canceled
                return -1;
            }
            throw e;
        }
    }

    static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    // ------------------------------------------------------------------ load loop

    /** One operation of one thread; returns the bytes produced (JSON size) or rows read. */
    interface Op extends AutoCloseable {
        long run(int i) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    record Result(String endpoint, String tier, long requests, double seconds, double p50ms, double p99ms, double bytesPerOp,
                  long errors, String extra) {
        String line() {
            return String.format(Locale.ROOT, "R\t%s\t%s\t%d\t%.3f\t%.3f\t%.3f\t%.0f\t%d\t%s", endpoint, tier, requests, seconds, p50ms, p99ms,
                    bytesPerOp, errors, extra.isEmpty() ? "-" : extra);
        }
    }

    /** Called with the thread index after each operation that counts (inside the measured window). */
    interface Counted {
        void add(int thread, long latencyNanos);
    }

    /**
     * Fixed concurrency, fixed time: {@code threads} threads run {@code op} back to back, first for
     * the warm-up (discarded), then for the measured window; operations that end after the window
     * are not counted. Latency percentiles are over all operations of the window.
     */
    static Result load(String endpoint, String tier, IntFunction<Op> perThread, Counted counted, java.util.function.Supplier<String> extra)
            throws Exception {
        int threads = intProp("threads");
        long warmupNanos = Duration.ofSeconds(intProp("warmup")).toNanos();
        long measureNanos = Duration.ofSeconds(intProp("duration")).toNanos();
        List<long[]> latencies = new CopyOnWriteArrayList<>();
        long[] bytes = new long[threads];
        long[] errors = new long[threads];
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                try (Op op = perThread.apply(thread)) {
                    ready.countDown();
                    go.await();
                    long warmEnd = window[0];
                    long end = window[1];
                    int i = thread * 7919;
                    while (System.nanoTime() < warmEnd) {
                        op.run(i++);
                    }
                    long[] mine = new long[1024];
                    int n = 0;
                    while (n < MAX_OPS_PER_THREAD) {
                        long start = System.nanoTime();
                        if (start >= end) {
                            break;
                        }
                        long produced;
                        try {
                            produced = op.run(i++);
                        } catch (Exception e) {
                            errors[thread]++;
                            continue;
                        }
                        long stop = System.nanoTime();
                        if (stop > end) {
                            break;
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = stop - start;
                        bytes[thread] += produced;
                        counted.add(thread, stop - start);
                    }
                    latencies.add(Arrays.copyOf(mine, n));
                } catch (Throwable e) {
                    failures.add(e);
                    ready.countDown();
                }
            }, "bench-" + t);
            workers.add(worker);
            worker.start();
        }
        ready.await();
        long now = System.nanoTime();
        window[0] = now + warmupNanos;
        window[1] = now + warmupNanos + measureNanos;
        go.countDown();
        for (Thread worker : workers) {
            worker.join(warmupNanos / 1_000_000 + measureNanos / 1_000_000 + 600_000);
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(endpoint + "/" + tier + " failed", failures.get(0));
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long totalBytes = Arrays.stream(bytes).sum();
        double seconds = measureNanos / 1e9;
        return new Result(endpoint, tier, all.length, seconds, percentile(all, 50) / 1e6, percentile(all, 99) / 1e6,
                all.length == 0 ? 0 : (double) totalBytes / all.length, Arrays.stream(errors).sum(), extra.get());
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    // ------------------------------------------------------------------ floors

    static void floors() throws Exception {
        DataSet set = DataSet.load();
        String base = prop("base");
        Path results = dir().resolve("results.tsv");
        TimedConnections timed = new TimedConnections();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            OparlInProcess oparl = new OparlInProcess(timed, base);
            for (Endpoint e : set.endpoints) {
                // same bytes as over HTTP? (proves the in-process tier does the controller's work)
                String path = e.path(set.bodyId, 0);
                byte[] viaHttp = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2)).build(),
                        HttpResponse.BodyHandlers.ofByteArray()).body();
                byte[] inProcess = e.list ? oparl.list(e.kind.segment, set.bodyId, e.after, PAGE) : oparl.object(e.kind.segment, e.ids[0]);
                String same = Arrays.equals(viaHttp, inProcess) ? "same" : "differs(" + viaHttp.length + "/" + inProcess.length + ")";
                append(results, "C\t" + e.name + "\t" + same);
                System.out.printf(Locale.ROOT, "  %-15s in-process bytes vs HTTP: %s%n", e.name, same);

                timed.reset();
                Result r = load(e.name, "inproc", thread -> i -> timed.op(thread, () -> (e.list ? oparl.list(e.kind.segment, set.bodyId, e.after, PAGE)
                        : oparl.object(e.kind.segment, e.ids[Math.floorMod(i, e.ids.length)])).length), timed::counted, timed::summary);
                report(results, r);
                for (String line : timed.statementLines(e.name)) {
                    append(dir().resolve("statements.tsv"), line);
                }
                r = load(e.name, "sqljson", thread -> floorOp(e, set.bodyId, true), (t, l) -> { }, () -> "");
                report(results, r);
                if (e.list) {
                    Map<String, Long[]> embedded = embeddedIds(viaHttp);
                    r = load(e.name, "pagerows", thread -> pageRowsOp(e, set.bodyId, embedded), (t, l) -> { }, () -> embeddedSummary(embedded));
                    report(results, r);
                }
                r = load(e.name, "sql", thread -> floorOp(e, set.bodyId, false), (t, l) -> { }, () -> "");
                report(results, r);
            }
        } finally {
            timed.closeAll();
        }
    }

    static void report(Path results, Result r) throws IOException {
        append(results, r.line());
        System.out.printf(Locale.ROOT, "  %-15s %-8s %8.1f ops/s  p50 %8.2f ms  p99 %8.2f ms  %s%n", r.endpoint, r.tier,
                r.requests / r.seconds, r.p50ms, r.p99ms, r.extra);
    }

    static void append(Path file, String line) throws IOException {
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** An {@link Op} on its own connection, which it closes. */
    static Op onConnection(Connection c, Op work) {
        return new Op() {
            @Override
            public void close() throws SQLException {
                c.close();
            }

            @Override
            public long run(int i) throws Exception {
                return work.run(i);
            }
        };
    }

    /** The floor: the page's (or object's) own rows over JDBC, optionally as row maps serialised by Jackson. */
    static Op floorOp(Endpoint e, long bodyId, boolean json) {
        try {
            Connection c = connect();
            PreparedStatement ps = c.prepareStatement(e.list ? e.kind.pageSql() : e.kind.objectSql());
            return onConnection(c, i -> {
                if (e.list) {
                    ps.setLong(1, bodyId);
                    ps.setLong(2, e.after);
                } else {
                    ps.setLong(1, e.ids[Math.floorMod(i, e.ids.length)]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<Map<String, Object>> rows = readRows(rs, json);
                    if (rows.size() != (e.list ? PAGE : 1)) {
                        throw new IllegalStateException(e.name + ": " + rows.size() + " rows");
                    }
                    return json ? JSON.writeValueAsBytes(rows).length : rows.size();
                }
            });
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** OParl types whose objects a page embeds, with their tables. */
    static final Map<String, String> TABLES = Map.of("Consultation", "consultation", "File", "stored_file", "Location", "location",
            "AgendaItem", "agenda_item", "Membership", "membership", "LegislativeTerm", "legislative_term", "Organization", "organization",
            "Person", "person", "Meeting", "meeting", "Paper", "paper");

    /**
     * The rows a page embeds besides its own (consultations, files, locations, agenda items …): the ids of
     * every object nested inside the page's data items, per table, read from the served page itself.
     */
    static Map<String, Long[]> embeddedIds(byte[] page) {
        Map<String, java.util.TreeSet<Long>> ids = new java.util.TreeMap<>();
        for (JsonNode item : JSON.readTree(page).get("data")) {
            for (JsonNode child : item) {
                collectEmbedded(child, ids);
            }
        }
        Map<String, Long[]> out = new LinkedHashMap<>();
        ids.forEach((table, set) -> out.put(table, set.toArray(Long[]::new)));
        return out;
    }

    static void collectEmbedded(JsonNode node, Map<String, java.util.TreeSet<Long>> ids) {
        if (node.isObject() && node.has("type") && node.has("id") && node.get("type").asString().startsWith("https://schema.oparl.org/")) {
            String type = node.get("type").asString();
            String table = TABLES.get(type.substring(type.lastIndexOf('/') + 1));
            String id = node.get("id").asString();
            if (table != null) {
                ids.computeIfAbsent(table, k -> new java.util.TreeSet<>()).add(Long.parseLong(id.substring(id.lastIndexOf('/') + 1)));
            }
        }
        if (node.isContainer()) {
            for (JsonNode child : node) {
                collectEmbedded(child, ids);
            }
        }
    }

    static String embeddedSummary(Map<String, Long[]> embedded) {
        StringBuilder s = new StringBuilder("embedded=");
        embedded.forEach((table, ids) -> s.append(table).append(':').append(ids.length).append(' '));
        return s.toString().trim().replace(' ', ',');
    }

    /**
     * The page-rows floor: the page's own rows (the same query as the own-rows floor) plus every row it
     * embeds, each table read by primary key ({@code WHERE id = ANY(?)}, the cheapest access there is),
     * every column as maps, serialised by Jackson in one document.
     */
    static Op pageRowsOp(Endpoint e, long bodyId, Map<String, Long[]> embedded) {
        try {
            Connection c = connect();
            PreparedStatement own = c.prepareStatement(e.kind.pageSql());
            Map<String, PreparedStatement> byTable = new LinkedHashMap<>();
            for (String table : embedded.keySet()) {
                byTable.put(table, c.prepareStatement("SELECT t.* FROM " + table + " t WHERE t.id = ANY(?)"));
            }
            return onConnection(c, i -> {
                Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
                own.setLong(1, bodyId);
                own.setLong(2, e.after);
                try (ResultSet rs = own.executeQuery()) {
                    rows.put(e.kind.table, readRows(rs, true));
                }
                for (Map.Entry<String, PreparedStatement> t : byTable.entrySet()) {
                    t.getValue().setArray(1, c.createArrayOf("bigint", embedded.get(t.getKey())));
                    try (ResultSet rs = t.getValue().executeQuery()) {
                        List<Map<String, Object>> read = readRows(rs, true);
                        if (read.size() != embedded.get(t.getKey()).length) {
                            throw new IllegalStateException(e.name + ": " + read.size() + " of " + embedded.get(t.getKey()).length + " " + t.getKey());
                        }
                        rows.put(t.getKey(), read);
                    }
                }
                return JSON.writeValueAsBytes(rows).length;
            });
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Reads every column with getObject (as Spring's row mapper does); keeps maps only when they are serialised. */
    static List<Map<String, Object>> readRows(ResultSet rs, boolean keep) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int columns = md.getColumnCount();
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Object> scratch = null;
        while (rs.next()) {
            Map<String, Object> row = keep || scratch == null ? new LinkedHashMap<>() : scratch;
            for (int i = 1; i <= columns; i++) {
                row.put(md.getColumnLabel(i), rs.getObject(i));
            }
            if (!keep) {
                scratch = row;
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * A DataSource with one connection per thread (no pool overhead) whose statements measure the
     * time spent in execute (database work plus transfer: the driver reads all rows there).
     */
    static final class TimedConnections implements DataSource {
        private final ThreadLocal<Connection> mine = new ThreadLocal<>();
        private final List<Connection> opened = new CopyOnWriteArrayList<>();
        /** What one op did in JDBC: total execute nanos, statements, and nanos/count per SQL text. */
        static final class OpStats {
            long nanos;
            long statements;
            final Map<String, long[]> perSql = new LinkedHashMap<>();
        }

        private final ThreadLocal<OpStats> current = ThreadLocal.withInitial(OpStats::new);
        private final OpStats[] last = new OpStats[256];
        private final java.util.concurrent.atomic.LongAdder jdbcNanos = new java.util.concurrent.atomic.LongAdder();
        private final java.util.concurrent.atomic.LongAdder statements = new java.util.concurrent.atomic.LongAdder();
        private final java.util.concurrent.atomic.LongAdder opNanos = new java.util.concurrent.atomic.LongAdder();
        private final java.util.concurrent.atomic.LongAdder ops = new java.util.concurrent.atomic.LongAdder();
        private final Map<String, long[]> perSql = new java.util.concurrent.ConcurrentHashMap<>();

        interface Body {
            long run() throws Exception;
        }

        void reset() {
            jdbcNanos.reset();
            statements.reset();
            opNanos.reset();
            ops.reset();
            perSql.clear();
        }

        long op(int thread, Body body) throws Exception {
            OpStats stats = new OpStats();
            current.set(stats);
            try {
                return body.run();
            } finally {
                last[thread] = stats;
            }
        }

        /** The last op of the thread counted: add its JDBC time. */
        void counted(int thread, long latencyNanos) {
            OpStats stats = last[thread];
            jdbcNanos.add(stats.nanos);
            statements.add(stats.statements);
            opNanos.add(latencyNanos);
            ops.increment();
            stats.perSql.forEach((sql, v) -> {
                long[] total = perSql.computeIfAbsent(sql, k -> new long[2]);
                synchronized (total) {
                    total[0] += v[0];
                    total[1] += v[1];
                }
            });
        }

        /** Share of the request time spent inside JDBC execute, and statements per request. */
        String summary() {
            long n = Math.max(1, ops.sum());
            return String.format(Locale.ROOT, "jdbc_share=%.3f;jdbc_ms_per_op=%.3f;statements_per_op=%.1f",
                    jdbcNanos.sum() / (double) Math.max(1, opNanos.sum()), jdbcNanos.sum() / 1e6 / n, statements.sum() / (double) n);
        }

        /** Lines {@code S endpoint ms-per-op executions-per-op sql}, slowest first. */
        List<String> statementLines(String endpoint) {
            long n = Math.max(1, ops.sum());
            List<Map.Entry<String, long[]>> entries = new ArrayList<>(perSql.entrySet());
            entries.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
            List<String> lines = new ArrayList<>();
            for (Map.Entry<String, long[]> e : entries) {
                lines.add(String.format(Locale.ROOT, "S\t%s\t%.3f\t%.2f\t%s", endpoint, e.getValue()[0] / 1e6 / n, e.getValue()[1] / (double) n,
                        e.getKey().replaceAll("\\s+", " ").trim()));
            }
            return lines;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection c = mine.get();
            if (c == null) {
                Connection real = connect();
                opened.add(real);
                c = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    Object result = invoke(real, method, args);
                    if (result instanceof Statement s) {
                        Class<?> type = result instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                                : result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : "?";
                        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{type}, timing(s, sql));
                    }
                    return result;
                });
                mine.set(c);
            }
            return c;
        }

        private InvocationHandler timing(Statement target, String preparedSql) {
            return (proxy, method, args) -> {
                if (!method.getName().startsWith("execute")) {
                    return invoke(target, method, args);
                }
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
                long start = System.nanoTime();
                try {
                    return invoke(target, method, args);
                } finally {
                    long took = System.nanoTime() - start;
                    OpStats stats = current.get();
                    stats.nanos += took;
                    stats.statements++;
                    long[] v = stats.perSql.computeIfAbsent(sql, k -> new long[2]);
                    v[0] += took;
                    v[1]++;
                }
            };
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        void closeAll() {
            for (Connection c : opened) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // shutting down
                }
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }

    // ------------------------------------------------------------------ crawl

    /**
     * A client that reads all papers page by page through {@code links.next} (default page size, one
     * connection, sequential), against streaming the same rows out of PostgreSQL over JDBC.
     */
    static void crawl() throws Exception {
        DataSet set = DataSet.load();
        Path results = dir().resolve("results.tsv");
        long maxNanos = Duration.ofSeconds(intProp("crawlMaxSeconds")).toNanos();
        long visible;
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM paper t WHERE t.body_id = ? AND "
                + Kind.PAPER.visible())) {
            ps.setLong(1, set.bodyId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                visible = rs.getLong(1);
            }
        }
        long maxPages = visible / PAGE + 10;

        // cold: no stored document (ADR 0014), every page is rendered and stored; warm: the same crawl again
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("DELETE FROM oparl_document")) {
            ps.executeUpdate();
        }
        crawlOnce("crawl_cold", set, results, maxNanos, maxPages, visible, null);
        Map<String, java.util.TreeSet<Long>> embedded = new java.util.TreeMap<>();
        crawlOnce("crawl", set, results, maxNanos, maxPages, visible, embedded);

        // the floor: the same rows streamed out of PostgreSQL (cursor, 1000 rows per round trip); best of 3 after a warm-up
        for (boolean json : new boolean[]{false, true}) {
            double best = Double.MAX_VALUE;
            long rows = 0;
            long streamed = 0;
            for (int run = 0; run < 4; run++) {
                long t0 = System.nanoTime();
                long[] counted = stream(set.bodyId, json);
                double s = (System.nanoTime() - t0) / 1e9;
                rows = counted[0];
                streamed = counted[1];
                if (run > 0) {
                    best = Math.min(best, s);
                }
            }
            String tier = json ? "stream_json" : "stream";
            append(results, String.format(Locale.ROOT, "K\t%s\t%d\t%.3f\t%d", tier, rows, best, streamed));
            System.out.printf(Locale.ROOT, "  %s: %d rows in %.3f s%n", tier, rows, best);
        }
        // the page-rows floor of the crawl: the papers and every row the crawled pages embedded, streamed alike
        double best = Double.MAX_VALUE;
        long rows = 0;
        for (int run = 0; run < 4; run++) {
            long t0 = System.nanoTime();
            rows = stream(set.bodyId, false)[0];
            for (Map.Entry<String, java.util.TreeSet<Long>> t : embedded.entrySet()) {
                rows += streamIds(t.getKey(), t.getValue().toArray(Long[]::new));
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (run > 0) {
                best = Math.min(best, s);
            }
        }
        append(results, String.format(Locale.ROOT, "K\tstream_pagerows\t%d\t%.3f\t0", rows, best));
        System.out.printf(Locale.ROOT, "  stream_pagerows: %d rows (papers and what their pages embed: %s) in %.3f s%n", rows,
                embedded.entrySet().stream().map(t -> t.getKey() + " " + t.getValue().size()).toList(), best);
    }

    /** Streams the rows of one table by id (cursor of 1000 rows, every column read), as {@link #stream} does for the papers. */
    static long streamIds(String table, Long[] ids) throws Exception {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("SELECT t.* FROM " + table + " t WHERE t.id = ANY(?) ORDER BY t.id")) {
                ps.setFetchSize(1000);
                ps.setArray(1, c.createArrayOf("bigint", ids));
                long rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                        rows++;
                    }
                }
                return rows;
            }
        }
    }

    static void crawlOnce(String label, DataSet set, Path results, long maxNanos, long maxPages, long visible,
                          Map<String, java.util.TreeSet<Long>> embedded) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String next = prop("base") + PREFIX + "/body/" + set.bodyId + "/paper";
        long pages = 0;
        long objects = 0;
        long bytes = 0;
        long[] latencies = new long[(int) maxPages];
        long start = System.nanoTime();
        while (next != null && pages < maxPages && System.nanoTime() - start < maxNanos) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(next)).timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("crawl: HTTP " + response.statusCode() + " for " + next);
            }
            JsonNode page = JSON.readTree(response.body());
            latencies[(int) pages++] = System.nanoTime() - t0;
            objects += page.get("data").size();
            bytes += response.body().length;
            if (embedded != null) { // outside the timed part of the page (its latency is already taken)
                for (JsonNode item : page.get("data")) {
                    for (JsonNode child : item) {
                        collectEmbedded(child, embedded);
                    }
                }
            }
            JsonNode link = page.get("links").get("next");
            next = link == null || link.isNull() ? null : link.asString();
            if (pages % 100 == 0) {
                System.out.printf(Locale.ROOT, "  crawl: %d pages, %d papers, %.0f s%n", pages, objects, (System.nanoTime() - start) / 1e9);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean complete = next == null;
        long[] sorted = Arrays.copyOf(latencies, (int) pages);
        Arrays.sort(sorted);
        String crawl = String.format(Locale.ROOT, "K\t%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t%s\t%d\t%d", label, pages, objects, seconds,
                percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6, complete, bytes, visible);
        append(results, crawl);
        System.out.printf(Locale.ROOT, "  %s: %d pages, %d of %d papers in %.1f s (%s)%n", label, pages, objects, visible, seconds,
                complete ? "complete" : "stopped at the time limit");

    }

    static long[] stream(long bodyId, boolean json) throws Exception {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(Kind.PAPER.allSql())) {
                ps.setFetchSize(1000);
                ps.setLong(1, bodyId);
                try (ResultSet rs = ps.executeQuery()) {
                    ResultSetMetaData md = rs.getMetaData();
                    int columns = md.getColumnCount();
                    long rows = 0;
                    CountingStream out = new CountingStream();
                    try (tools.jackson.core.JsonGenerator g = JSON.createGenerator(out)) {
                        if (json) {
                            g.writeStartArray();
                        }
                        while (rs.next()) {
                            Map<String, Object> row = new LinkedHashMap<>();
                            for (int i = 1; i <= columns; i++) {
                                row.put(md.getColumnLabel(i), rs.getObject(i));
                            }
                            if (json) {
                                g.writePOJO(row);
                            }
                            rows++;
                        }
                        if (json) {
                            g.writeEndArray();
                        }
                    }
                    return new long[]{rows, out.count};
                }
            } finally {
                c.rollback();
            }
        }
    }

    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
