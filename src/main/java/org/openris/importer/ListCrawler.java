package org.openris.importer;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Pages through one external list, following {@code next} links. Each page is imported in one
 * transaction together with its checkpoint (the next URL) and the report so far, so a crash resumes
 * at the first page not committed. Detects looping pagination (a page URL or first object seen
 * before), re-adds filters that a {@code next} link lost, and takes 404/400 for a filter window as
 * an empty list.
 */
final class ListCrawler {

    private final RunContext ctx;
    private final TransactionTemplate pageTx;
    private final TransactionTemplate itemTx;
    private final PrintStream out;
    private final java.util.function.Consumer<ImportProgress> listener;
    private final long started = System.nanoTime();

    ListCrawler(RunContext ctx, TransactionTemplate tx, PrintStream out) {
        this(ctx, tx, out, progress -> { });
    }

    ListCrawler(RunContext ctx, TransactionTemplate tx, PrintStream out, java.util.function.Consumer<ImportProgress> listener) {
        this.listener = listener;
        this.ctx = ctx;
        this.pageTx = tx;
        this.itemTx = new TransactionTemplate(tx.getTransactionManager());
        this.itemTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.out = out;
    }

    void crawl(String listUrl, String expectedType, String label) {
        ImportStore.Checkpoint cp = ctx.store.checkpoint(ctx.run, listUrl)
                .orElse(new ImportStore.Checkpoint(listUrl, 0, new ArrayList<>(), false));
        if (cp.done()) {
            return;
        }
        boolean filtered = query(listUrl).keySet().stream().anyMatch(k -> !k.equals("limit"));
        String next = cp.nextUrl();
        int pages = cp.pages();
        List<String> seen = new ArrayList<>(cp.seen());
        Integer totalPages = null;
        long listObjects = 0;
        long listStarted = System.nanoTime();
        try (PagePrefetch prefetch = new PagePrefetch(ctx.documents, ctx.report)) {
        while (next != null) {
            long t0 = Timings.start();
            Documents.Doc doc = prefetch.get(next);
            Timings.stop("1 fetch list page", t0);
            List<JsonNode> items = new ArrayList<>();
            String link = null;
            if (doc.status() == 404 || doc.status() == 400 || doc.status() == 410) {
                ctx.report.warn(filtered ? Warning.EMPTY_WINDOW_ERROR : Warning.LIST_UNAVAILABLE, next, "HTTP " + doc.status());
            } else if (!doc.ok()) {
                ctx.report.warn(Warning.LIST_UNAVAILABLE, next, "HTTP " + doc.status());
            } else if (doc.json().isArray()) {
                ctx.report.warn(Warning.NOT_A_LIST_PAGE, next, "nacktes Array");
                doc.json().forEach(items::add);
            } else if (doc.json().has("data")) {
                Values page = new Values(doc.json(), ctx.report);
                items.addAll(page.array("data"));
                JsonNode nextNode = doc.json().path("links").path("next");
                link = nextNode.isString() && !nextNode.asString().isBlank() ? nextNode.asString() : null;
                JsonNode total = doc.json().path("pagination").path("totalPages");
                totalPages = total.isNumber() ? Integer.valueOf(total.asInt()) : totalPages;
            } else if (doc.json().has("id") && !doc.json().path("type").asString("").endsWith("/Error")) {
                ctx.report.warn(Warning.NOT_A_LIST_PAGE, next, "Einzelobjekt statt Liste");
                items.add(doc.json());
            } else {
                ctx.report.warn(filtered ? Warning.EMPTY_WINDOW_ERROR : Warning.LIST_UNAVAILABLE, next, "keine Listenseite");
            }
            String firstId = items.isEmpty() ? null : items.get(0).path("id").asString(null);
            if (firstId != null && seen.contains("first:" + firstId)) {
                ctx.report.warn(Warning.PAGINATION_LOOP, next, "erstes Objekt " + firstId + " schon gelesen");
                items.clear();
                link = null;
            }
            seen.add("page:" + next);
            if (firstId != null) {
                seen.add("first:" + firstId);
            }
            if (link != null) {
                link = withFilters(link, listUrl);
                if (seen.contains("page:" + link)) {
                    ctx.report.warn(Warning.PAGINATION_LOOP, next, "next zeigt auf gelesene Seite " + link);
                    link = null;
                }
            }
            String nextLink = link;
            int pageNumber = pages + 1;
            // the next page is read while this one is written (one ahead, in order)
            prefetch.start(nextLink);
            ImportStore.Checkpoint checkpoint = new ImportStore.Checkpoint(nextLink, pageNumber, seen, nextLink == null);
            JsonNode reportBefore = ctx.report.toJson();
            java.util.Set<String> unresolvableBefore = ctx.unresolvable();
            long t1 = Timings.start();
            ctx.store.preloadSources(urls(items));
            ctx.files.prefetch(items);
            Timings.stop("2 file downloads", t1);
            long t2 = Timings.start();
            try {
                writePage(listUrl, items, expectedType, checkpoint, false);
            } catch (org.springframework.dao.DataAccessException refused) {
                // the database refused something of this page: the page again, each object in its own savepoint
                ctx.forget();
                ctx.report.reset(reportBefore);
                ctx.unresolvable(unresolvableBefore);
                ctx.files.clear();
                ctx.files.prefetch(items);
                writePage(listUrl, items, expectedType, checkpoint, true);
            } catch (RuntimeException e) {
                ctx.forget();
                throw e;
            }
            Timings.stop("0 page total", t2);
            if (ctx.lookups.size() > SourceIndex.MAX_ENTRIES) {
                ctx.lookups.clear();
            }
            ctx.files.clear();
            pages = pageNumber;
            listObjects += items.size();
            progress(label, pages, totalPages, listObjects, listStarted);
            next = nextLink;
        }
        }
        if (!cp.done() && cp.nextUrl() == null) {
            // a list found without a next URL (should not happen): mark it done
            pageTx.executeWithoutResult(s -> ctx.store.saveCheckpoint(ctx.run, listUrl, new ImportStore.Checkpoint(null, 0, seen, true)));
        }
    }

