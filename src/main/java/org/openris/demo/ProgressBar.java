package org.openris.demo;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line text progress bar with rate, for long generator and maintenance runs. */
final class ProgressBar {

    private final PrintStream out;
    private final String label;
    private final long total;
    private final long started = System.nanoTime();
    private long lastPrinted;
    private int lastPercent = -1;

    ProgressBar(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
    }

    void update(long done, long rows) {
        int percent = (int) Math.min(100, done * 100 / total);
        long now = System.nanoTime();
        if (percent == lastPercent && now - lastPrinted < 2_000_000_000L) {
            return;
        }
        lastPercent = percent;
        lastPrinted = now;
        int filled = percent / 4;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        out.printf(Locale.ROOT, "%s [%s%s] %3d%%  %,d Zeilen  %,.0f Zeilen/s%n", label, "#".repeat(filled),
                ".".repeat(25 - filled), percent, rows, rows / seconds);
        out.flush();
    }
}
