package org.openris.meeting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The agenda (Tagesordnung) as an immutable tree of items identified by caller-chosen keys. The dotted
 * numbers ("1", "1.1", "2.1.1") are never stored: they follow from the structure, so every change
 * renumbers the whole agenda. Every operation returns a new tree and leaves this one unchanged.
 *
 * <p>Errors (unknown or duplicate key, moving an item into its own subtree, position out of range)
 * are reported as {@link IllegalArgumentException} with a German message.
 */
public final class AgendaTree {

    private static final AgendaTree EMPTY = new AgendaTree(List.of(), Map.of(), Map.of());

    /** Top-level keys in order. */
    private final List<String> top;
    /** Every key to its children in order (possibly empty). */
    private final Map<String, List<String>> children;
    /** Every key below the top level to its parent; top-level keys are absent. */
    private final Map<String, String> parents;
    /** Key to number in pre-order, derived. */
    private final Map<String, String> numbers;
    private final Map<String, String> keysByNumber;

    private AgendaTree(List<String> top, Map<String, List<String>> children, Map<String, String> parents) {
        this.top = top;
        this.children = children;
        this.parents = parents;
        this.numbers = new LinkedHashMap<>();
        number(top, "");
        this.keysByNumber = new HashMap<>();
        numbers.forEach((key, number) -> keysByNumber.put(number, key));
    }

    public static AgendaTree empty() {
        return EMPTY;
    }

    /** Adds {@code key} as the last top-level item. */
    public AgendaTree append(String key) {
        return insertAt(null, top.size(), key);
    }

    /** Adds {@code key} as the last child of {@code parentKey}. */
    public AgendaTree appendChild(String parentKey, String key) {
        requireKnown(parentKey);
        return insertAt(parentKey, children.get(parentKey).size(), key);
    }

    /**
     * Adds {@code key} at position {@code index} (0-based) among the children of {@code parentKeyOrNull}
     * ({@code null}: top level); the items from that position on move one number down.
     */
    public AgendaTree insertAt(String parentKeyOrNull, int index, String key) {
        requireNewKey(key);
        if (parentKeyOrNull != null) {
            requireKnown(parentKeyOrNull);
        }
        requireIndex(index, childrenOf(parentKeyOrNull).size());
        Draft draft = new Draft(this);
        draft.siblings(parentKeyOrNull).add(index, key);
        draft.children.put(key, new ArrayList<>());
        draft.setParent(key, parentKeyOrNull);
        return draft.build();
    }

    /**
     * Moves {@code key} with its whole subtree so that it becomes the next sibling of {@code afterKey},
     * possibly under another parent ("TOP 4.1.2 wird im Anschluss an TOP 3.2.3 behandelt" as a renumbering:
     * 4.1.2 becomes 3.2.4 and the old 4.1.3 becomes 4.1.2).
     */
    public AgendaTree moveAfter(String key, String afterKey) {
        requireKnown(key);
        requireKnown(afterKey);
        if (key.equals(afterKey)) {
            throw new IllegalArgumentException(
                    "TOP " + describe(key) + " kann nicht hinter sich selbst verschoben werden");
        }
        requireOutsideSubtree(afterKey, key);
        String newParent = parents.get(afterKey);
        List<String> siblingsWithoutKey = new ArrayList<>(childrenOf(newParent));
        siblingsWithoutKey.remove(key);
        return moveTo(key, newParent, siblingsWithoutKey.indexOf(afterKey) + 1);
    }

    /**
     * Moves {@code key} with its whole subtree to position {@code index} (0-based) among the children of
     * {@code newParentKeyOrNull} ({@code null}: top level). The index counts the siblings without
     * {@code key} itself.
     */
    public AgendaTree moveTo(String key, String newParentKeyOrNull, int index) {
        requireKnown(key);
        if (newParentKeyOrNull != null) {
            requireKnown(newParentKeyOrNull);
            requireOutsideSubtree(newParentKeyOrNull, key);
        }
        Draft draft = new Draft(this);
        draft.siblings(parents.get(key)).remove(key);
        List<String> newSiblings = draft.siblings(newParentKeyOrNull);
        requireIndex(index, newSiblings.size());
        newSiblings.add(index, key);
        draft.setParent(key, newParentKeyOrNull);
        return draft.build();
    }

    /** Removes {@code key} together with all items below it. */
    public AgendaTree remove(String key) {
        requireKnown(key);
        Draft draft = new Draft(this);
        draft.siblings(parents.get(key)).remove(key);
        for (String removed : subtreeOf(key)) {
            draft.children.remove(removed);
            draft.parents.remove(removed);
        }
        return draft.build();
    }

