package org.openris.backoffice.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Lenient parsing of form fields: a value that does not parse is null, so the command names the field in German. */
final class FormValues {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private FormValues() {
    }

    static String text(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    static LocalDate date(Map<String, String> form, String name) {
        String value = text(form, name);
        if (value == null) {
            return null;
        }
        try {
            return value.contains(".") ? LocalDate.parse(value, GERMAN_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException ex) {
            return null;
        }
    }

    static LocalTime time(Map<String, String> form, String name) {
        String value = text(form, name);
        if (value == null || !value.matches("[0-9]{1,2}:[0-9]{2}")) {
            return null;
        }
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException ex) {
            return null;
        }
    }

    static Long id(Map<String, String> form, String name) {
        return org.openris.shared.PathIds.parse(text(form, name));
    }

    static Integer number(Map<String, String> form, String name) {
        String value = text(form, name);
        return value == null || !value.matches("[0-9]{1,5}") ? null : Integer.valueOf(value);
    }

    static DayOfWeek weekday(Map<String, String> form, String name) {
        Integer value = number(form, name);
        return value == null || value < 1 || value > 7 ? null : DayOfWeek.of(value);
    }

    static boolean checked(Map<String, String> form, String name) {
        return form.containsKey(name);
    }
}
