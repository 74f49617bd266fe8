package org.openris.backoffice.masterdata;

import java.util.ArrayList;
import java.util.List;
import org.openris.backoffice.ChangeLog;
import org.openris.shared.UiText;
import org.springframework.context.NoSuchMessageException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One change-log entry as the history list on an edit page shows it: which field went from what to what. */
public record HistoryLine(ChangeLog.Entry entry, List<FieldChange> fields) {

    public record FieldChange(String label, String before, String after) {
    }

    static HistoryLine of(ChangeLog.Entry entry, JsonMapper json, UiText text) {
        List<FieldChange> fields = new ArrayList<>();
        JsonNode changes = json.readTree(entry.changes());
        for (var field : changes.properties()) {
            JsonNode pair = field.getValue();
            fields.add(new FieldChange(label(text, field.getKey()), value(text, field.getKey(), pair.get(0)),
                    value(text, field.getKey(), pair.get(1))));
        }
        return new HistoryLine(entry, fields);
    }

    private static String label(UiText text, String field) {
        try {
            return text.get("masterdata.field." + field);
        } catch (NoSuchMessageException e) {
            return field;
        }
    }

    /** Fields whose stored values are codes with a German label ({@code masterdata.<prefix>.<code>}). */
    private static final java.util.Map<String, String> CODED = java.util.Map.of("kind", "kind", "role", "role", "mandate", "mandate",
            "seatCategory", "seat");

    /** The value as the UI shows it elsewhere: dates dd.MM.yyyy, yes/no, codes by their German label. */
    static String value(UiText text, String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return "–";
        }
        String value = node.asString();
        if (value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return org.openris.shared.GermanFormats.date(java.time.LocalDate.parse(value));
        }
        if (node.isBoolean() || "true".equals(value) || "false".equals(value)) {
            return text.get("true".equals(value) ? "masterdata.history.yes" : "masterdata.history.no");
        }
        if (CODED.containsKey(field)) {
            try {
                return text.get("masterdata." + CODED.get(field) + "." + value);
            } catch (NoSuchMessageException e) {
                return value;
            }
        }
        return value;
    }
}
