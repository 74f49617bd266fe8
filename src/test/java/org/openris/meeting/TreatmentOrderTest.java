package org.openris.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TreatmentOrderTest {

    @Test
    void musterstadt_treats_3_2_before_2_2_as_recorded_in_the_minutes() {
        AgendaTree agenda = AgendaTreeTest.musterstadtAgenda().insertAt("Vorlagen der Verwaltung", 3, "04655-23");

        List<String> treated = TreatmentOrder.before(agenda.keysInOrder(), "04622-23", "04129-23");

        Map<String, String> numbers = agenda.numbers();
        assertThat(treated.stream().map(numbers::get).toList()).containsExactly(
                "1", "1.1", "1.2", "1.3", "1.4", "2", "2.1", "3.2", "2.2", "2.3", "2.4", "3", "3.1", "4");
        assertThat(agenda.numberOf("04622-23")).as("the published number stays").isEqualTo("3.2");
    }

    @Test
    void treats_4_1_2_in_connection_with_3_2_3() {
        List<String> order = List.of("3.2.2", "3.2.3", "3.3", "4", "4.1", "4.1.1", "4.1.2", "4.1.3");

        assertThat(TreatmentOrder.after(order, "4.1.2", "3.2.3"))
                .containsExactly("3.2.2", "3.2.3", "4.1.2", "3.3", "4", "4.1", "4.1.1", "4.1.3");
    }

    @Test
    void before_can_move_an_item_backwards() {
        assertThat(TreatmentOrder.before(List.of("a", "b", "c", "d"), "b", "d")).containsExactly("a", "c", "b", "d");
    }

    @Test
    void after_can_move_an_item_forwards() {
        assertThat(TreatmentOrder.after(List.of("a", "b", "c", "d"), "d", "a")).containsExactly("a", "d", "b", "c");
    }

    @Test
    void before_the_first_item_makes_it_the_first_treated() {
        assertThat(TreatmentOrder.before(List.of("a", "b", "c"), "c", "a")).containsExactly("c", "a", "b");
    }

    @Test
    void after_the_last_item_makes_it_the_last_treated() {
        assertThat(TreatmentOrder.after(List.of("a", "b", "c"), "a", "c")).containsExactly("b", "c", "a");
    }

    @Test
    void an_item_already_in_place_leaves_the_order_as_it_is() {
        List<String> order = List.of("a", "b", "c");

        assertThat(TreatmentOrder.before(order, "a", "b")).isEqualTo(order);
        assertThat(TreatmentOrder.after(order, "c", "b")).isEqualTo(order);
    }

    @Test
    void descendants_are_not_moved_along_with_their_section() {
        List<String> order = List.of("2", "2.1", "3", "3.1", "3.2");

        assertThat(TreatmentOrder.before(order, "3", "2")).containsExactly("3", "2", "2.1", "3.1", "3.2");
    }

    @Test
    void a_section_moves_with_its_items_when_each_is_moved_before_the_same_key_in_agenda_order() {
        AgendaTree agenda = AgendaTreeTest.musterstadtAgenda();
        List<String> order = agenda.keysInOrder();

        for (String key : agenda.subtreeOf("Anträge und Anfragen")) {
            order = TreatmentOrder.before(order, key, "Vorlagen der Verwaltung");
        }

        assertThat(order.stream().map(agenda::numberOf).toList()).containsExactly(
                "1", "1.1", "1.2", "1.3", "1.4", "3", "3.1", "3.2", "2", "2.1", "2.2", "2.3", "4");
    }

    @Test
    void a_section_moves_with_its_items_when_each_is_moved_after_the_same_key_in_reverse_order() {
        AgendaTree agenda = AgendaTreeTest.musterstadtAgenda();
        List<String> order = agenda.keysInOrder();
        List<String> section = new ArrayList<>(agenda.subtreeOf("Regularien"));
        Collections.reverse(section);

        for (String key : section) {
            order = TreatmentOrder.after(order, key, "04502-23");
        }

        assertThat(order.stream().map(agenda::numberOf).toList()).containsExactly(
                "2", "2.1", "2.2", "2.3", "1", "1.1", "1.2", "1.3", "1.4", "3", "3.1", "3.2", "4");
    }

    @Test
    void returns_a_new_unmodifiable_list_and_leaves_the_input_unchanged() {
        List<String> order = new ArrayList<>(List.of("a", "b", "c"));

        List<String> result = TreatmentOrder.after(order, "a", "b");

        assertThat(order).containsExactly("a", "b", "c");
        assertThat(result).containsExactly("b", "a", "c");
        assertThatThrownBy(() -> result.add("d")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejects_unknown_keys_with_a_german_message() {
        List<String> order = List.of("a", "b");

        assertThatThrownBy(() -> TreatmentOrder.before(order, "x", "a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unbekannter Tagesordnungspunkt: 'x'");
        assertThatThrownBy(() -> TreatmentOrder.after(order, "a", "y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unbekannter Tagesordnungspunkt: 'y'");
        assertThatThrownBy(() -> TreatmentOrder.after(order, null, "a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unbekannter Tagesordnungspunkt: null");
    }

    @Test
    void rejects_moving_an_item_relative_to_itself() {
        assertThatThrownBy(() -> TreatmentOrder.before(List.of("a", "b"), "a", "a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Der Tagesordnungspunkt 'a' kann nicht vor sich selbst behandelt werden");
        assertThatThrownBy(() -> TreatmentOrder.after(List.of("a", "b"), "b", "b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Der Tagesordnungspunkt 'b' kann nicht nach sich selbst behandelt werden");
    }

    @Test
    void rejects_an_order_with_duplicates_or_gaps() {
        assertThatThrownBy(() -> TreatmentOrder.before(List.of("a", "b", "a"), "b", "a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Der Tagesordnungspunkt 'a' kommt in der Reihenfolge mehrfach vor");
        assertThatThrownBy(() -> TreatmentOrder.before(Arrays.asList("a", null, "b"), "b", "a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Die Reihenfolge enthält einen leeren Tagesordnungspunkt");
        assertThatThrownBy(() -> TreatmentOrder.after(null, "a", "b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Die Reihenfolge der Tagesordnungspunkte fehlt");
    }

    @Test
    void random_moves_place_the_item_next_to_its_anchor_and_keep_the_rest_in_order() {
        long seed = seed("random_moves_place_the_item_next_to_its_anchor_and_keep_the_rest_in_order");
        Random random = new Random(seed);
        for (int run = 0; run < 5_000; run++) {
            List<String> order = new ArrayList<>();
            int size = 2 + random.nextInt(15);
            for (int i = 0; i < size; i++) {
                order.add("k" + i);
            }
            Collections.shuffle(order, random);
            String key = order.get(random.nextInt(size));
            String anchor = order.get(random.nextInt(size));
            boolean before = random.nextBoolean();
            String context = "seed " + seed + ", run " + run + ", " + order + ", " + key
                    + (before ? " before " : " after ") + anchor;
            if (key.equals(anchor)) {
                assertThatThrownBy(() -> move(order, key, anchor, before))
                        .as(context).isInstanceOf(IllegalArgumentException.class);
                continue;
            }

            List<String> result = move(order, key, anchor, before);

            assertThat(result).as(context).hasSameSizeAs(order).containsExactlyInAnyOrderElementsOf(order);
            assertThat(result.indexOf(key)).as(context).isEqualTo(result.indexOf(anchor) + (before ? -1 : 1));
            assertThat(result.stream().filter(k -> !k.equals(key)).toList()).as(context)
                    .isEqualTo(order.stream().filter(k -> !k.equals(key)).toList());
        }
    }

    private static List<String> move(List<String> order, String key, String anchor, boolean before) {
        return before ? TreatmentOrder.before(order, key, anchor) : TreatmentOrder.after(order, key, anchor);
    }

    private static long seed(String test) {
        String property = System.getProperty("ris.seed");
        long seed = property == null || property.isBlank() || property.startsWith("${")
                ? System.nanoTime()
                : Long.parseLong(property.strip());
        System.out.println("TreatmentOrderTest." + test + ": seed " + seed + " (repeat with -Dris.seed=" + seed + ")");
        return seed;
    }
}
