package org.openris.alert;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Saved-search alerts ({@code RIS_ALERTS_*}, docs/operations.md): when the daily digest goes out
 * ({@code digestTime} in {@code zone}; {@code digest} switches the scheduled run off), how long a
 * confirmation link and an unsubscribe link work, the look-back window of the digest (hits created
 * that long ago are still reported once, for objects indexed late), and the abuse limits.
 */
@ConfigurationProperties("ris.alerts")
record AlertSettings(Boolean digest, String time, ZoneId zone, Duration confirmationLifetime, Duration unsubscribeLifetime,
                     Duration lookback, Integer maxSearchesPerAddress, Integer requestsPerAddressPerHour, Integer requestsPerClientPerHour,
                     Integer maxHitsPerSearch) {

    AlertSettings {
        digest = digest == null || digest;
        time = time == null || time.isBlank() ? "07:00" : LocalTime.parse(time.strip(), HOURS_MINUTES).toString();
        zone = zone == null ? ZoneId.of("Europe/Berlin") : zone;
        confirmationLifetime = positive(confirmationLifetime, Duration.ofHours(48));
        unsubscribeLifetime = positive(unsubscribeLifetime, Duration.ofDays(90));
        lookback = positive(lookback, Duration.ofDays(3));
        maxSearchesPerAddress = maxSearchesPerAddress == null || maxSearchesPerAddress <= 0 ? 10 : maxSearchesPerAddress;
        requestsPerAddressPerHour = requestsPerAddressPerHour == null || requestsPerAddressPerHour <= 0 ? 3 : requestsPerAddressPerHour;
        requestsPerClientPerHour = requestsPerClientPerHour == null || requestsPerClientPerHour <= 0 ? 10 : requestsPerClientPerHour;
        maxHitsPerSearch = maxHitsPerSearch == null || maxHitsPerSearch <= 0 ? 20 : Math.min(maxHitsPerSearch, 50);
    }

    private static final java.time.format.DateTimeFormatter HOURS_MINUTES = java.time.format.DateTimeFormatter.ofPattern("H:mm");

    /** When the digest goes out each day (in {@link #zone()}). */
    LocalTime digestTime() {
        return LocalTime.parse(time);
    }

    private static Duration positive(Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }
}
