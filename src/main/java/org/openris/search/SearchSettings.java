package org.openris.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Search settings ({@code RIS_SEARCH_*}, docs/operations.md): the backend ({@code lucene} embedded
 * in {@code <data-dir>/search}, or {@code elasticsearch} for Elasticsearch/OpenSearch at
 * {@code uris}), whether the background jobs run, how often they look for changes, and whether
 * answers are kept per query and index generation ({@code cache}, {@link SearchCache}; on by default),
 * and how many searches run at once ({@code concurrency}, default: the number of cores; more wait in
 * order of arrival).
 */
@ConfigurationProperties("ris.search")
record SearchSettings(String backend, String directory, String uris, String username, String password,
                      String elasticsearchVersion, boolean background, Duration interval,
                      boolean cache, Integer concurrency) {

    SearchSettings {
        backend = backend == null || backend.isBlank() ? "lucene" : backend.strip().toLowerCase(java.util.Locale.ROOT);
        if (!backend.equals("lucene") && !backend.equals("elasticsearch") && !backend.equals("opensearch")) {
            throw new IllegalArgumentException("RIS_SEARCH_BACKEND must be lucene, elasticsearch or opensearch, not " + backend);
        }
        interval = interval == null || interval.isNegative() || interval.isZero() ? Duration.ofSeconds(30) : interval;
        concurrency = concurrency == null || concurrency <= 0 ? Runtime.getRuntime().availableProcessors() : concurrency;
    }

    boolean lucene() {
        return backend.equals("lucene");
    }
}
