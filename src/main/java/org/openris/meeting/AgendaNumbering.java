package org.openris.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Numbers and reorders an agenda as the back office builds it: the stored items (key, parent, in
 * their stored order) become an {@link AgendaTree}; moving an item up or down swaps it with its
 * neighbour among its siblings (with its whole subtree); the result is the dotted number and the
 * position in the published order of every item ("1", "1.1", … "4"). Numbers are never typed in,
 * they always follow from the structure.
 */
public final class AgendaNumbering {

    /** An item as stored: its key and its parent's key ({@code null}: top level). */
    public record Node(String key, String parentKey) {
    }

    /** An item with its number and its 0-based position in agenda order. */
    public record Numbered(String key, String parentKey, String number, int position) {
    }

    public enum Direction { UP, DOWN }

    private AgendaNumbering() {
    }

    /**
     * The tree of items given in stored order (a parent before its children, siblings in their
     * order). A parent that is not in the list puts the item on the top level.
     */
    public static AgendaTree tree(List<Node> inStoredOrder) {
        AgendaTree tree = AgendaTree.empty();
        List<Node> pending = new ArrayList<>(inStoredOrder);
        // parents may come after children in a damaged order: keep placing until nothing changes
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                Node node = it.next();
                if (node.parentKey() == null || !containsKey(inStoredOrder, node.parentKey())) {
                    tree = tree.append(node.key());
                } else if (tree.contains(node.parentKey())) {
                    tree = tree.appendChild(node.parentKey(), node.key());
                } else {
                    continue;
                }
                it.remove();
                progress = true;
            }
        }
        for (Node orphan : pending) {
            tree = tree.append(orphan.key());
        }
        return tree;
    }

    /** Every item with number and position, in agenda order. */
    public static List<Numbered> numbered(AgendaTree tree) {
        List<Numbered> result = new ArrayList<>();
        Map<String, String> numbers = tree.numbers();
        int position = 0;
        for (Map.Entry<String, String> e : numbers.entrySet()) {
            result.add(new Numbered(e.getKey(), tree.parentOf(e.getKey()).orElse(null), e.getValue(), position++));
        }
        return result;
    }

    /**
     * Moves {@code key} one place up or down among its siblings, with everything below it. At the
     * first (up) or last (down) place the tree stays as it is.
     */
    public static AgendaTree move(AgendaTree tree, String key, Direction direction) {
        String parent = tree.parentOf(key).orElse(null);
        List<String> siblings = tree.childrenOf(parent);
        int index = siblings.indexOf(key);
        int target = direction == Direction.UP ? index - 1 : index + 1;
        if (target < 0 || target >= siblings.size()) {
            return tree;
        }
        return tree.moveTo(key, parent, target);
    }

    private static boolean containsKey(List<Node> nodes, String key) {
        for (Node node : nodes) {
            if (node.key().equals(key)) {
                return true;
            }
        }
        return false;
    }
}
