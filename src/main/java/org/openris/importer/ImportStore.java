package org.openris.importer;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The importer's bookkeeping (runs, checkpoints, source URLs) and the one generic write: insert or
 * update a row keyed by its source URL. An update only happens when a value differs, so an unchanged
 * object is not touched (its {@code modified} stays) and a second run reports it as unchanged.
 */
@Component
class ImportStore {

    private final JdbcClient jdbc;
    /** Null for the shared bean (every call reads and writes import_source); set for the store of one run ({@link #forRun}). */
    private final SourceIndex index;
    /** Rows inserted by the current page (a store of one run): nothing can point to them yet. */
    private final java.util.Set<String> createdInPage = new java.util.HashSet<>();

    @org.springframework.beans.factory.annotation.Autowired
    ImportStore(JdbcClient jdbc) {
        this(jdbc, false);
    }

    private ImportStore(JdbcClient jdbc, boolean indexed) {
        this.jdbc = jdbc;
        this.index = indexed ? new SourceIndex(jdbc, this::sourceQuery) : null;
    }

    /**
     * The store of one run: source URLs read once and kept in memory, written per page by
     * {@link #flushSources()} (which the page's transaction calls before its checkpoint).
     */
    ImportStore forRun() {
        return new ImportStore(jdbc, true);
    }

    /** Writes the source URLs recorded since the last call (a store of one run; no-op otherwise). */
    void flushSources() {
        if (index != null) {
            index.flush();
        }
    }

    /** Reads what import_source holds for these URLs in one query (a store of one run; no-op otherwise). */
    void preloadSources(java.util.Collection<String> urls) {
        if (index != null) {
            index.preload(urls);
        }
    }

    /** After the page's transaction committed. */
    void sourcesCommitted() {
        createdInPage.clear();
        if (index != null) {
            index.committed();
        }
    }

    /** After a rollback: the in-memory source URLs are forgotten and read again. */
    void discardSources() {
        createdInPage.clear();
        if (index != null) {
            index.discard();
        }
    }

