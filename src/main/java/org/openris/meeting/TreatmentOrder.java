package org.openris.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The order in which agenda items are actually treated (Reihenfolge der Behandlung). It may differ from
 * the published numbering without renumbering: "TOP 3.2 wird vor TOP 2.2 behandelt", "TOP 4.1.2 wird im
 * Anschluss an TOP 3.2.3 behandelt".
 *
 * <p>An order is a list of agenda item keys, usually starting from {@link AgendaTree#keysInOrder()}. Only
 * the named key moves: its descendants in the list are <em>not</em> moved along automatically. To move a
 * section with its sub-items, move each of them: in agenda order each {@code before} the same key, or in
 * reverse agenda order each {@code after} the same key ({@link AgendaTree#subtreeOf(String)} lists them).
 *
 * <p>Errors (unknown key, a key moved relative to itself, a list with duplicates) are reported as
 * {@link IllegalArgumentException} with a German message.
 */
public final class TreatmentOrder {

    private TreatmentOrder() {
    }

    /** A new order in which {@code key} is treated directly before {@code beforeKey}. */
    public static List<String> before(List<String> order, String key, String beforeKey) {
        List<String> result = withoutKey(order, key, beforeKey, "vor");
        result.add(result.indexOf(beforeKey), key);
        return List.copyOf(result);
    }

    /** A new order in which {@code key} is treated directly after {@code afterKey} ("im Anschluss an"). */
    public static List<String> after(List<String> order, String key, String afterKey) {
        List<String> result = withoutKey(order, key, afterKey, "nach");
        result.add(result.indexOf(afterKey) + 1, key);
        return List.copyOf(result);
    }

    private static List<String> withoutKey(List<String> order, String key, String anchor, String relation) {
        if (order == null) {
            throw new IllegalArgumentException("Die Reihenfolge der Tagesordnungspunkte fehlt");
        }
        Set<String> seen = new HashSet<>();
        for (String item : order) {
            if (item == null) {
                throw new IllegalArgumentException("Die Reihenfolge enthält einen leeren Tagesordnungspunkt");
            }
            if (!seen.add(item)) {
                throw new IllegalArgumentException("Der Tagesordnungspunkt '" + item
                        + "' kommt in der Reihenfolge mehrfach vor");
            }
        }
        requireContained(seen, key);
        requireContained(seen, anchor);
        if (key.equals(anchor)) {
            throw new IllegalArgumentException("Der Tagesordnungspunkt '" + key
                    + "' kann nicht " + relation + " sich selbst behandelt werden");
        }
        List<String> result = new ArrayList<>(order);
        result.remove(key);
        return result;
    }

    private static void requireContained(Set<String> keys, String key) {
        if (key == null || !keys.contains(key)) {
            throw new IllegalArgumentException("Unbekannter Tagesordnungspunkt: "
                    + (key == null ? "null" : "'" + key + "'"));
        }
    }
}
