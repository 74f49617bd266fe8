package org.openris.importer;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * What one {@code import-oparl} run is asked to do.
 *
 * @param systemUrl       the OParl System object of the source
 * @param bodyUrl         only this body (its id URL); null: every body of the system
 * @param since           explicit {@code modified_since}; null: automatic (last successful run minus {@link #overlap})
 * @param full            force a full crawl even after earlier runs
 * @param delayMillis     politeness: minimum time between two requests
 * @param concurrency     parallel file downloads
 * @param retries         further attempts after an IO error or 5xx answer
 * @param retryBaseMillis first backoff; doubles with each further attempt
 * @param overlap         safety overlap of incremental runs
 * @param files           download file contents
 * @param pageSize        page size asked of the source (OParl {@code limit}, a hint); 0: the server's default
 * @param privateAddresses whether the source may be in a private network or on this host; false for runs started in the
 *                        admin screen unless configured (SSRF: {@link AddressPolicy}); the command line allows them
 */
record ImportSettings(String systemUrl, String bodyUrl, OffsetDateTime since, boolean full, long delayMillis, int concurrency,
                      int retries, long retryBaseMillis, Duration overlap, boolean files, Duration requestTimeout, int pageSize,
                      boolean privateAddresses) {

    ImportSettings(String systemUrl, String bodyUrl, OffsetDateTime since, boolean full, long delayMillis, int concurrency,
                   int retries, long retryBaseMillis, Duration overlap, boolean files, Duration requestTimeout, int pageSize) {
        this(systemUrl, bodyUrl, since, full, delayMillis, concurrency, retries, retryBaseMillis, overlap, files, requestTimeout, pageSize, true);
    }

    static final long DEFAULT_DELAY_MILLIS = 100;
    static final int DEFAULT_CONCURRENCY = 2;
    static final int DEFAULT_RETRIES = 5;
    static final long DEFAULT_RETRY_BASE_MILLIS = 500;

    ImportSettings {
        concurrency = Math.max(1, concurrency);
        retries = Math.max(0, retries);
        overlap = overlap == null ? Duration.ofHours(1) : overlap;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(120) : requestTimeout;
    }
}
