package org.openris.backoffice.masterdata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openris.shared.FormRejections;
import org.openris.shared.UiText;

/**
 * What a master-data form shows: the values as entered (kept after a rejection) and the German
 * message per field. Also parses the entered text (dates dd.MM.yyyy, numbers) and collects the
 * parse errors as rejections before the domain rules run.
 */
public final class MasterForm {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final FormRejections parseErrors = new FormRejections();

    public MasterForm(Map<String, String> values) {
        this.values = new LinkedHashMap<>(values);
    }

    public static MasterForm empty() {
        return new MasterForm(Map.of());
    }

    public String value(String field) {
        String value = values.get(field);
        return value == null ? "" : value;
    }

    public boolean checked(String field) {
        String value = values.get(field);
        return value != null && !value.isEmpty() && !"false".equals(value);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** The ids for aria-describedby: the hint (if any) and the error (if any); null when neither. */
    public String describedBy(String field, boolean hint) {
        String ids = (hint ? "f-" + field + "-hint " : "") + (errors.containsKey(field) ? "f-" + field + "-error" : "");
        return ids.isBlank() ? null : ids.trim();
    }

    /** Resolves the rejections into German messages next to the fields. */
    public MasterForm rejected(FormRejections rejections, UiText text) {
        rejections.all().forEach((field, message) -> errors.putIfAbsent(field, text.get(message.key(), formatted(message.args()))));
        return this;
    }

    private static Object[] formatted(List<Object> args) {
        return args.stream().map(a -> a instanceof LocalDate date ? org.openris.shared.GermanFormats.date(date)
                : a == null ? "offen" : a).toArray();
    }

    // ------------------------------------------------------------------ parsing

    public FormRejections parseErrors() {
        return parseErrors;
    }

    public String text(String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public LocalDate date(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, GERMAN_DATE);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value); // yyyy-MM-dd as some browsers fill it
            } catch (DateTimeParseException again) {
                parseErrors.reject(field, "masterdata.error.date");
                return null;
            }
        }
    }

    public Long id(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        Long id = org.openris.shared.PathIds.parse(value);
        if (id == null) {
            parseErrors.reject(field, "masterdata.error.choose");
        }
        return id;
    }

    public Integer number(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        if (!value.matches("-?[0-9]{1,6}")) {
            parseErrors.reject(field, "masterdata.error.number");
            return null;
        }
        return Integer.valueOf(value);
    }

    /** Text of an ISO date for the form ("05.03.2024"), empty for null. */
    public static String show(LocalDate date) {
        return date == null ? "" : GERMAN_DATE.format(date);
    }

    public static String show(Object value) {
        return value == null ? "" : value.toString();
    }
}
