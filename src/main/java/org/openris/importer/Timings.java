package org.openris.importer;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall-clock time per phase of a run (fetching list pages, fetching references, file downloads,
 * mapping and writing, checkpoint, commit), printed at the end of a run when the system property
 * {@code ris.importer.timings=true} is set (profiling, docs/benchmarks.md#importer-benchmark).
 */
final class Timings {

    static final boolean ON = Boolean.getBoolean("ris.importer.timings");
    private static final Map<String, LongAdder> NANOS = new ConcurrentHashMap<>();
    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    private Timings() {
    }

    static long start() {
        return ON ? System.nanoTime() : 0;
    }

    static void stop(String phase, long started) {
        if (ON) {
            NANOS.computeIfAbsent(phase, p -> new LongAdder()).add(System.nanoTime() - started);
            COUNTS.computeIfAbsent(phase, p -> new LongAdder()).increment();
        }
    }

    static void print(PrintStream out) {
        if (!ON) {
            return;
        }
        NANOS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.printf(Locale.ROOT, "timing %-22s %9.3f s  %7d×%n",
                e.getKey(), e.getValue().sum() / 1e9, COUNTS.get(e.getKey()).sum()));
    }
}
