package org.openris.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads the properties of one source object the tolerant way: placeholders ("", whitespace, "N/A")
 * count as absent, a single object where an array belongs becomes a one-element array and vice
 * versa, dates without offset are read in Europe/Berlin, date strings in date-time fields as start
 * of day. Every repair is reported as a warning with the object's URL as example.
 */
final class Values {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final List<String> PLACEHOLDERS = List.of("n/a", "na", "-", "--", "null", "k.a.", "keine angabe");

    private final JsonNode node;
    private final String url;
    private final ImportReport report;

    Values(JsonNode node, ImportReport report) {
        this.node = node;
        this.report = report;
        JsonNode id = node.path("id");
        this.url = id.isString() ? id.asString() : "(ohne id)";
    }

    String url() {
        return url;
    }

    JsonNode node() {
        return node;
    }

    boolean has(String property) {
        return text(property, false) != null || node.path(property).isObject() || node.path(property).isArray()
                || node.path(property).isBoolean() || node.path(property).isNumber();
    }

    /** A string property; placeholders are absent. */
    String text(String property) {
        return text(property, true);
    }

    private String text(String property, boolean warn) {
        JsonNode v = node.get(property);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isArray()) {
            if (v.isEmpty()) {
                return null;
            }
            if (warn) {
                report.warn(Warning.ARRAY_FOR_OBJECT, url, property);
            }
            v = v.get(0);
        }
        if (v.isObject()) {
            return v.path("id").isString() ? clean(v.path("id").asString(), property, warn) : null;
        }
        return clean(v.isString() ? v.asString() : v.toString(), property, warn);
    }

    private String clean(String value, String property, boolean warn) {
        String stripped = value.strip();
        if (stripped.isEmpty() || PLACEHOLDERS.contains(stripped.toLowerCase(java.util.Locale.ROOT))) {
            if (warn) {
                report.warn(Warning.EMPTY_VALUE, url, property + " = \"" + value + "\"");
            }
            return null;
        }
        return stripped;
    }

    /** Strings of an array property (URLs or texts); a single value is taken as a one-element array. */
    List<String> texts(String property) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array(property)) {
            String s = v.isObject() ? (v.path("id").isString() ? v.path("id").asString() : null) : v.isString() ? v.asString() : v.toString();
            if (s != null && !s.isBlank() && !PLACEHOLDERS.contains(s.strip().toLowerCase(java.util.Locale.ROOT))) {
                out.add(s.strip());
            } else if (s != null) {
                report.warn(Warning.EMPTY_VALUE, url, property + " = \"" + s + "\"");
            }
        }
        return out;
    }

    /** Elements of an array property; an object instead of an array counts as one element. */
    List<JsonNode> array(String property) {
        JsonNode v = node.get(property);
        List<JsonNode> out = new ArrayList<>();
        if (v == null || v.isNull() || v.isMissingNode()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(out::add);
            return out;
        }
        if (v.isString() && v.asString().isBlank()) {
            report.warn(Warning.EMPTY_VALUE, url, property + " = \"" + v.asString() + "\"");
            return out;
        }
        report.warn(Warning.OBJECT_FOR_ARRAY, url, property);
        out.add(v);
        return out;
    }

    /** An embedded object property; an array counts by its first element, a URL string is returned as is. */
    JsonNode object(String property) {
        JsonNode v = node.get(property);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isArray()) {
            if (v.isEmpty()) {
                return null;
            }
            report.warn(Warning.ARRAY_FOR_OBJECT, url, property);
            return v.get(0);
        }
        if (v.isString() && clean(v.asString(), property, true) == null) {
            return null;
        }
        return v;
    }

    Boolean bool(String property) {
        JsonNode v = node.get(property);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        String s = text(property);
        if (s == null) {
            return null;
        }
        report.warn(Warning.VALUE_ADJUSTED, url, property + " = \"" + s + "\" als Wahrheitswert");
        return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("ja") || s.equals("1");
    }

    Long number(String property) {
        JsonNode v = node.get(property);
        if (v != null && v.isNumber()) {
            return v.asLong();
        }
        String s = text(property);
        if (s == null) {
            return null;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            report.warn(Warning.VALUE_ADJUSTED, url, property + " = \"" + s + "\" ist keine Zahl (verworfen)");
            return null;
        }
    }

    /** A date-time property: offset required by OParl; without offset Berlin time; a bare date is start of day. */
    OffsetDateTime dateTime(String property) {
        return firstReading(property, List.of(
                new Reading<>(OffsetDateTime::parse, null),
                new Reading<>(s -> LocalDateTime.parse(s.replace(' ', 'T')).atZone(BERLIN).toOffsetDateTime(), Warning.DATE_WITHOUT_OFFSET),
                new Reading<>(s -> LocalDate.parse(s).atStartOfDay(BERLIN).toOffsetDateTime(), Warning.DATE_FOR_DATE_TIME)));
    }

    /** A date property; a date-time there gives its (Berlin) date. */
    LocalDate date(String property) {
        return firstReading(property, List.of(
                new Reading<>(LocalDate::parse, null),
                new Reading<>(s -> OffsetDateTime.parse(s).atZoneSameInstant(BERLIN).toLocalDate(), Warning.DATE_TIME_FOR_DATE),
                new Reading<>(s -> LocalDateTime.parse(s.replace(' ', 'T')).toLocalDate(), Warning.DATE_TIME_FOR_DATE)));
    }

    /** One way to read a date text, and the warning it earns (null: the form OParl prescribes). */
    private record Reading<T>(java.util.function.Function<String, T> parse, Warning warning) {
    }

    /** The first reading that parses, warned as it says; none: INVALID_DATE and null. */
    private <T> T firstReading(String property, List<Reading<T>> readings) {
        String s = text(property);
        if (s == null) {
            return null;
        }
        for (Reading<T> reading : readings) {
            try {
                T value = reading.parse().apply(s);
                if (reading.warning() != null) {
                    report.warn(reading.warning(), url, property + " = \"" + s + "\"");
                }
                return value;
            } catch (DateTimeParseException e) {
                // try the next reading
            }
        }
        report.warn(Warning.INVALID_DATE, url, property + " = \"" + s + "\"");
        return null;
    }

    boolean deleted() {
        JsonNode d = node.get("deleted");
        return d != null && (d.asBoolean(false) || "true".equalsIgnoreCase(d.asString("")));
    }

    /** The OParl type name ('Paper') from the type URL, or null when the object has none. */
    String typeName() {
        String t = text("type", false);
        if (t == null) {
            return null;
        }
        String trimmed = t.replaceAll("/+$", "");
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    ImportReport report() {
        return report;
    }
}