    /** Key to dotted number, in agenda order (depth-first pre-order); a new map on every call. */
    public Map<String, String> numbers() {
        return new LinkedHashMap<>(numbers);
    }

    /** All keys in agenda order (depth-first pre-order). */
    public List<String> keysInOrder() {
        return List.copyOf(numbers.keySet());
    }

    /** The parent item, empty for a top-level item. */
    public Optional<String> parentOf(String key) {
        requireKnown(key);
        return Optional.ofNullable(parents.get(key));
    }

    /** The direct children of {@code keyOrNullForTop} in order; {@code null} gives the top-level items. */
    public List<String> childrenOf(String keyOrNullForTop) {
        if (keyOrNullForTop == null) {
            return top;
        }
        requireKnown(keyOrNullForTop);
        return children.get(keyOrNullForTop);
    }

    /** The dotted number of {@code key}, e.g. "3.2.1". */
    public String numberOf(String key) {
        requireKnown(key);
        return numbers.get(key);
    }

    /** The key that currently carries {@code number}, if any. */
    public Optional<String> keyOfNumber(String number) {
        return Optional.ofNullable(number == null ? null : keysByNumber.get(number));
    }

    public boolean contains(String key) {
        return key != null && children.containsKey(key);
    }

    public int size() {
        return numbers.size();
    }

    public boolean isEmpty() {
        return numbers.isEmpty();
    }

    /** {@code key} and all items below it, in agenda order. */
    public List<String> subtreeOf(String key) {
        requireKnown(key);
        List<String> subtree = new ArrayList<>();
        collect(key, subtree);
        return subtree;
    }

    /** Two trees are equal when they have the same keys with the same numbers. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AgendaTree tree && numbers.equals(tree.numbers);
    }

    @Override
    public int hashCode() {
        return numbers.hashCode();
    }

    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ", "AgendaTree[", "]");
        numbers.forEach((key, number) -> text.add(number + "=" + key));
        return text.toString();
    }

    private void number(List<String> siblings, String prefix) {
        for (int i = 0; i < siblings.size(); i++) {
            String key = siblings.get(i);
            String number = prefix + (i + 1);
            numbers.put(key, number);
            number(children.get(key), number + ".");
        }
    }

    private void collect(String key, List<String> into) {
        into.add(key);
        for (String child : children.get(key)) {
            collect(child, into);
        }
    }

    private void requireKnown(String key) {
        if (!contains(key)) {
            throw new IllegalArgumentException("Unbekannter Tagesordnungspunkt: " + quote(key));
        }
    }

    private void requireNewKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("Der Schlüssel eines Tagesordnungspunktes darf nicht leer sein");
        }
        if (contains(key)) {
            throw new IllegalArgumentException("Der Tagesordnungspunkt " + quote(key)
                    + " ist bereits vorhanden (TOP " + numbers.get(key) + ")");
        }
    }

    private void requireOutsideSubtree(String target, String movedKey) {
        for (String current = target; current != null; current = parents.get(current)) {
            if (current.equals(movedKey)) {
                throw new IllegalArgumentException("TOP " + describe(movedKey)
                        + " kann nicht unter sich selbst oder einen eigenen Unterpunkt verschoben werden");
            }
        }
    }

    private static void requireIndex(int index, int size) {
        if (index < 0 || index > size) {
            throw new IllegalArgumentException(
                    "Ungültige Position " + index + " in der Tagesordnung (erlaubt: 0 bis " + size + ")");
        }
    }

    private String describe(String key) {
        return numbers.get(key) + " (" + quote(key) + ")";
    }

    private static String quote(String key) {
        return key == null ? "null" : "'" + key + "'";
    }

    /** A mutable copy used to build the next tree. */
    private static final class Draft {
        private final List<String> top;
        private final Map<String, List<String>> children = new HashMap<>();
        private final Map<String, String> parents;

        Draft(AgendaTree tree) {
            top = new ArrayList<>(tree.top);
            tree.children.forEach((key, list) -> children.put(key, new ArrayList<>(list)));
            parents = new HashMap<>(tree.parents);
        }

        List<String> siblings(String parentOrNull) {
            return parentOrNull == null ? top : children.get(parentOrNull);
        }

        void setParent(String key, String parentOrNull) {
            if (parentOrNull == null) {
                parents.remove(key);
            } else {
                parents.put(key, parentOrNull);
            }
        }

        AgendaTree build() {
            Map<String, List<String>> frozen = new HashMap<>();
            children.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
            return new AgendaTree(List.copyOf(top), Collections.unmodifiableMap(frozen),
                    Collections.unmodifiableMap(parents));
        }
    }
}
