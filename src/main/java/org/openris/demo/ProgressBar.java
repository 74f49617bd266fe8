package org.openris.demo;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line text progress bar with rate, for long generator and maintenance runs. */
final class ProgressBar {

    private final PrintStream out;
    private final String label;
    private final long total;
    private final String unit;
    private final long started = System.nanoTime();
    private long firstCount = -1;
    private long lastPrinted;
    private int lastPercent = -1;

    /** {@code unit}: what the counter passed to {@link #update} counts, e.g. "Zeilen". */
    ProgressBar(PrintStream out, String label, long total, String unit) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
        this.unit = unit;
    }

    /** {@code done} of the total steps; {@code count} a running counter whose rate is shown. */
    void update(long done, long count) {
        if (firstCount < 0) {
            firstCount = count;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        long now = System.nanoTime();
        if (percent == lastPercent && now - lastPrinted < 2_000_000_000L) {
            return;
        }
        lastPercent = percent;
        lastPrinted = now;
        int filled = percent / 4;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        out.printf(Locale.ROOT, "%s [%s%s] %3d%%  %,d %s  %,.0f %s/s%n", label, "#".repeat(filled),
                ".".repeat(25 - filled), percent, count, unit, (count - firstCount) / seconds, unit);
        out.flush();
    }
}
