package org.openris.importer;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The state of one run shared by the mappers: where to write (store, run, current body), what to
 * report, and how to reach objects that are referenced but not yet imported (fetched standalone
 * on demand, so the order of the source's lists does not matter).
 */
final class RunContext {

    static final String EMBEDDED = "EMBEDDED";
    static final String STANDALONE = "STANDALONE";

    final ImportStore store;
    final ImportReport report;
    final Documents documents;
    final ImportSettings settings;
    final long run;
    final OffsetDateTime runStarted;
    final FileContents files;
    Long bodyId;
    private Dispatcher dispatcher;
    private final Set<String> resolving = new HashSet<>();
    private final Set<String> unresolvable = new HashSet<>();

    RunContext(ImportStore store, ImportReport report, Documents documents, ImportSettings settings, long run, OffsetDateTime runStarted,
               FileContents files) {
        this.store = store;
        this.report = report;
        this.documents = documents;
        this.settings = settings;
        this.run = run;
        this.runStarted = runStarted;
        this.files = files;
    }

    /** Per-run lookups of rows this run reads often (organization kinds, paper types); forgotten with {@link #forget}. */
    final Map<String, Object> lookups = new java.util.HashMap<>();

    /** After a rollback: in-memory source URLs and lookups are forgotten (read again from the database). */
    void forget() {
        store.discardSources();
        lookups.clear();
    }

    /** A copy of the references found unreachable so far (restored when a page is written again). */
    java.util.Set<String> unresolvable() {
        return new HashSet<>(unresolvable);
    }

    void unresolvable(java.util.Set<String> before) {
        unresolvable.clear();
        unresolvable.addAll(before);
    }

    void dispatcher(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    Dispatcher dispatcher() {
        return dispatcher;
    }

    /** The local id of a source object of the given table, importing it standalone first when it is unknown. */
    Long ref(String url, String expectedType, String table, Values from) {
        if (url == null) {
            return null;
        }
        Optional<ImportStore.Source> known = store.source(url);
        if (known.isPresent()) {
            return table.equals(known.get().table()) ? known.get().localId() : null;
        }
        if (resolving.contains(url) || unresolvable.contains(url)) {
            return null;
        }
        resolving.add(url);
        try {
            long t = Timings.start();
            Documents.Doc doc = documents.get(url);
            Timings.stop("3a fetch reference", t);
            if (!doc.ok() || !doc.json().isObject()) {
                unresolvable.add(url);
                report.warn(Warning.UNRESOLVED_REFERENCE, from.url(), url + " (HTTP " + doc.status() + ")");
                return null;
            }
            dispatcher.importObject(doc.json(), expectedType, STANDALONE);
        } catch (SourceClient.SourceUnavailable e) {
            unresolvable.add(url);
            report.warn(Warning.UNRESOLVED_REFERENCE, from.url(), e.getMessage());
            return null;
        } finally {
            resolving.remove(url);
        }
        return store.source(url).filter(s -> table.equals(s.table())).map(ImportStore.Source::localId).orElse(null);
    }

    /** created/modified from the source; missing ones fall back to each other and then to the run's start. */
    Map<String, Object> stamps(Values v) {
        OffsetDateTime created = v.dateTime("created");
        OffsetDateTime modified = v.dateTime("modified");
        if (created == null) {
            created = modified != null ? modified : runStarted;
        }
        if (modified == null) {
            modified = created;
        }
        if (modified.isBefore(created)) {
            report.warn(Warning.VALUE_ADJUSTED, v.url(), "modified vor created: modified = created");
            modified = created;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("created", created);
        m.put("modified", modified);
        return m;
    }

    /** Counts the outcome of a write under the OParl type name. */
    long written(String type, ImportStore.Written w) {
        report.count(type, switch (w.outcome()) {
            case NEW -> "new";
            case UPDATED -> "updated";
            default -> "unchanged";
        });
        return w.id();
    }

    /**
     * Whether an embedded version may be written: not when the standalone version was already
     * stored in this run (standalone wins).
     */
    boolean embeddedMayWrite(String url) {
        return store.source(url).map(s -> !(STANDALONE.equals(s.origin()) && Long.valueOf(run).equals(s.lastRun()))).orElse(true);
    }

    /** Before a standalone write: was the stored version embedded, from this run? Then a change is a warning. */
    boolean storedEmbeddedThisRun(String url) {
        return store.source(url).map(s -> EMBEDDED.equals(s.origin()) && Long.valueOf(run).equals(s.lastRun())).orElse(false);
    }

    /** Writes a row and counts it; a standalone write that changes an embedded version of this run is a warning. */
    long upsert(String type, String table, Values v, Map<String, Object> columns, String origin) {
        if (EMBEDDED.equals(origin) && !embeddedMayWrite(v.url())) {
            report.count(type, "unchanged");
            return store.source(v.url()).orElseThrow().localId();
        }
        boolean compare = STANDALONE.equals(origin) && storedEmbeddedThisRun(v.url());
        ImportStore.Written w = store.upsert(run, type, table, v.url(), columns, origin, null);
        if ("organization".equals(table)) {
            lookups.remove("kind:" + w.id());
        }
        if (compare && w.outcome() == ImportStore.Outcome.UPDATED) {
            report.warn(Warning.EMBEDDED_DIFFERS, v.url(), type);
        }
        return written(type, w);
    }

    /** Something the importer reports but does not treat as an error. */
    void warn(Warning kind, Values v, String detail) {
        report.warn(kind, v.url(), detail);
    }

    /** Hook for the dispatcher: import one object (standalone or embedded) of an expected type. */
    interface Dispatcher {
        Long importObject(JsonNode node, String expectedType, String origin);
    }
}
