package org.openris.importer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP against the source system: java.net.http with a politeness delay between requests and
 * retries with exponential backoff on IO errors and 5xx answers (sporadic 500 of real servers).
 * 4xx answers are returned to the caller, who decides (an empty filter window answered with 404 is
 * no error).
 */
final class SourceClient {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(20)).build();
    private final ImportSettings settings;
    private final ImportReport report;
    private final Object pacing = new Object();
    private long lastRequestNanos;
    final AtomicLong requests = new AtomicLong();

    SourceClient(ImportSettings settings, ImportReport report) {
        this.settings = settings;
        this.report = report;
    }

    /** One answer of the source. */
    record Answer(String url, int status, String contentType, byte[] body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** GET with retries; throws {@link SourceUnavailable} once the retries are used up. */
    Answer get(String url) {
        int attempt = 0;
        while (true) {
            attempt++;
            pace();
            String failure;
            try {
                requests.incrementAndGet();
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.requestTimeout())
                        .header("Accept", "application/json, */*").header("User-Agent", "OpenRIS-Importer/1.0").GET().build();
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() < 500) {
                    return new Answer(url, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
                }
                failure = "HTTP " + response.statusCode();
            } catch (IOException | IllegalArgumentException e) {
                failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceUnavailable(url, "unterbrochen");
            }
            if (attempt > settings.retries()) {
                throw new SourceUnavailable(url, failure + " nach " + attempt + " Versuchen");
            }
            report.warn(Warning.RETRIED, url, failure + " (Versuch " + attempt + ")");
            sleep(settings.retryBaseMillis() * (1L << Math.min(10, attempt - 1)));
        }
    }

    /** Keeps at least the politeness delay between the starts of two requests (over all threads). */
    private void pace() {
        if (settings.delayMillis() <= 0) {
            return;
        }
        synchronized (pacing) {
            long wait = lastRequestNanos + settings.delayMillis() * 1_000_000L - System.nanoTime();
            if (wait > 0) {
                sleep(wait / 1_000_000L);
            }
            lastRequestNanos = System.nanoTime();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The source did not answer usefully even after retries. */
    static final class SourceUnavailable extends RuntimeException {
        SourceUnavailable(String url, String reason) {
            super(url + ": " + reason);
        }
    }
}
