package org.openris.oparl;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** OParl's formats: {@code date} = yyyy-mm-dd, {@code date-time} = yyyy-mm-ddThh:mm:ss±hh:mm (no fraction). */
final class OparlFormat {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final Pattern FILTER = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([+-]\\d{2}:\\d{2}|Z)");

    private OparlFormat() {
    }

    static String dateTime(Object value) {
        OffsetDateTime t = instant(value);
        return t == null ? null : DATE_TIME.format(t.atZoneSameInstant(BERLIN).truncatedTo(ChronoUnit.SECONDS));
    }

    /** A timestamp column value as read by JDBC. */
    static OffsetDateTime instant(Object value) {
        if (value == null) {
            return null;
        } else if (value instanceof OffsetDateTime o) {
            return o;
        } else if (value instanceof Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("not a timestamp: " + value.getClass());
    }

    static String date(Object value) {
        if (value == null) {
            return null;
        } else if (value instanceof LocalDate d) {
            return d.toString();
        } else if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        throw new IllegalArgumentException("not a date: " + value.getClass());
    }

    /** A date column published where OParl wants a date-time (e.g. Body.licenseValidSince): midnight in Berlin. */
    static String startOfDay(Object value) {
        String date = date(value);
        return date == null ? null : DATE_TIME.format(LocalDate.parse(date).atStartOfDay(BERLIN));
    }

    /** Parses a filter value; {@code null} for an absent parameter. */
    static OffsetDateTime filter(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!FILTER.matcher(value).matches()) {
            throw new OparlException(400, "Ungültiger Wert für " + name + ": erwartet wird ein Zeitpunkt wie 2024-03-05T16:00:00+01:00.");
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new OparlException(400, "Ungültiger Wert für " + name + ": " + e.getParsedString() + " ist kein gültiger Zeitpunkt.");
        }
    }

    /** A JSON object that leaves out null, empty strings and empty arrays (OParl: optional properties are omitted). */
    static final class Obj extends LinkedHashMap<String, Object> {
        Obj with(String key, Object value) {
            if (value == null || value instanceof String s && s.isBlank() || value instanceof Collection<?> c && c.isEmpty()
                    || value instanceof Map<?, ?> m && m.isEmpty()) {
                return this;
            }
            put(key, value);
            return this;
        }

        /** Required properties are written even when empty (e.g. an empty {@code data} array). */
        Obj always(String key, Object value) {
            put(key, value);
            return this;
        }
    }
}
