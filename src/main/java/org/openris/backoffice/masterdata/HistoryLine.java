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
            fields.add(new FieldChange(label(text, field.getKey()), value(pair.get(0)), value(pair.get(1))));
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

    private static String value(JsonNode node) {
        return node == null || node.isNull() ? "–" : node.asString();
    }
}
