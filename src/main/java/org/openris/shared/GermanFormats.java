package org.openris.shared;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date and time as German users read them: {@code dd.MM.yyyy}, {@code HH:mm}, Europe/Berlin. */
public final class GermanFormats {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final Locale GERMAN = Locale.GERMANY;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", GERMAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", GERMAN);
    private static final DateTimeFormatter WEEKDAY_DATE = DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy", GERMAN);

    private GermanFormats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String date(OffsetDateTime dateTime) {
        return dateTime == null ? "" : DATE.format(dateTime.atZoneSameInstant(BERLIN));
    }

    public static String weekdayDate(OffsetDateTime dateTime) {
        return dateTime == null ? "" : WEEKDAY_DATE.format(dateTime.atZoneSameInstant(BERLIN));
    }

    public static String time(OffsetDateTime dateTime) {
        return dateTime == null ? "" : TIME.format(dateTime.atZoneSameInstant(BERLIN));
    }

    public static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }
}
