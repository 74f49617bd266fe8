package org.openris.importer;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fetches (and parses) the next page of a list on one background thread while the current page is
 * written: at most one page ahead, in order, through the same {@link SourceClient} (so its
 * politeness delay holds for all requests together). Warnings of the early fetch are recorded
 * and applied to the report only when the page is taken, so a report committed with the current
 * page never contains the next page's warnings (a resumed run counts them once).
 */
final class PagePrefetch implements AutoCloseable {

    private record Fetched(Documents.Doc doc, ImportReport.Captured warnings) {
    }

    private final Documents documents;
    private final ImportReport report;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-page-prefetch");
        t.setDaemon(true);
        return t;
    });
    private String url;
    private Future<Fetched> ahead;

    PagePrefetch(Documents documents, ImportReport report) {
        this.documents = documents;
        this.report = report;
    }

    /** Starts fetching {@code next} (null: nothing); a page fetched earlier and not taken is dropped. */
    void start(String next) {
        cancel();
        if (next == null) {
            return;
        }
        url = next;
        ahead = thread.submit(() -> {
            ImportReport.Captured captured = ImportReport.capture();
            try {
                return new Fetched(documents.get(next), captured);
            } catch (RuntimeException e) {
                return new Fetched(null, captured.failed(e));
            } finally {
                ImportReport.endCapture();
            }
        });
    }

    /** The page at {@code next}: the one fetched ahead when it is that URL, else fetched now. */
    Documents.Doc get(String next) {
        if (ahead == null || !next.equals(url)) {
            cancel();
            return documents.get(next);
        }
        Fetched fetched;
        try {
            fetched = ahead.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceClient.SourceUnavailable(next, "unterbrochen");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            ahead = null;
            url = null;
        }
        fetched.warnings().replay(report);
        if (fetched.warnings().failure() != null) {
            throw fetched.warnings().failure();
        }
        return fetched.doc();
    }

    private void cancel() {
        if (ahead != null) {
            ahead.cancel(true);
        }
        ahead = null;
        url = null;
    }

    @Override
    public void close() {
        cancel();
        thread.shutdownNow();
    }
}
