package org.openris.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgendaTreeTest {

    /**
     * The published agenda of the 12th meeting in {@code examples/minutes-musterstadt.txt}: sections 1 to 4,
     * section 4 ("Mitteilungen des Vorsitzenden") empty ("- unbesetzt -"). Papers are keyed by their number.
     */
    static AgendaTree musterstadtAgenda() {
        return AgendaTree.empty()
                .append("Regularien")
                .appendChild("Regularien", "Mitunterzeichnung")
                .appendChild("Regularien", "Mitwirkungsverbot")
                .appendChild("Regularien", "Feststellung der Tagesordnung")
                .appendChild("Regularien", "Niederschrift 11. Sitzung")
                .append("Vorlagen der Verwaltung")
                .appendChild("Vorlagen der Verwaltung", "04411-23")
                .appendChild("Vorlagen der Verwaltung", "04129-23")
                .appendChild("Vorlagen der Verwaltung", "04502-23")
                .append("Anträge und Anfragen")
                .appendChild("Anträge und Anfragen", "04610-23")
                .appendChild("Anträge und Anfragen", "04622-23")
                .append("Mitteilungen des Vorsitzenden");
    }

    @Test
    void numbers_the_published_musterstadt_agenda() {
        assertThat(musterstadtAgenda().numbers()).containsExactly(
                entry("Regularien", "1"),
                entry("Mitunterzeichnung", "1.1"),
                entry("Mitwirkungsverbot", "1.2"),
                entry("Feststellung der Tagesordnung", "1.3"),
                entry("Niederschrift 11. Sitzung", "1.4"),
                entry("Vorlagen der Verwaltung", "2"),
                entry("04411-23", "2.1"),
                entry("04129-23", "2.2"),
                entry("04502-23", "2.3"),
                entry("Anträge und Anfragen", "3"),
                entry("04610-23", "3.1"),
                entry("04622-23", "3.2"),
                entry("Mitteilungen des Vorsitzenden", "4"));
    }

    @Test
    void urgent_item_added_at_the_meeting_becomes_2_4_without_renumbering_the_rest() {
        AgendaTree published = musterstadtAgenda();

        AgendaTree confirmed = published.insertAt("Vorlagen der Verwaltung", 3, "04655-23");

        assertThat(confirmed.numberOf("04655-23")).isEqualTo("2.4");
        assertThat(confirmed.keyOfNumber("2.4")).contains("04655-23");
        assertThat(confirmed.keysInOrder()).containsSubsequence("04502-23", "04655-23", "Anträge und Anfragen");
        Map<String, String> unchanged = confirmed.numbers();
        unchanged.remove("04655-23");
        assertThat(unchanged).isEqualTo(published.numbers());
    }

    @Test
    void empty_tree_has_no_items() {
        AgendaTree tree = AgendaTree.empty();

        assertThat(tree.numbers()).isEmpty();
        assertThat(tree.keysInOrder()).isEmpty();
        assertThat(tree.childrenOf(null)).isEmpty();
        assertThat(tree.isEmpty()).isTrue();
        assertThat(tree.size()).isZero();
    }

    @Test
    void append_numbers_top_level_items_one_to_n() {
        AgendaTree tree = AgendaTree.empty().append("a").append("b").append("c");

        assertThat(tree.numbers()).containsExactly(entry("a", "1"), entry("b", "2"), entry("c", "3"));
    }

    @Test
    void append_child_numbers_below_the_parent() {
        AgendaTree tree = AgendaTree.empty().append("a").append("b")
                .appendChild("b", "b1").appendChild("b1", "b1a").appendChild("b", "b2");

        assertThat(tree.numbers()).containsExactly(
                entry("a", "1"), entry("b", "2"), entry("b1", "2.1"), entry("b1a", "2.1.1"), entry("b2", "2.2"));
    }

    @Test
    void numbers_lists_items_depth_first_in_pre_order() {
        AgendaTree tree = AgendaTree.empty().append("a").append("b").appendChild("a", "a1").appendChild("a1", "a1x");

        assertThat(tree.keysInOrder()).containsExactly("a", "a1", "a1x", "b");
        assertThat(tree.numbers()).isInstanceOf(LinkedHashMap.class);
        assertThat(List.copyOf(tree.numbers().values())).containsExactly("1", "1.1", "1.1.1", "2");
    }

    @Test
    void insert_at_the_beginning_renumbers_the_following_items() {
        AgendaTree tree = AgendaTree.empty().append("a").appendChild("a", "a1").append("b");

        AgendaTree inserted = tree.insertAt(null, 0, "new");

        assertThat(inserted.numbers()).containsExactly(
                entry("new", "1"), entry("a", "2"), entry("a1", "2.1"), entry("b", "3"));
    }

    @Test
    void insert_at_the_end_of_the_children_is_the_same_as_append_child() {
        AgendaTree tree = AgendaTree.empty().append("a").appendChild("a", "a1");

        assertThat(tree.insertAt("a", 1, "a2")).isEqualTo(tree.appendChild("a", "a2"));
        assertThat(tree.insertAt(null, 1, "b")).isEqualTo(tree.append("b"));
    }

    @Test
    void insert_rejects_a_position_out_of_range() {
        AgendaTree tree = AgendaTree.empty().append("a").appendChild("a", "a1");

        assertThatThrownBy(() -> tree.insertAt("a", 2, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Ungültige Position 2 in der Tagesordnung (erlaubt: 0 bis 1)");
        assertThatThrownBy(() -> tree.insertAt(null, -1, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Ungültige Position -1 in der Tagesordnung (erlaubt: 0 bis 1)");
    }

    @Test
    void rejects_a_duplicate_key_anywhere_in_the_tree() {
        AgendaTree tree = AgendaTree.empty().append("a").appendChild("a", "a1");

        assertThatThrownBy(() -> tree.append("a1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Der Tagesordnungspunkt 'a1' ist bereits vorhanden (TOP 1.1)");
        assertThatThrownBy(() -> tree.appendChild("a1", "a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Der Tagesordnungspunkt 'a' ist bereits vorhanden (TOP 1)");
    }

    @Test
    void rejects_a_missing_or_blank_key() {
        AgendaTree tree = AgendaTree.empty().append("a");

        for (String key : Arrays.asList(null, "", "  ")) {
            assertThatThrownBy(() -> tree.appendChild("a", key))
                    .as("key %s", key)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Der Schlüssel eines Tagesordnungspunktes darf nicht leer sein");
        }
    }

    @Test
    void rejects_unknown_keys_with_a_german_message() {
        AgendaTree tree = AgendaTree.empty().append("a");
        String message = "Unbekannter Tagesordnungspunkt: 'x'";

        assertThatThrownBy(() -> tree.appendChild("x", "b")).hasMessage(message);
        assertThatThrownBy(() -> tree.insertAt("x", 0, "b")).hasMessage(message);
        assertThatThrownBy(() -> tree.moveAfter("x", "a")).hasMessage(message);
        assertThatThrownBy(() -> tree.moveAfter("a", "x")).hasMessage(message);
        assertThatThrownBy(() -> tree.moveTo("a", "x", 0)).hasMessage(message);
        assertThatThrownBy(() -> tree.remove("x")).hasMessage(message);
        assertThatThrownBy(() -> tree.parentOf("x")).hasMessage(message);
        assertThatThrownBy(() -> tree.childrenOf("x")).hasMessage(message);
        assertThatThrownBy(() -> tree.numberOf("x")).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> tree.numberOf(null)).hasMessage("Unbekannter Tagesordnungspunkt: null");
    }

    @Test
    void moving_4_1_2_after_3_2_3_makes_it_3_2_4_and_closes_the_gap_in_4_1() {
        AgendaTree tree = AgendaTree.empty()
                .append("1").append("2").append("3").append("4")
                .appendChild("3", "3.1").appendChild("3", "3.2")
                .appendChild("3.2", "3.2.1").appendChild("3.2", "3.2.2").appendChild("3.2", "3.2.3")
                .appendChild("4", "4.1")
                .appendChild("4.1", "4.1.1").appendChild("4.1", "4.1.2").appendChild("4.1", "4.1.3");

        AgendaTree moved = tree.moveAfter("4.1.2", "3.2.3");

        assertThat(moved.numberOf("4.1.2")).isEqualTo("3.2.4");
        assertThat(moved.numberOf("4.1.3")).isEqualTo("4.1.2");
        assertThat(moved.parentOf("4.1.2")).contains("3.2");
        assertThat(moved.childrenOf("4.1")).containsExactly("4.1.1", "4.1.3");
        assertThat(moved.keyOfNumber("4.1.3")).isEmpty();
    }

    @Test
    void move_after_carries_the_whole_subtree() {
        AgendaTree tree = AgendaTree.empty().append("a").append("b")
                .appendChild("a", "a1").appendChild("a1", "a1x").appendChild("a1", "a1y");

        AgendaTree moved = tree.moveAfter("a1", "b");

        assertThat(moved.numbers()).containsExactly(
                entry("a", "1"), entry("b", "2"), entry("a1", "3"), entry("a1x", "3.1"), entry("a1y", "3.2"));
    }

    @Test
    void move_after_a_later_sibling_moves_forward_within_the_same_parent() {
        AgendaTree tree = AgendaTree.empty().append("p")
                .appendChild("p", "x").appendChild("p", "y").appendChild("p", "z");

        assertThat(tree.moveAfter("x", "y").childrenOf("p")).containsExactly("y", "x", "z");
        assertThat(tree.moveAfter("x", "z").childrenOf("p")).containsExactly("y", "z", "x");
    }

    @Test
    void move_after_an_earlier_sibling_moves_backward_within_the_same_parent() {
        AgendaTree tree = AgendaTree.empty().append("p")
                .appendChild("p", "x").appendChild("p", "y").appendChild("p", "z");

        assertThat(tree.moveAfter("z", "x").childrenOf("p")).containsExactly("x", "z", "y");
    }

    @Test
    void move_after_a_top_level_item_lifts_a_child_to_the_top_level() {
        AgendaTree tree = AgendaTree.empty().append("a").appendChild("a", "a1").append("b");

        AgendaTree moved = tree.moveAfter("a1", "a");

        assertThat(moved.parentOf("a1")).isEmpty();
        assertThat(moved.numbers()).containsExactly(entry("a", "1"), entry("a1", "2"), entry("b", "3"));
    }

    @Test
    void rejects_moving_an_item_after_itself() {
        AgendaTree tree = AgendaTree.empty().append("a");

        assertThatThrownBy(() -> tree.moveAfter("a", "a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TOP 1 ('a') kann nicht hinter sich selbst verschoben werden");
    }

    @Test
    void rejects_moving_an_item_into_its_own_subtree() {
        AgendaTree tree = AgendaTree.empty().append("a").appendChild("a", "a1").appendChild("a1", "a1x");

        assertThatThrownBy(() -> tree.moveAfter("a", "a1x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TOP 1 ('a') kann nicht unter sich selbst oder einen eigenen Unterpunkt verschoben werden");
        assertThatThrownBy(() -> tree.moveTo("a", "a1", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nicht unter sich selbst");
        assertThatThrownBy(() -> tree.moveTo("a1", "a1", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nicht unter sich selbst");
    }

    @Test
    void move_to_places_an_item_first_among_new_siblings() {
        AgendaTree tree = AgendaTree.empty().append("a").append("b").appendChild("b", "b1");

        AgendaTree moved = tree.moveTo("a", "b", 0);

        assertThat(moved.numbers()).containsExactly(entry("b", "1"), entry("a", "1.1"), entry("b1", "1.2"));
    }

    @Test
    void move_to_counts_the_index_without_the_moved_item() {
        AgendaTree tree = AgendaTree.empty().append("a").append("b").append("c");

        assertThat(tree.moveTo("a", null, 2).childrenOf(null)).containsExactly("b", "c", "a");
        assertThatThrownBy(() -> tree.moveTo("a", null, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Ungültige Position 3 in der Tagesordnung (erlaubt: 0 bis 2)");
    }

    @Test
    void remove_drops_the_item_with_its_subtree_and_renumbers() {
        AgendaTree tree = musterstadtAgenda();

        AgendaTree removed = tree.remove("Vorlagen der Verwaltung");

        assertThat(removed.size()).isEqualTo(tree.size() - 4);
        assertThat(removed.contains("04411-23")).isFalse();
        assertThat(removed.numberOf("04622-23")).isEqualTo("2.2");
        assertThat(removed.numberOf("Mitteilungen des Vorsitzenden")).isEqualTo("3");
    }

    @Test
    void removing_a_child_closes_the_gap_among_its_siblings() {
        AgendaTree removed = musterstadtAgenda().remove("04129-23");

        assertThat(removed.numberOf("04502-23")).isEqualTo("2.2");
        assertThat(removed.keyOfNumber("2.3")).isEmpty();
    }

    @Test
    void operations_leave_the_original_tree_unchanged() {
        AgendaTree original = musterstadtAgenda();
        Map<String, String> before = original.numbers();

        original.append("x");
        original.insertAt("Regularien", 0, "y");
        original.moveAfter("04622-23", "04411-23");
        original.moveTo("Regularien", null, 3);
        original.remove("Anträge und Anfragen");
        original.numbers().clear();

        assertThat(original.numbers()).containsExactlyEntriesOf(before);
    }

    @Test
    void query_results_cannot_change_the_tree() {
        AgendaTree tree = AgendaTree.empty().append("a").appendChild("a", "a1");

        assertThatThrownBy(() -> tree.childrenOf(null).add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> tree.childrenOf("a").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> tree.keysInOrder().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(tree.numberOf("a1")).isEqualTo("1.1");
    }

    @Test
    void parent_and_children_reflect_the_structure() {
        AgendaTree tree = musterstadtAgenda();

        assertThat(tree.parentOf("04411-23")).contains("Vorlagen der Verwaltung");
        assertThat(tree.parentOf("Regularien")).isEmpty();
        assertThat(tree.childrenOf(null)).containsExactly(
                "Regularien", "Vorlagen der Verwaltung", "Anträge und Anfragen", "Mitteilungen des Vorsitzenden");
        assertThat(tree.childrenOf("Anträge und Anfragen")).containsExactly("04610-23", "04622-23");
        assertThat(tree.childrenOf("Mitteilungen des Vorsitzenden")).isEmpty();
        assertThat(tree.subtreeOf("Anträge und Anfragen")).containsExactly("Anträge und Anfragen", "04610-23", "04622-23");
    }

    @Test
    void key_of_number_finds_the_current_holder_of_a_number() {
        AgendaTree tree = musterstadtAgenda();

        assertThat(tree.keyOfNumber("3.2")).contains("04622-23");
        assertThat(tree.keyOfNumber("1")).contains("Regularien");
        assertThat(tree.keyOfNumber("5")).isEmpty();
        assertThat(tree.keyOfNumber("3.2.1")).isEmpty();
        assertThat(tree.keyOfNumber("")).isEmpty();
        assertThat(tree.keyOfNumber(null)).isEmpty();
    }

    @Test
    void trees_with_the_same_structure_are_equal() {
        AgendaTree built = AgendaTree.empty().append("a").append("b").appendChild("a", "a1");
        AgendaTree rearranged = AgendaTree.empty().append("b").append("a").appendChild("a", "a1").moveAfter("b", "a");

        assertThat(rearranged).isEqualTo(built).hasSameHashCodeAs(built);
        assertThat(rearranged).isNotEqualTo(built.moveAfter("a", "b"));
        assertThat(built).hasToString("AgendaTree[1=a, 1.1=a1, 2=b]");
    }

    // --- generated -----------------------------------------------------------------------------------

    @Test
    void random_edits_keep_the_numbering_consistent() {
        long seed = seed("random_edits_keep_the_numbering_consistent");
        Random random = new Random(seed);
        int steps = 0;
        for (int run = 0; run < 300; run++) {
            AgendaTree tree = AgendaTree.empty();
            int nextKey = 0;
            List<String> removedKeys = new ArrayList<>();
            for (int step = 0; step < 60; step++, steps++) {
                String context = "seed " + seed + ", run " + run + ", step " + step + ", tree " + tree;
                Map<String, String> before = tree.numbers();
                List<String> keys = tree.keysInOrder();
                removedKeys.removeIf(tree::contains);
                String newKey = !removedKeys.isEmpty() && random.nextBoolean() ? pick(random, removedKeys) : "k" + nextKey++;
                int operation = keys.isEmpty() ? 0 : random.nextInt(10);
                AgendaTree next = switch (operation) {
                    case 0, 1 -> appendAndCheck(tree, newKey, context);
                    case 2, 3 -> appendChildAndCheck(tree, pick(random, keys), newKey, context);
                    case 4, 5 -> insertAndCheck(tree, random, newKey, context);
                    case 6, 7 -> moveAfterAndCheck(tree, pick(random, keys), pick(random, keys), context);
                    case 8 -> moveToAndCheck(tree, random, context);
                    default -> {
                        String removed = pick(random, keys);
                        removedKeys.addAll(tree.subtreeOf(removed));
                        yield removeAndCheck(tree, removed, context);
                    }
                };
                assertThat(tree.numbers()).as("unchanged original, %s", context).containsExactlyEntriesOf(before);
                checkInvariants(next, context);
                tree = next;
            }
        }
        assertThat(steps).isEqualTo(300 * 60);
    }

    private static AgendaTree appendAndCheck(AgendaTree tree, String key, String context) {
        AgendaTree next = tree.append(key);
        assertThat(next.numberOf(key)).as("append %s, %s", key, context)
                .isEqualTo(String.valueOf(tree.childrenOf(null).size() + 1));
        assertThat(without(next.keysInOrder(), Set.of(key))).as(context).isEqualTo(tree.keysInOrder());
        return next;
    }

    private static AgendaTree appendChildAndCheck(AgendaTree tree, String parent, String key, String context) {
        AgendaTree next = tree.appendChild(parent, key);
        assertThat(next.numberOf(key)).as("append %s below %s, %s", key, parent, context)
                .isEqualTo(tree.numberOf(parent) + "." + (tree.childrenOf(parent).size() + 1));
        assertThat(without(next.keysInOrder(), Set.of(key))).as(context).isEqualTo(tree.keysInOrder());
        return next;
    }

    private static AgendaTree insertAndCheck(AgendaTree tree, Random random, String key, String context) {
        List<String> keys = tree.keysInOrder();
        String parent = random.nextInt(4) == 0 ? null : pick(random, keys);
        int siblings = tree.childrenOf(parent).size();
        int index = random.nextInt(siblings + 3) - 1;
        String description = "insert " + key + " at " + index + " below " + parent + ", " + context;
        if (index < 0 || index > siblings) {
            assertThatThrownBy(() -> tree.insertAt(parent, index, key)).as(description)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Ungültige Position " + index);
            return tree;
        }
        AgendaTree next = tree.insertAt(parent, index, key);
        assertThat(next.childrenOf(parent).get(index)).as(description).isEqualTo(key);
        assertThat(next.parentOf(key)).as(description).isEqualTo(java.util.Optional.ofNullable(parent));
        assertThat(without(next.keysInOrder(), Set.of(key))).as(description).isEqualTo(tree.keysInOrder());
        return next;
    }

    private static AgendaTree moveAfterAndCheck(AgendaTree tree, String key, String afterKey, String context) {
        String description = "move " + key + " after " + afterKey + ", " + context;
        List<String> subtree = tree.subtreeOf(key);
        if (subtree.contains(afterKey)) {
            assertThatThrownBy(() -> tree.moveAfter(key, afterKey)).as(description)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("TOP " + tree.numberOf(key));
            return tree;
        }
        AgendaTree next = tree.moveAfter(key, afterKey);
        assertThat(next.parentOf(key)).as(description).isEqualTo(tree.parentOf(afterKey));
        List<String> siblings = next.childrenOf(next.parentOf(key).orElse(null));
        assertThat(siblings.indexOf(key)).as(description).isEqualTo(siblings.indexOf(afterKey) + 1);
        checkMovedSubtree(tree, next, key, subtree, description);
        return next;
    }

    private static AgendaTree moveToAndCheck(AgendaTree tree, Random random, String context) {
        List<String> keys = tree.keysInOrder();
        String key = pick(random, keys);
        String parent = random.nextInt(3) == 0 ? null : pick(random, keys);
        List<String> subtree = tree.subtreeOf(key);
        String description = "move " + key + " below " + parent + ", " + context;
        if (parent != null && subtree.contains(parent)) {
            assertThatThrownBy(() -> tree.moveTo(key, parent, 0)).as(description)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("nicht unter sich selbst");
            return tree;
        }
        int siblingsWithoutKey = (int) tree.childrenOf(parent).stream().filter(k -> !k.equals(key)).count();
        int index = random.nextInt(siblingsWithoutKey + 1);
        AgendaTree next = tree.moveTo(key, parent, index);
        assertThat(next.childrenOf(parent).get(index)).as(description + " at " + index).isEqualTo(key);
        checkMovedSubtree(tree, next, key, subtree, description);
        return next;
    }

    /** The subtree travels intact and everything else keeps its relative order. */
    private static void checkMovedSubtree(AgendaTree tree, AgendaTree next, String key, List<String> subtree,
            String description) {
        assertThat(next.size()).as(description).isEqualTo(tree.size());
        assertThat(next.subtreeOf(key)).as(description).isEqualTo(subtree);
        String oldNumber = tree.numberOf(key);
        String newNumber = next.numberOf(key);
        for (String descendant : subtree) {
            String suffix = tree.numberOf(descendant).substring(oldNumber.length());
            assertThat(next.numberOf(descendant)).as("%s: %s", description, descendant).isEqualTo(newNumber + suffix);
        }
        Set<String> moved = new HashSet<>(subtree);
        assertThat(without(next.keysInOrder(), moved)).as(description).isEqualTo(without(tree.keysInOrder(), moved));
    }

    private static AgendaTree removeAndCheck(AgendaTree tree, String key, String context) {
        String description = "remove " + key + ", " + context;
        List<String> subtree = tree.subtreeOf(key);
        AgendaTree next = tree.remove(key);
        assertThat(next.size()).as(description).isEqualTo(tree.size() - subtree.size());
        assertThat(subtree).as(description).noneMatch(next::contains);
        assertThat(next.keysInOrder()).as(description).isEqualTo(without(tree.keysInOrder(), new HashSet<>(subtree)));
        return next;
    }

    private static void checkInvariants(AgendaTree tree, String context) {
        Map<String, String> numbers = tree.numbers();
        assertThat(tree.keysInOrder()).as("keysInOrder equals numbers().keySet(), %s", context)
                .isEqualTo(new ArrayList<>(numbers.keySet()));
        assertThat(new HashSet<>(numbers.values())).as("numbers are unique, %s", context).hasSize(numbers.size());
        assertThat(tree.size()).as(context).isEqualTo(numbers.size());

        List<String> reachable = new ArrayList<>();
        checkSiblings(tree, null, "", reachable, context);
        assertThat(reachable).as("pre-order walk equals keysInOrder, %s", context).isEqualTo(tree.keysInOrder());

        for (Map.Entry<String, String> item : numbers.entrySet()) {
            assertThat(tree.keyOfNumber(item.getValue())).as(context).contains(item.getKey());
            assertThat(tree.numberOf(item.getKey())).as(context).isEqualTo(item.getValue());
            tree.parentOf(item.getKey()).ifPresent(parent -> assertThat(item.getValue())
                    .as("child number starts with its parent's number, %s", context)
                    .startsWith(tree.numberOf(parent) + "."));
        }
    }

    /** Siblings carry 1..n consecutively after their parent's number, walked in pre-order. */
    private static void checkSiblings(AgendaTree tree, String parent, String prefix, List<String> reachable,
            String context) {
        List<String> siblings = tree.childrenOf(parent);
        for (int i = 0; i < siblings.size(); i++) {
            String key = siblings.get(i);
            assertThat(tree.numberOf(key)).as("sibling %d of %s, %s", i, parent, context).isEqualTo(prefix + (i + 1));
            assertThat(tree.parentOf(key)).as(context).isEqualTo(java.util.Optional.ofNullable(parent));
            reachable.add(key);
            checkSiblings(tree, key, prefix + (i + 1) + ".", reachable, context);
        }
    }

    private static List<String> without(List<String> keys, Set<String> removed) {
        return keys.stream().filter(key -> !removed.contains(key)).toList();
    }

    private static String pick(Random random, List<String> keys) {
        return keys.get(random.nextInt(keys.size()));
    }

    private static long seed(String test) {
        String property = System.getProperty("ris.seed");
        long seed = property == null || property.isBlank() || property.startsWith("${")
                ? System.nanoTime()
                : Long.parseLong(property.strip());
        System.out.println("AgendaTreeTest." + test + ": seed " + seed + " (repeat with -Dris.seed=" + seed + ")");
        return seed;
    }
}
