package org.openris.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Business rejections of a form (ADR 0018): per field a message key of the one bundle with its
 * arguments, so the page can show the German message next to the field and keep what was entered.
 * Empty means accepted. The first message per field wins.
 */
public final class FormRejections {

    /** A message key with its arguments. */
    public record Message(String key, List<Object> args) {

        public Object[] argArray() {
            return args.toArray();
        }
    }

    private final Map<String, Message> byField = new LinkedHashMap<>();

    public FormRejections reject(String field, String key, Object... args) {
        byField.putIfAbsent(field, new Message(key, Collections.unmodifiableList(java.util.Arrays.asList(args))));
        return this;
    }

    public FormRejections addAll(FormRejections other) {
        other.byField.forEach(byField::putIfAbsent);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public Message of(String field) {
        return byField.get(field);
    }

    public Map<String, Message> all() {
        return Collections.unmodifiableMap(byField);
    }

    @Override
    public String toString() {
        return byField.toString();
    }
}
