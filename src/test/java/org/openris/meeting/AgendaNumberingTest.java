package org.openris.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openris.meeting.AgendaNumbering.Direction;
import org.openris.meeting.AgendaNumbering.Node;
import org.openris.meeting.AgendaNumbering.Numbered;

class AgendaNumberingTest {

    private static final List<Node> AGENDA = List.of(
            new Node("reg", null), new Node("r1", "reg"), new Node("r2", "reg"),
            new Node("vorlagen", null), new Node("v1", "vorlagen"), new Node("v2", "vorlagen"), new Node("v3", "vorlagen"),
            new Node("antraege", null), new Node("a1", "antraege"),
            new Node("mitteilungen", null));

    private static List<String> numbers(AgendaTree tree) {
        return AgendaNumbering.numbered(tree).stream().map(n -> n.key() + "=" + n.number()).toList();
    }

    @Test
    void stored_items_are_numbered_with_dotted_numbers_in_agenda_order() {
        assertThat(numbers(AgendaNumbering.tree(AGENDA))).containsExactly(
                "reg=1", "r1=1.1", "r2=1.2", "vorlagen=2", "v1=2.1", "v2=2.2", "v3=2.3", "antraege=3", "a1=3.1", "mitteilungen=4");
    }

    @Test
    void positions_run_from_zero_without_gaps() {
        List<Numbered> numbered = AgendaNumbering.numbered(AgendaNumbering.tree(AGENDA));
        for (int i = 0; i < numbered.size(); i++) {
            assertThat(numbered.get(i).position()).isEqualTo(i);
        }
        assertThat(numbered.get(2).parentKey()).isEqualTo("reg");
    }

    @Test
    void moving_an_item_up_swaps_it_with_the_sibling_above_and_renumbers_both() {
        AgendaTree moved = AgendaNumbering.move(AgendaNumbering.tree(AGENDA), "v3", Direction.UP);
        assertThat(numbers(moved)).contains("v1=2.1", "v3=2.2", "v2=2.3");
    }

    @Test
    void moving_a_section_down_takes_its_items_along() {
        AgendaTree moved = AgendaNumbering.move(AgendaNumbering.tree(AGENDA), "vorlagen", Direction.DOWN);
        assertThat(numbers(moved)).containsExactly(
                "reg=1", "r1=1.1", "r2=1.2", "antraege=2", "a1=2.1", "vorlagen=3", "v1=3.1", "v2=3.2", "v3=3.3", "mitteilungen=4");
    }

    @Test
    void the_first_item_cannot_move_up_and_the_last_cannot_move_down() {
        AgendaTree tree = AgendaNumbering.tree(AGENDA);
        assertThat(AgendaNumbering.move(tree, "v1", Direction.UP)).isEqualTo(tree);
        assertThat(AgendaNumbering.move(tree, "mitteilungen", Direction.DOWN)).isEqualTo(tree);
    }

    @Test
    void an_item_whose_parent_is_unknown_lands_on_the_top_level() {
        AgendaTree tree = AgendaNumbering.tree(List.of(new Node("a", null), new Node("b", "gone")));
        assertThat(numbers(tree)).containsExactly("a=1", "b=2");
    }

    @Test
    void a_child_stored_before_its_parent_still_ends_up_below_it() {
        AgendaTree tree = AgendaNumbering.tree(List.of(new Node("c", "p"), new Node("p", null)));
        assertThat(numbers(tree)).containsExactly("p=1", "c=1.1");
    }

    @Test
    void random_moves_never_lose_an_item_and_numbers_stay_unique_and_gapless() {
        long seed = Long.getLong("ris.seed", new Random().nextLong());
        Random random = new Random(seed);
        AgendaTree tree = AgendaNumbering.tree(AGENDA);
        List<String> keys = AGENDA.stream().map(Node::key).toList();
        for (int i = 0; i < 500; i++) {
            String key = keys.get(random.nextInt(keys.size()));
            tree = AgendaNumbering.move(tree, key, random.nextBoolean() ? Direction.UP : Direction.DOWN);
            List<Numbered> numbered = AgendaNumbering.numbered(tree);
            assertThat(numbered).as("seed %d", seed).hasSize(keys.size());
            assertThat(numbered.stream().map(Numbered::number).distinct().count()).as("seed %d", seed).isEqualTo(keys.size());
            long topLevel = numbered.stream().filter(n -> n.parentKey() == null).count();
            assertThat(numbered.stream().filter(n -> n.parentKey() == null).map(Numbered::number))
                    .as("seed %d", seed).containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, topLevel)
                            .mapToObj(Long::toString).toList());
        }
    }
}
