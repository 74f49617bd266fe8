package org.openris.importer;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openris.file.FileStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OParl importer (issue 8, docs/importer.md, ADR 0016): System → Body → the body's lists, each
 * page in one transaction with its checkpoint. A run that did not finish is resumed by the next
 * start with the same source; after a successful run the next one is incremental
 * ({@code modified_since} = start of the last successful run minus the safety overlap).
 */
@Service
public class OparlImporter {

    /** Body lists in the order that keeps references resolvable without extra requests. */
    static final List<String[]> LISTS = List.of(
            new String[] {"legislativeTermList", "LegislativeTerm"}, new String[] {"organization", "Organization"},
            new String[] {"person", "Person"}, new String[] {"membership", "Membership"}, new String[] {"locationList", "Location"},
            new String[] {"meeting", "Meeting"}, new String[] {"paper", "Paper"}, new String[] {"agendaItem", "AgendaItem"},
            new String[] {"consultation", "Consultation"}, new String[] {"file", "File"});

    private final ImportStore store;
    private final FileStore fileStore;
    private final TransactionTemplate tx;

    OparlImporter(ImportStore store, FileStore fileStore, PlatformTransactionManager transactions) {
        this.store = store;
        this.fileStore = fileStore;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The outcome of a run: its id, whether it succeeded, and the report as JSON. */
    public record Result(long run, boolean success, ObjectNode report) {
    }

    Result run(ImportSettings settings, PrintStream out) {
        return execute(prepare(settings, out), settings, out, progress -> { });
    }

    /** A run row ready to crawl: resumed (same window, report so far) or new. */
    record Prepared(long run, OffsetDateTime since, ImportReport report) {
    }

    /** Resumes the unfinished run of the same source or starts a new one (committed), without fetching anything yet. */
    Prepared prepare(ImportSettings settings, PrintStream out) {
        ImportReport report = new ImportReport();
        Optional<ImportStore.Run> unfinished = store.unfinished(settings.systemUrl(), settings.bodyUrl());
        long run;
        OffsetDateTime since;
        if (unfinished.isPresent()) {
            run = unfinished.get().id();
            since = unfinished.get().modifiedSince();
            report.restore(Documents.STRICT.readTree(unfinished.get().report()));
            out.println("Import wird fortgesetzt (Lauf " + run + ") …");
        } else {
            since = settings.since() != null ? settings.since() : settings.full() ? null
                    : store.lastSuccessStart(settings.systemUrl(), settings.bodyUrl()).map(t -> t.minus(settings.overlap())).orElse(null);
            run = store.startRun(settings.systemUrl(), settings.bodyUrl(), since);
            out.println("Import " + (since == null ? "(vollständig)" : "(Änderungen seit " + since + ")") + " – Lauf " + run);
        }
        return new Prepared(run, since, report);
    }

    /** Crawls a prepared run to its end (or until the source stays unavailable) and records the outcome. */
    Result execute(Prepared prepared, ImportSettings settings, PrintStream out, java.util.function.Consumer<ImportProgress> progress) {
        long run = prepared.run();
        OffsetDateTime since = prepared.since();
        ImportReport report = prepared.report();
        OffsetDateTime started = store.jdbc().sql("SELECT started_at FROM import_run WHERE id = :id").param("id", run)
                .query(OffsetDateTime.class).single();
        SourceClient client = new SourceClient(settings, report);
        Documents documents = new Documents(client, report);
        ImportStore runStore = store.forRun();
        try (FileContents files = new FileContents(fileStore, client, report, runStore, settings)) {
            RunContext ctx = new RunContext(runStore, report, documents, settings, run, started, files);
            new Dispatcher(ctx);
            ListCrawler crawler = new ListCrawler(ctx, tx, out, progress);
            for (JsonNode body : bodies(settings, documents, report)) {
                try {
                    tx.executeWithoutResult(s -> {
                        ctx.dispatcher().importObject(body, "Body", RunContext.STANDALONE);
                        runStore.flushSources();
                    });
                    runStore.sourcesCommitted();
                } catch (RuntimeException e) {
                    ctx.forget();
                    throw e;
                }
                if (ctx.bodyId == null) {
                    continue;
                }
                for (String[] list : LISTS) {
                    JsonNode url = body.get(list[0]);
                    if (url == null || !url.isString() || url.asString().isBlank()) {
                        continue;
                    }
                    crawler.crawl(filtered(url.asString(), since, settings.pageSize()), list[1], list[0]);
                }
            }
            store.finishRun(run, true, report.toJson().toString());
            Timings.print(out);
            return new Result(run, true, report.toJson());
        } catch (RuntimeException e) {
            ObjectNode json = report.toJson();
            json.put("error", String.valueOf(e.getMessage()));
            store.finishRun(run, false, json.toString());
            out.println("Import abgebrochen: " + e.getMessage());
            return new Result(run, false, json);
        }
    }

    /** The bodies to import: the one asked for, or all of the system's body list. */
    private static List<JsonNode> bodies(ImportSettings settings, Documents documents, ImportReport report) {
        List<JsonNode> bodies = new ArrayList<>();
        if (settings.bodyUrl() != null) {
            Documents.Doc doc = documents.get(settings.bodyUrl());
            if (!doc.ok()) {
                throw new IllegalStateException("Körperschaft nicht abrufbar: " + settings.bodyUrl() + " (HTTP " + doc.status() + ")");
            }
            bodies.add(doc.json());
            return bodies;
        }
        Documents.Doc system = documents.get(settings.systemUrl());
        if (!system.ok()) {
            throw new IllegalStateException("System nicht abrufbar: " + settings.systemUrl() + " (HTTP " + system.status() + ")");
        }
        String next = system.json().path("body").asString(null);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (next != null && seen.add(next)) {
            Documents.Doc page = documents.get(next);
            if (!page.ok()) {
                throw new IllegalStateException("Liste der Körperschaften nicht abrufbar: " + next + " (HTTP " + page.status() + ")");
            }
            JsonNode json = page.json();
            if (json.isArray() || !json.has("data")) {
                report.warn(Warning.NOT_A_LIST_PAGE, next, json.isArray() ? "nacktes Array" : "Einzelobjekt statt Liste");
                if (json.isArray()) {
                    json.forEach(bodies::add);
                } else {
                    bodies.add(json);
                }
                break;
            }
            new Values(json, report).array("data").forEach(bodies::add);
            next = json.path("links").path("next").asString(null);
        }
        return bodies;
    }

    /** The list URL with the run's filter ({@code modified_since}) and page size hint ({@code limit}). */
    static String filtered(String listUrl, OffsetDateTime since, int pageSize) {
        String url = listUrl;
        if (since != null) {
            String value = since.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            url += (url.contains("?") ? "&" : "?") + "modified_since=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        if (pageSize > 0) {
            url += (url.contains("?") ? "&" : "?") + "limit=" + pageSize;
        }
        return url;
    }
}
