package org.openris.search;

import java.io.PrintStream;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar target/ris.jar reindex}: reads missing file texts, empties the index and builds
 * it again from the database with a progress bar, then exits. Stop the running application first
 * (it holds the embedded database and the index); a running application keeps its index current by
 * itself (docs/operations.md).
 */
@Component
@Order(100)
class ReindexCommand implements ApplicationRunner {

    private final IndexSync sync;
    private final SearchJobs jobs;
    private final ConfigurableApplicationContext context;

    ReindexCommand(IndexSync sync, SearchJobs jobs, ConfigurableApplicationContext context) {
        this.sync = sync;
        this.jobs = jobs;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().contains("reindex")) {
            return;
        }
        PrintStream out = System.out;
        out.println("Suchindex wird neu aufgebaut …");
        jobs.extractTexts();
        sync.clear();
        long started = System.nanoTime();
        IndexSync.Outcome outcome = sync.run(new Bar(out));
        out.printf(Locale.GERMANY, "Suchindex neu aufgebaut: %,d Einträge in %.1f s.%n", outcome.indexed(), (System.nanoTime() - started) / 1e9);
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    /** A one-line text progress bar with rate (as the demo generator prints). */
    static final class Bar implements IndexSync.Progress {
        private final PrintStream out;
        private final long started = System.nanoTime();
        private int lastPercent = -1;

        Bar(PrintStream out) {
            this.out = out;
        }

        @Override
        public void update(long done, long total) {
            int percent = (int) Math.min(100, done * 100 / Math.max(1, total));
            if (percent == lastPercent) {
                return;
            }
            lastPercent = percent;
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            out.printf(Locale.GERMANY, "Suchindex [%s%s] %3d%%  %,d von %,d Einträgen  %,.0f Einträge/s%n", "#".repeat(percent / 4),
                    ".".repeat(25 - percent / 4), percent, done, total, done / seconds);
            out.flush();
        }
    }
}
