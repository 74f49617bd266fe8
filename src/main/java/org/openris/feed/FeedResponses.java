package org.openris.feed;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * HTTP caching of feeds. The ETag is a hash of the bytes served (identical feeds, identical tags);
 * Last-Modified is the newest change of an entry (never later than now). Spring answers a matching
 * {@code If-None-Match} or {@code If-Modified-Since} with 304 and no body. Feeds are public, so
 * shared caches may keep them for a few minutes — except for signed-in users, whose answers the
 * security filter has already marked {@code no-store}, which stays.
 */
final class FeedResponses {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=utf-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml; charset=utf-8");
    static final long MAX_AGE_MINUTES = 10;

    private FeedResponses() {
    }

    static ResponseEntity<byte[]> of(byte[] body, MediaType type, OffsetDateTime lastModified, Clock clock,
                                     HttpServletResponse response) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.ok().contentType(type).eTag(etag(body));
        if (lastModified != null) {
            Instant now = clock.instant();
            Instant changed = lastModified.toInstant().isAfter(now) ? now : lastModified.toInstant();
            builder.lastModified(changed.truncatedTo(ChronoUnit.SECONDS));
        }
        if (!response.containsHeader("Cache-Control")) {
            builder.cacheControl(CacheControl.maxAge(MAX_AGE_MINUTES, TimeUnit.MINUTES).cachePublic());
        }
        return builder.body(body);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
