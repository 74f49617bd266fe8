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

    private final HttpClient http;
    private final ImportSettings settings;
    private final ImportReport report;
    private final Object pacing = new Object();
    private long lastRequestNanos;
    final AtomicLong requests = new AtomicLong();

    SourceClient(ImportSettings settings, ImportReport report) {
        this.settings = settings;
        this.report = report;
        // without private addresses every redirect target is checked too, so redirects are followed here
        this.http = HttpClient.newBuilder().followRedirects(settings.privateAddresses() ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(20)).build();
    }

    /** One answer of the source. */
    record Answer(String url, int status, String contentType, byte[] body, String location) {
        Answer(String url, int status, String contentType, byte[] body) {
            this(url, status, contentType, body, null);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /**
     * GET with retries; throws {@link SourceUnavailable} once the retries are used up. Where private
     * addresses are not allowed, an address that {@link AddressPolicy} refuses (also as a redirect
     * target) is not requested: a warning and an answer 403.
     */
    Answer get(String url) {
        if (settings.privateAddresses()) {
            return attempt(url);
        }
        String current = url;
        for (int hop = 0; hop <= 5; hop++) {
            String refusal = AddressPolicy.refusal(current);
            if (refusal != null) {
                report.warn(Warning.ADDRESS_REFUSED, current, refusal);
                return new Answer(url, 403, "", new byte[0]);
            }
            Answer answer = attempt(current);
            if (answer.status() < 300 || answer.status() >= 400 || answer.location() == null) {
                return new Answer(url, answer.status(), answer.contentType(), answer.body());
            }
            try {
                current = URI.create(current).resolve(answer.location()).toString();
            } catch (IllegalArgumentException e) {
                report.warn(Warning.ADDRESS_REFUSED, current, "Weiterleitung auf ungültige Adresse: " + answer.location());
                return new Answer(url, 502, "", new byte[0]);
            }
        }
        return new Answer(url, 508, "", new byte[0]);
    }

    private Answer attempt(String url) {
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
                    return new Answer(url, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                            response.headers().firstValue("Location").orElse(null));
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