    /**
     * Whether the row was inserted by the current page (a store of one run): no link row can point
     * to it yet, so soft-deleting its other links has nothing to do.
     */
    boolean createdInPage(String table, long id) {
        return createdInPage.contains(table + "#" + id);
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    // ------------------------------------------------------------------ runs

    record Run(long id, String systemUrl, String bodyUrl, OffsetDateTime modifiedSince, String report) {
    }

    Optional<Run> unfinished(String systemUrl, String bodyUrl) {
        return jdbc.sql("SELECT id, system_url, body_url, modified_since, report::text AS report FROM import_run WHERE system_url = :s"
                        + " AND body_url IS NOT DISTINCT FROM :b AND status = 'RUNNING' AND deleted_at IS NULL ORDER BY id DESC LIMIT 1")
                .param("s", systemUrl).param("b", bodyUrl).query(Run.class).optional();
    }

    /** Start of the last successful run for this source: the base of the next incremental window. */
    Optional<OffsetDateTime> lastSuccessStart(String systemUrl, String bodyUrl) {
        return jdbc.sql("SELECT max(started_at) FROM import_run WHERE system_url = :s AND body_url IS NOT DISTINCT FROM :b"
                        + " AND status = 'SUCCEEDED' AND deleted_at IS NULL")
                .param("s", systemUrl).param("b", bodyUrl).query(OffsetDateTime.class).optional();
    }

    long startRun(String systemUrl, String bodyUrl, OffsetDateTime modifiedSince) {
        return jdbc.sql("INSERT INTO import_run (system_url, body_url, modified_since) VALUES (:s, :b, :m) RETURNING id")
                .param("s", systemUrl).param("b", bodyUrl).param("m", modifiedSince).query(Long.class).single();
    }

    void saveReport(long run, String json) {
        jdbc.sql("UPDATE import_run SET report = CAST(:r AS jsonb) WHERE id = :id").param("r", json).param("id", run).update();
    }

    void finishRun(long run, boolean success, String json) {
        jdbc.sql("UPDATE import_run SET status = :st, finished_at = now(), report = CAST(:r AS jsonb) WHERE id = :id")
                .param("st", success ? "SUCCEEDED" : "FAILED").param("r", json).param("id", run).update();
    }

    // ------------------------------------------------------------------ checkpoints

    record Checkpoint(String nextUrl, int pages, List<String> seen, boolean done) {
    }

    Optional<Checkpoint> checkpoint(long run, String listUrl) {
        return jdbc.sql("SELECT next_url, pages, seen_pages, done FROM import_checkpoint WHERE run_id = :r AND list_url = :l")
                .param("r", run).param("l", listUrl)
                .query((rs, n) -> new Checkpoint(rs.getString(1), rs.getInt(2),
                        new ArrayList<>(Arrays.asList((String[]) rs.getArray(3).getArray())), rs.getBoolean(4)))
                .optional();
    }

    void saveCheckpoint(long run, String listUrl, Checkpoint checkpoint) {
        jdbc.sql("INSERT INTO import_checkpoint (run_id, list_url, next_url, pages, seen_pages, done) VALUES (:r, :l, :n, :p, :s, :d)"
                        + " ON CONFLICT (run_id, list_url) DO UPDATE SET next_url = EXCLUDED.next_url, pages = EXCLUDED.pages,"
                        + " seen_pages = EXCLUDED.seen_pages, done = EXCLUDED.done")
                .param("r", run).param("l", listUrl).param("n", checkpoint.nextUrl()).param("p", checkpoint.pages())
                .param("s", checkpoint.seen().toArray(new String[0])).param("d", checkpoint.done()).update();
    }

    // ------------------------------------------------------------------ source URLs

    record Source(String url, String type, String table, long localId, String origin, Long lastRun, String contentHash) {
    }

    Optional<Source> source(String url) {
        long t = Timings.start();
        try {
            return index != null ? index.get(url) : sourceQuery(url);
        } finally {
            Timings.stop("sql import_source lookup", t);
        }
    }

    private Optional<Source> sourceQuery(String url) {
        return jdbc.sql("SELECT source_url AS url, oparl_type AS type, local_table AS \"table\", local_id, origin, last_run_id AS last_run, content_hash FROM import_source"
                + " WHERE source_url = :u").param("u", url).query(Source.class).optional();
    }

    /** A column value written as jsonb. */
    record Jsonb(String json) {
    }

    enum Outcome { NEW, UPDATED, UNCHANGED }

    record Written(long id, Outcome outcome) {
    }

    /**
     * Inserts or updates the row of {@code url} in {@code table} with the given columns (including
     * created/modified taken from the source) and records the source URL with its origin.
     */
    Written upsert(long run, String type, String table, String url, Map<String, Object> columns, String origin, String contentHash) {
        long t = Timings.start();
        try {
            return upsertRow(run, type, table, url, columns, origin, contentHash);
        } finally {
            Timings.stop("sql upsert (incl. source)", t);
        }
    }

    private Written upsertRow(long run, String type, String table, String url, Map<String, Object> columns, String origin, String contentHash) {
        Map<String, Object> values = new LinkedHashMap<>(columns);
        values.putIfAbsent("deleted_at", null);
        Optional<Source> existing = source(url);
        if (existing.isPresent()) {
            long id = existing.get().localId();
            StringBuilder set = new StringBuilder();
            StringBuilder differs = new StringBuilder();
            int i = 0;
            Map<String, Object> params = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : values.entrySet()) {
                String p = "p" + i++;
                String expr = e.getValue() instanceof Jsonb ? "CAST(:" + p + " AS jsonb)" : ":" + p;
                params.put(p, e.getValue() instanceof Jsonb j ? j.json() : e.getValue());
                set.append(set.isEmpty() ? "" : ", ").append(e.getKey()).append(" = ").append(expr);
                differs.append(differs.isEmpty() ? "" : " OR ").append(e.getKey()).append(" IS DISTINCT FROM ").append(expr);
            }
            // first a plain read (fires no triggers): is the row there, does any value differ? Only then the UPDATE
            // (an UPDATE of no row still runs the table's statement triggers, the costliest part of a write)
            JdbcClient.StatementSpec check = jdbc.sql("SELECT (" + differs + ") FROM " + table + " WHERE id = :id").param("id", id);
            for (Map.Entry<String, Object> p : params.entrySet()) {
                check = check.param(p.getKey(), p.getValue());
            }
            Optional<Boolean> differing = check.query(Boolean.class).optional();
            if (differing.isPresent()) {
                int changed = 0;
                if (differing.get()) {
                    JdbcClient.StatementSpec spec = jdbc.sql("UPDATE " + table + " SET " + set + " WHERE id = :id AND (" + differs + ")").param("id", id);
                    for (Map.Entry<String, Object> p : params.entrySet()) {
                        spec = spec.param(p.getKey(), p.getValue());
                    }
                    changed = spec.update();
                }
                recordSource(run, type, table, url, id, origin, contentHash);
                return new Written(id, changed > 0 ? Outcome.UPDATED : Outcome.UNCHANGED);
            }
        }
        StringBuilder names = new StringBuilder();
        StringBuilder exprs = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String p = "p" + i++;
            names.append(names.isEmpty() ? "" : ", ").append(e.getKey());
            exprs.append(exprs.isEmpty() ? "" : ", ").append(e.getValue() instanceof Jsonb ? "CAST(:" + p + " AS jsonb)" : ":" + p);
            params.put(p, e.getValue() instanceof Jsonb j ? j.json() : e.getValue());
        }
        JdbcClient.StatementSpec spec = jdbc.sql("INSERT INTO " + table + " (" + names + ") VALUES (" + exprs + ") RETURNING id");
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        long id = spec.query(Long.class).single();
        if (index != null) {
            // replaces whatever the URL pointed to (a row that is gone)
            index.put(new Source(url, type, table, id, origin, run, contentHash));
            createdInPage.add(table + "#" + id);
            return new Written(id, Outcome.NEW);
        }
        jdbc.sql("DELETE FROM import_source WHERE source_url = :u").param("u", url).update();
        recordSource(run, type, table, url, id, origin, contentHash);
        return new Written(id, Outcome.NEW);
    }

    private void recordSource(long run, String type, String table, String url, long id, String origin, String contentHash) {
        if (index != null) {
            // as the statement below: type, table and id stay, the content hash is kept when none is given
            Source before = index.get(url).orElse(null);
            index.put(before == null ? new Source(url, type, table, id, origin, run, contentHash)
                    : new Source(url, before.type(), before.table(), before.localId(), origin, run,
                    contentHash != null ? contentHash : before.contentHash()));
            return;
        }
        jdbc.sql("INSERT INTO import_source (source_url, oparl_type, local_table, local_id, origin, last_run_id, content_hash)"
                        + " VALUES (:u, :t, :tb, :id, :o, :r, :h) ON CONFLICT (source_url) DO UPDATE SET origin = EXCLUDED.origin,"
                        + " last_run_id = EXCLUDED.last_run_id, content_hash = coalesce(EXCLUDED.content_hash, import_source.content_hash)")
                .param("u", url).param("t", type).param("tb", table).param("id", id).param("o", origin).param("r", run).param("h", contentHash)
                .update();
    }

    /** Soft-deletes the local row of a tombstone; false when nothing was deleted (unknown or already deleted). */
    boolean softDelete(String url, OffsetDateTime when) {
        Optional<Source> s = source(url);
        if (s.isEmpty()) {
            return false;
        }
        OffsetDateTime at = when == null ? OffsetDateTime.now() : when;
        return jdbc.sql("UPDATE " + s.get().table() + " SET deleted_at = :at, modified = greatest(created, :at) WHERE id = :id AND deleted_at IS NULL")
                .param("at", at).param("id", s.get().localId()).update() > 0;
    }
}
