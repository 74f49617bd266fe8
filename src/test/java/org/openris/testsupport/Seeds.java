package org.openris.testsupport;

/** Seeds for generated tests: {@code -Dris.seed=N} repeats a run; the seed is always printed. */
public final class Seeds {

    private Seeds() {
    }

    public static long seed(String test) {
        String configured = System.getProperty("ris.seed");
        long seed = configured == null || configured.isBlank() ? System.nanoTime() : Long.parseLong(configured.trim());
        System.out.println(test + ": seed " + seed + " (repeat with -Dris.seed=" + seed + ")");
        return seed;
    }
}