    /**
     * One page in one transaction with its checkpoint and the report so far. First all objects
     * together (source URLs written once at the end); when the database refuses something, the
     * caller rolls back and calls again with {@code savepoints}: each object in its own savepoint,
     * so a refused one is reported and the rest of the page stays (as the importer always did).
     */
    private void writePage(String listUrl, List<JsonNode> items, String expectedType, ImportStore.Checkpoint checkpoint, boolean savepoints) {
        long[] t3 = new long[1];
        pageTx.executeWithoutResult(status -> {
            long t = Timings.start();
            for (JsonNode item : items) {
                if (savepoints) {
                    importItem(item, expectedType);
                } else {
                    ctx.dispatcher().importObject(item, expectedType, RunContext.STANDALONE);
                }
            }
            Timings.stop("3 map and write", t);
            t = Timings.start();
            ctx.store.flushSources();
            ctx.store.saveCheckpoint(ctx.run, listUrl, checkpoint);
            ctx.store.saveReport(ctx.run, ctx.report.toJson().toString());
            Timings.stop("4 checkpoint and report", t);
            t3[0] = Timings.start();
        });
        ctx.store.sourcesCommitted();
        Timings.stop("5 commit", t3[0]);
    }

    /** One object in its own savepoint: a row the database refuses is reported, the rest of the page stays. */
    private void importItem(JsonNode item, String expectedType) {
        try {
            itemTx.executeWithoutResult(s -> {
                ctx.dispatcher().importObject(item, expectedType, RunContext.STANDALONE);
                ctx.store.flushSources();
            });
        } catch (org.springframework.dao.DataAccessException e) {
            ctx.forget();
            String message = e.getMostSpecificCause().getMessage();
            ctx.report.unmapped(item.path("type").asString(expectedType).replaceAll(".*/", ""), item.path("id").asString("(ohne id)"),
                    "Datenbank lehnt ab: " + (message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("")));
        }
    }

    private void progress(String label, int pages, Integer totalPages, long listObjects, long listStarted) {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        double listSeconds = Math.max(1e-3, (System.nanoTime() - listStarted) / 1e9);
        long objects = ctx.report.objects();
        String eta = "ETA unbekannt";
        Long remaining = null;
        if (totalPages != null && totalPages >= pages) {
            remaining = Math.round((totalPages - pages) * (listSeconds / Math.max(1, pages)));
            eta = String.format(Locale.ROOT, "ETA %d:%02d", remaining / 60, remaining % 60);
        }
        listener.accept(new ImportProgress(ctx.run, label, pages, totalPages, objects, objects / seconds, remaining));
        out.printf(Locale.GERMANY, "Import %-14s Seite %d%s · %,d Objekte · %,.0f Objekte/s · %s%n", label, pages,
                totalPages == null ? "" : "/" + totalPages, objects, objects / seconds, eta);
        out.flush();
    }

    /** Re-adds query parameters of the list's first request that the next link dropped (filters must be kept, OParl 1.1). */
    String withFilters(String link, String listUrl) {
        Map<String, String> wanted = query(listUrl);
        Map<String, String> present = query(link);
        StringBuilder added = new StringBuilder();
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            if (!present.containsKey(e.getKey())) {
                added.append(added.isEmpty() && !link.contains("?") ? "?" : "&").append(e.getKey()).append('=')
                        .append(java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            }
        }
        if (added.isEmpty()) {
            return link;
        }
        ctx.report.warn(Warning.FILTER_LOST, link, "ergänzt: " + added);
        return link + added;
    }

    /** Every URL in the page's objects (ids and references, embedded ones too): their source rows are read in one query. */
    static List<String> urls(List<JsonNode> items) {
        List<String> out = new ArrayList<>();
        java.util.ArrayDeque<JsonNode> todo = new java.util.ArrayDeque<>(items);
        while (!todo.isEmpty()) {
            JsonNode n = todo.pop();
            if (n.isString()) {
                String s = n.asString();
                if (s.startsWith("http://") || s.startsWith("https://")) {
                    out.add(s.strip());
                }
            } else if (n.isContainer()) {
                n.forEach(todo::push);
            }
        }
        return out;
    }

    static Map<String, String> query(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        String q = URI.create(url).getRawQuery();
        if (q == null || q.isEmpty()) {
            return out;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals("modified_since") || key.equals("modified_until") || key.equals("created_since") || key.equals("created_until")
                    || key.equals("limit")) {
                out.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
