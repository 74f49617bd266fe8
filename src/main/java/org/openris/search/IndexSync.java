package org.openris.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the index equal to the anonymous view (ADR 0012). Each run compares, per kind, the
 * fingerprints of everything the public sees now ({@link IndexSource#versions}) with what was
 * indexed ({@code search_index_entry}): new or changed objects are (re)indexed, objects that are
 * no longer visible — made non-public, drafted, deleted, or hidden through their meeting or
 * organization — are removed. Runs are incremental (only differences are written) and resumable:
 * the table is written after the index, and an index that does not match the table (crash, a new
 * database, a lost index directory) is rebuilt from scratch.
 */
@Component
class IndexSync {

    private static final Logger log = LoggerFactory.getLogger(IndexSync.class);
    static final int BATCH = 200;

    /** Told how far a run is: {@code done} of {@code total} objects to write. */
    interface Progress {
        void update(long done, long total);

        Progress NONE = (done, total) -> { };
    }

    record Outcome(int indexed, int removed, long total) {
    }

    private final IndexSource source;
    private final SearchIndex index;
    private final JdbcClient jdbc;
    private boolean checked;

    IndexSync(IndexSource source, SearchIndex index, JdbcClient jdbc) {
        this.source = source;
        this.index = index;
        this.jdbc = jdbc;
    }

    /** Brings the index up to date with the anonymous view. */
    synchronized Outcome run(Progress progress) {
        long started = System.nanoTime();
        if (!checked) {
            long entries = jdbc.sql("SELECT count(*) FROM search_index_entry").query(Long.class).single();
            long documents = index.count();
            if (entries != documents) {
                log.info("Suchindex passt nicht zur Datenbank ({} Einträge im Index, {} erwartet): wird neu aufgebaut.", documents, entries);
                clear();
            }
            checked = true;
        }
        Map<IndexKind, List<Long>> changed = new HashMap<>();
        Map<IndexKind, Map<Long, String>> versions = new HashMap<>();
        int removed = 0;
        long total = 0;
        for (IndexKind kind : IndexKind.values()) {
            Map<Long, String> visible = source.versions(kind);
            Map<Long, String> stored = new HashMap<>();
            jdbc.sql("SELECT object_id, version FROM search_index_entry WHERE kind = ?").param(kind.name())
                    .query((rs, n) -> stored.put(rs.getLong(1), rs.getString(2))).list();
            List<Long> gone = stored.keySet().stream().filter(id -> !visible.containsKey(id)).sorted().toList();
            removed += remove(kind, gone);
            List<Long> todo = visible.entrySet().stream().filter(e -> !e.getValue().equals(stored.get(e.getKey())))
                    .map(Map.Entry::getKey).sorted().toList();
            changed.put(kind, todo);
            versions.put(kind, visible);
            total += todo.size();
        }
        int indexed = 0;
        long done = 0;
        progress.update(0, total);
        for (IndexKind kind : IndexKind.values()) {
            List<Long> todo = changed.get(kind);
            for (int from = 0; from < todo.size(); from += BATCH) {
                List<Long> batch = todo.subList(from, Math.min(todo.size(), from + BATCH));
                List<SearchDocument> documents = source.documents(kind, batch);
                Map<Long, java.time.Instant> since = publicSince(kind, batch);
                documents.forEach(d -> d.publicSince = since.get(d.objectId));
                Set<Long> written = new HashSet<>();
                documents.forEach(d -> written.add(d.objectId));
                List<Long> missing = batch.stream().filter(id -> !written.contains(id)).toList();
                index.write(documents, List.of());
                record(kind, documents, versions.get(kind), since);
                removed += remove(kind, missing);
                indexed += documents.size();
                done += batch.size();
                progress.update(done, total);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (indexed > 0 || removed > 0) {
            log.info("Suchindex aktualisiert: {} Einträge geschrieben, {} entfernt ({} ms).", indexed, removed, millis);
        } else {
            log.debug("Suchindex unverändert ({} ms).", millis);
        }
        return new Outcome(indexed, removed, total);
    }

    /** Removes objects from the index at once (a hit the gate refused at query time). */
    void removeNow(IndexKind kind, Collection<Long> ids) {
        remove(kind, new ArrayList<>(ids));
    }

    /**
     * Empties the index; the next run indexes everything. The bookkeeping rows stay (with an
     * invalid version) so that each object keeps the time it became public: a reindex must not
     * make every object "new" for the saved-search alerts.
     */
    synchronized void clear() {
        index.purgeAll();
        jdbc.sql("UPDATE search_index_entry SET version = ''").update();
        checked = true;
    }

    /** When the objects of a batch became public: kept from the bookkeeping, now (the database's) for objects seen for the first time. */
    private Map<Long, java.time.Instant> publicSince(IndexKind kind, List<Long> ids) {
        Map<Long, java.time.Instant> since = new HashMap<>();
        java.time.Instant now = jdbc.sql("SELECT now()").query(java.time.OffsetDateTime.class).single().toInstant();
        jdbc.sql("SELECT object_id, public_since FROM search_index_entry WHERE kind = :kind AND object_id IN (:ids)")
                .param("kind", kind.name()).param("ids", ids)
                .query((rs, n) -> since.put(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant())).list();
        ids.forEach(id -> since.putIfAbsent(id, now));
        return since;
    }

    private int remove(IndexKind kind, List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        index.write(List.of(), ids.stream().map(id -> SearchDocument.key(kind.name(), id)).toList());
        jdbc.sql("DELETE FROM search_index_entry WHERE kind = :kind AND object_id IN (:ids)")
                .param("kind", kind.name()).param("ids", ids).update();
        return ids.size();
    }

    /** One statement per batch (a statement per document made indexing a large city take most of an hour). */
    private void record(IndexKind kind, List<SearchDocument> documents, Map<Long, String> versions, Map<Long, java.time.Instant> since) {
        if (documents.isEmpty()) {
            return;
        }
        Long[] ids = documents.stream().map(d -> d.objectId).toArray(Long[]::new);
        String[] stamps = documents.stream().map(d -> versions.get(d.objectId)).toArray(String[]::new);
        // as epoch microseconds: the driver binds no arrays of timestamps
        Long[] published = documents.stream().map(d -> java.time.temporal.ChronoUnit.MICROS.between(java.time.Instant.EPOCH, since.get(d.objectId)))
                .toArray(Long[]::new);
        // public_since of a known object stays as it was
        jdbc.sql("INSERT INTO search_index_entry (kind, object_id, version, public_since) SELECT :kind, x.id, x.version,"
                        + " timestamptz 'epoch' + x.since * interval '1 microsecond'"
                        + " FROM unnest(:ids, :versions, :since) AS x(id, version, since)"
                        + " ON CONFLICT (kind, object_id) DO UPDATE SET version = EXCLUDED.version, deleted_at = NULL")
                .param("kind", kind.name()).param("ids", ids).param("versions", stamps).param("since", published).update();
    }
}
