package org.openris.search;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openris.file.TextExtraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The background work of search, on one thread of its own so requests never wait for it: after
 * start-up (the demo city included) and then every {@code RIS_SEARCH_INTERVAL}, first the texts of
 * files not yet read (PDFBox, with progress in the log), then the index sync. Both keep their
 * state in the database and resume after a restart. {@link #requestRun()} lets uploads and imports
 * ask for a run right away.
 */
@Component
public class SearchJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchJobs.class);
    private static final int EXTRACTION_BATCH = 20;

    private final TextExtraction extraction;
    private final IndexSync sync;
    private final SearchSettings settings;
    private volatile boolean stopping;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "ris-search");
        thread.setDaemon(true);
        return thread;
    });

    SearchJobs(TextExtraction extraction, IndexSync sync, SearchSettings settings) {
        this.extraction = extraction;
        this.sync = sync;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (settings.background()) {
            long seconds = settings.interval().toSeconds();
            executor.scheduleWithFixedDelay(this::runSafely, 0, Math.max(1, seconds), TimeUnit.SECONDS);
        }
    }

    /** Asks for a run soon (after an upload or import); returns at once. */
    public void requestRun() {
        if (settings.background()) {
            executor.execute(this::runSafely);
        }
    }

    /**
     * Extracts every pending text, then syncs the index, in the calling thread; for tests and
     * maintenance (requests use {@link #requestRun()}).
     */
    public void runNow() {
        extractTexts();
        sync.run(new LoggedProgress());
    }

    /** Progress of a long sync in the log, at most every 10 seconds. */
    private static final class LoggedProgress implements IndexSync.Progress {
        private long last = System.nanoTime();

        @Override
        public void update(long done, long total) {
            if (done > 0 && done < total && System.nanoTime() - last > 10_000_000_000L) {
                log.info("Suchindex: {} von {} Einträgen ({} %)", done, total, done * 100 / total);
                last = System.nanoTime();
            }
        }
    }

    private void runSafely() {
        if (stopping) {
            return;
        }
        try {
            runNow();
        } catch (RuntimeException e) {
            if (stopping) {
                log.debug("Suche: Hintergrundlauf beim Herunterfahren abgebrochen", e);
                return;
            }
            log.error("Suche: Hintergrundlauf fehlgeschlagen, nächster Versuch beim nächsten Lauf", e);
        }
    }

    void extractTexts() {
        long pending = extraction.pending();
        if (pending == 0) {
            return;
        }
        log.info("Textextraktion: {} Dateien ohne Text werden gelesen.", pending);
        long done = 0;
        long lastLog = System.nanoTime();
        for (int n = extraction.extractNext(EXTRACTION_BATCH); n > 0; n = extraction.extractNext(EXTRACTION_BATCH)) {
            done += n;
            if (System.nanoTime() - lastLog > 10_000_000_000L) {
                log.info("Textextraktion: {} von {} Dateien ({} %)", done, pending, done * 100 / Math.max(1, pending));
                lastLog = System.nanoTime();
            }
        }
        log.info("Textextraktion: fertig, {} Dateien gelesen.", done);
    }

    /** Lets a running pass end before the index closes (it is closed after this bean). */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        executor.shutdown();
        if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }
}
