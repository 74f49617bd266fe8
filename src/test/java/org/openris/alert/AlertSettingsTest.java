package org.openris.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** The digest time setting and its cron expression; defaults of the limits. */
class AlertSettingsTest {

    @Test
    void digest_time_is_read_as_hours_and_minutes_and_becomes_a_daily_cron() {
        AlertSettings settings = new AlertSettings(null, "6:30", ZoneId.of("Europe/Berlin"), null, null, null, null, null, null, null);
        assertThat(settings.digestTime()).isEqualTo(LocalTime.of(6, 30));
        assertThat(AlertDigestScheduler.cron(settings.digestTime())).isEqualTo("0 30 6 * * *");
        assertThat(AlertDigestScheduler.cron(LocalTime.of(7, 0))).isEqualTo("0 0 7 * * *");
        assertThatThrownBy(() -> new AlertSettings(null, "25:00", null, null, null, null, null, null, null, null))
                .isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void defaults_when_nothing_is_set() {
        AlertSettings settings = new AlertSettings(null, null, null, null, null, Duration.ZERO, 0, null, null, 500);
        assertThat(settings.digest()).isTrue();
        assertThat(settings.digestTime()).isEqualTo(LocalTime.of(7, 0));
        assertThat(settings.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(settings.confirmationLifetime()).isEqualTo(Duration.ofHours(48));
        assertThat(settings.lookback()).isEqualTo(Duration.ofDays(3));
        assertThat(settings.maxSearchesPerAddress()).isEqualTo(10);
        assertThat(settings.maxHitsPerSearch()).isEqualTo(50);
    }
}
