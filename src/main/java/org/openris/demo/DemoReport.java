package org.openris.demo;

import java.util.Map;

/** What a generator run produced, and how fast. */
public record DemoReport(DemoScale scale, long seed, Map<String, Long> counts, long rows, long pdfsRendered,
                         double seconds) {

    public double rowsPerSecond() {
        return rows / Math.max(seconds, 1e-3);
    }
}
