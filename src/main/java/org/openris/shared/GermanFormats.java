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

    /** "850 Byte", "12 KB", "1,4 MB" (German decimal comma, powers of 1024). */
    public static String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " Byte";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.GERMANY, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** "Rathaus, Raum 1.101": the parts that are set, joined. */
    public static String place(String description, String room) {
        if (description == null || description.isBlank()) {
            return room == null ? "" : room;
        }
        return room == null || room.isBlank() ? description : description + ", " + room;
    }
}
