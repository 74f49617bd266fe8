package org.openris.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The source URLs of one run in memory (ADR 0016, docs/importer.md "Speed"): what {@code import_source}
 * holds for a URL is read once, and what the run records is kept here and written per page in one
 * statement ({@link #flush}) inside the page's transaction, right before its checkpoint. After a
 * rolled-back page or savepoint the index is {@link #discard}ed and reads the database again, so it
 * never holds anything the database does not (or will not, with the page's commit) hold.
 */
final class SourceIndex {

    /** Bound of the entries kept between pages (a large city has a million objects). */
    static final int MAX_ENTRIES = 250_000;

    private final JdbcClient jdbc;
    private final Function<String, Optional<ImportStore.Source>> loader;
    private final Map<String, Optional<ImportStore.Source>> known = new ConcurrentHashMap<>();
    private final Map<String, ImportStore.Source> dirty = new LinkedHashMap<>();

    SourceIndex(JdbcClient jdbc, Function<String, Optional<ImportStore.Source>> loader) {
        this.jdbc = jdbc;
        this.loader = loader;
    }

    Optional<ImportStore.Source> get(String url) {
        Optional<ImportStore.Source> s = known.get(url);
        if (s == null) {
            s = loader.apply(url);
            known.put(url, s);
        }
        return s;
    }

    /** Reads the URLs not known yet in one query (a page's ids and references); absent ones are remembered as absent. */
    void preload(java.util.Collection<String> urls) {
        String[] unknown = urls.stream().filter(u -> !known.containsKey(u)).distinct().toArray(String[]::new);
        if (unknown.length == 0) {
            return;
        }
        Map<String, ImportStore.Source> found = new java.util.HashMap<>();
        jdbc.sql("SELECT source_url AS url, oparl_type AS type, local_table AS \"table\", local_id, origin, last_run_id AS last_run, content_hash"
                        + " FROM import_source WHERE source_url = ANY(:u)")
                .param("u", unknown).query(ImportStore.Source.class).list().forEach(s -> found.put(s.url(), s));
        for (String u : unknown) {
            known.putIfAbsent(u, Optional.ofNullable(found.get(u)));
        }
    }

    /** Records the state of a URL; written with the next {@link #flush}. */
    synchronized void put(ImportStore.Source source) {
        known.put(source.url(), Optional.of(source));
        dirty.put(source.url(), source);
    }

    /** Writes what was recorded since the last flush (one statement); part of the caller's transaction. */
    synchronized void flush() {
        if (dirty.isEmpty()) {
            return;
        }
        List<ImportStore.Source> rows = new ArrayList<>(dirty.values());
        jdbc.sql("INSERT INTO import_source (source_url, oparl_type, local_table, local_id, origin, last_run_id, content_hash)"
                        + " SELECT * FROM unnest(CAST(:u AS text[]), CAST(:t AS text[]), CAST(:tb AS text[]), CAST(:id AS bigint[]),"
                        + " CAST(:o AS text[]), CAST(:r AS bigint[]), CAST(:h AS text[]))"
                        + " ON CONFLICT (source_url) DO UPDATE SET oparl_type = EXCLUDED.oparl_type, local_table = EXCLUDED.local_table,"
                        + " local_id = EXCLUDED.local_id, origin = EXCLUDED.origin, last_run_id = EXCLUDED.last_run_id,"
                        + " content_hash = EXCLUDED.content_hash")
                .param("u", rows.stream().map(ImportStore.Source::url).toArray(String[]::new))
                .param("t", rows.stream().map(ImportStore.Source::type).toArray(String[]::new))
                .param("tb", rows.stream().map(ImportStore.Source::table).toArray(String[]::new))
                .param("id", rows.stream().map(ImportStore.Source::localId).toArray(Long[]::new))
                .param("o", rows.stream().map(ImportStore.Source::origin).toArray(String[]::new))
                .param("r", rows.stream().map(ImportStore.Source::lastRun).toArray(Long[]::new))
                .param("h", rows.stream().map(ImportStore.Source::contentHash).toArray(String[]::new))
                .update();
        dirty.clear();
    }

    /** After the page's commit: keeps what is known, unless it grew too large. */
    synchronized void committed() {
        dirty.clear();
        if (known.size() > MAX_ENTRIES) {
            known.clear();
        }
    }

    /** After a rollback: forget everything (the next reads go to the database). */
    synchronized void discard() {
        dirty.clear();
        known.clear();
    }

    /** Unflushed entries (for the savepoint path). */
    synchronized boolean hasUnflushed() {
        return !dirty.isEmpty();
    }

    /** A copy of the unflushed entries, in order (tests). */
    synchronized Map<String, ImportStore.Source> unflushed() {
        return new LinkedHashMap<>(dirty);
    }
}
