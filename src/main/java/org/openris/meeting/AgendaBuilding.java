package org.openris.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openris.meeting.AgendaNumbering.Direction;
import org.openris.meeting.MeetingRows.Stored;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands of the council office on an agenda (issue 6): the opening block "Regularien" from the
 * organization's template ({@link RegularienSettings}), sections, items, papers placed from the
 * inbox, moving (up, down, into another section), removing; numbers always follow from
 * {@link AgendaNumbering}. Each command runs in the caller's transaction and returns what it changed
 * or German message keys per field ({@link MeetingCommandResult}). After the invitation every
 * change is marked as part of the supplement (Nachtrag).
 *
 * <p>Placing a paper links its consultation (table of the paper module) to the agenda item: the
 * consultation is the paper's step on this meeting, so the agenda owns that link.
 */
@Service
public class AgendaBuilding {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MeetingRows rows;
    private final RegularienSettings regularien;

    AgendaBuilding(JdbcClient jdbc, Clock clock, MeetingRows rows, RegularienSettings regularien) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rows = rows;
        this.regularien = regularien;
    }

    /** Puts the opening block "Regularien" at the top of the agenda, unless it is there already. */
    @Transactional
    public MeetingCommandResult addRegularien(long meetingId, List<RegularienTemplate.PendingMinutes> pending) {
        Stored m = rows.stored(meetingId);
        if (m.cancelled()) {
            return MeetingCommandResult.rejected(Map.of("regularien", "meetings.error.cancelled"));
        }
        boolean present = jdbc.sql("SELECT count(*) FROM agenda_item WHERE meeting_id = ? AND template_key = ? AND deleted_at IS NULL")
                .params(meetingId, RegularienTemplate.HEADING).query(Long.class).single() > 0;
        if (present) {
            return MeetingCommandResult.rejected(Map.of("regularien", "meetings.error.regularienPresent"));
        }
        AgendaTree tree = rows.storedTree(meetingId);
        List<RegularienTemplate.Item> items = RegularienTemplate.items(regularien.current(m.organizationId()).wording(), pending);
        String headingKey = null;
        int index = 0;
        for (RegularienTemplate.Item item : items) {
            long id = rows.insertItem(m, null, item.name(), item.heading(), true, null, null, item.templateKey());
            if (item.approvesMinutesOf() != null) {
                jdbc.sql("UPDATE agenda_item SET approves_minutes_of_meeting_id = ? WHERE id = ?").params(item.approvesMinutesOf(), id).update();
            }
            String key = Long.toString(id);
            if (item.heading()) {
                tree = tree.insertAt(null, 0, key);
                headingKey = key;
            } else {
                tree = tree.insertAt(headingKey, index++, key);
            }
        }
        rows.applyTree(meetingId, tree);
        return MeetingCommandResult.done(Long.parseLong(headingKey), List.of(MeetingChange.of("meeting", meetingId, "agenda",
                        MeetingRows.afterInvitation(m) + "Regularien aus der Vorlage eingefügt (" + (items.size() - 1) + " Punkte)")
                .field("items", null, items.stream().map(RegularienTemplate.Item::name).toList().toString())));
    }

    @Transactional
    public MeetingCommandResult addSection(long meetingId, String name, boolean publicPart) {
        Stored m = rows.stored(meetingId);
        if (MeetingRows.blank(name)) {
            return MeetingCommandResult.rejected(Map.of("sectionName", "meetings.error.itemName"));
        }
        if (m.cancelled()) {
            return MeetingCommandResult.rejected(Map.of("sectionName", "meetings.error.cancelled"));
        }
        long id = rows.insertItem(m, null, name.trim(), true, publicPart, null, null, null);
        rows.applyTree(meetingId, rows.storedTree(meetingId));
        return MeetingCommandResult.done(id, List.of(MeetingChange.of("meeting", m.id(), "create",
                        MeetingRows.afterInvitation(m) + "Abschnitt „" + name.trim() + "“ angelegt")
                .field("name", null, name.trim()).field("public", null, publicPart)));
    }

    @Transactional
    public MeetingCommandResult addItem(long meetingId, Long parentId, String name, String treatment, boolean publicPart) {
        return addItem(meetingId, parentId, name, treatment, publicPart, false);
    }

    /**
     * An item added by hand; {@code urgent}: added in the meeting "im Rahmen der Dringlichkeit"
     * (only after the invitation; not part of the published agenda, listed in the minutes under the
     * confirmation of the agenda).
     */
    @Transactional
    public MeetingCommandResult addItem(long meetingId, Long parentId, String name, String treatment, boolean publicPart, boolean urgent) {
        Stored m = rows.stored(meetingId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (MeetingRows.blank(name)) {
            errors.put("itemName", "meetings.error.itemName");
        }
        if (treatment != null && !List.of("TO_NOTE", "RECOMMENDATION", "DECISION", "HEARING").contains(treatment)) {
            errors.put("treatment", "meetings.error.treatment");
        }
        Optional<Boolean> parentPublic = parentId == null ? Optional.of(true) : rows.section(meetingId, parentId);
        if (parentPublic.isEmpty()) {
            errors.put("parent", "meetings.error.parent");
        }
        if (m.cancelled()) {
            errors.put("itemName", "meetings.error.cancelled");
        }
        if (!errors.isEmpty()) {
            return MeetingCommandResult.rejected(errors);
        }
        if (urgent && !m.invited()) {
            return MeetingCommandResult.rejected(Map.of("urgent", "meetings.error.urgentBeforeInvitation"));
        }
        boolean part = publicPart && parentPublic.get();
        long id = rows.insertItem(m, parentId, name.trim(), false, part, treatment, MeetingRows.label(treatment), null);
        markUrgent(id, urgent);
        rows.applyTree(meetingId, rows.storedTree(meetingId));
        return MeetingCommandResult.done(id, List.of(MeetingChange.of("meeting", m.id(), "create",
                        MeetingRows.afterInvitation(m) + "Tagesordnungspunkt „" + name.trim() + "“ aufgenommen"
                                + (urgent ? " (im Rahmen der Dringlichkeit)" : ""))
                .field("name", null, name.trim()).field("public", null, part)));
    }

    /** Places a paper from the inbox as an item (under {@code parentId}, a section) and links its consultation. */
    @Transactional
    public MeetingCommandResult placePaper(long meetingId, long consultationId, Long parentId) {
        return placePaper(meetingId, consultationId, parentId, false);
    }

    /** Places a paper; {@code urgent} as for {@link #addItem(long, Long, String, String, boolean, boolean)}. */
    @Transactional
    public MeetingCommandResult placePaper(long meetingId, long consultationId, Long parentId, boolean urgent) {
        Stored m = rows.stored(meetingId);
        Optional<InboxEntry> entry = jdbc.sql("""
                        SELECT c.id, c.role, p.id AS paper_id, p.name, p.reference, p.public AS is_public, pt.name AS type_name, pt.category,
                               (SELECT o.name FROM paper_originator po JOIN organization o ON o.id = po.organization_id
                                WHERE po.paper_id = p.id AND po.deleted_at IS NULL AND o.kind = 'FACTION' ORDER BY po.position LIMIT 1) AS faction
                        FROM consultation c JOIN paper p ON p.id = c.paper_id JOIN paper_type pt ON pt.id = p.paper_type_id
                        WHERE c.id = ? AND c.organization_id = ? AND c.deleted_at IS NULL AND c.agenda_item_id IS NULL
                          AND (c.meeting_id IS NULL OR c.meeting_id = ?) AND p.state = 'RELEASED' AND p.deleted_at IS NULL
                        FOR UPDATE OF c""")
                .params(consultationId, m.organizationId(), meetingId).query(InboxEntry.class).optional();
        if (entry.isEmpty()) {
            return MeetingCommandResult.rejected(Map.of("consultation", "meetings.error.notInInbox"));
        }
        Optional<Boolean> parentPublic = parentId == null ? Optional.of(true) : rows.section(meetingId, parentId);
        if (parentPublic.isEmpty()) {
            return MeetingCommandResult.rejected(Map.of("parent", "meetings.error.parent"));
        }
        if (m.cancelled()) {
            return MeetingCommandResult.rejected(Map.of("consultation", "meetings.error.cancelled"));
        }
        InboxEntry e = entry.get();
        String treatment = "PRELIMINARY".equals(e.role()) ? "RECOMMENDATION" : e.role();
        String label = MeetingRows.label(treatment);
        if (e.faction() != null && List.of("MOTION", "REQUEST", "AGENDA_PROPOSAL").contains(e.category())) {
            label = e.typeName() + " (" + e.faction() + ")";
        }
        if (urgent && !m.invited()) {
            return MeetingCommandResult.rejected(Map.of("urgent", "meetings.error.urgentBeforeInvitation"));
        }
        boolean part = parentPublic.get() && e.isPublic();
        long id = rows.insertItem(m, parentId, e.name(), false, part, treatment, label, null);
        markUrgent(id, urgent);
        jdbc.sql("UPDATE consultation SET meeting_id = ?, agenda_item_id = ? WHERE id = ?").params(meetingId, id, consultationId).update();
        rows.applyTree(meetingId, rows.storedTree(meetingId));
        return MeetingCommandResult.done(id, List.of(MeetingChange.of("meeting", m.id(), "create",
                        MeetingRows.afterInvitation(m) + "Vorlage " + e.reference() + " auf die Tagesordnung gesetzt"
                                + (urgent ? " (im Rahmen der Dringlichkeit)" : ""))
                .field("paper", null, e.reference()).field("consultation", null, consultationId).field("public", null, part)));
    }

    @Transactional
    public MeetingCommandResult moveItem(long meetingId, long itemId, Direction direction) {
        Stored m = rows.stored(meetingId);
        AgendaTree tree = rows.storedTree(meetingId);
        String key = Long.toString(itemId);
        if (!tree.contains(key)) {
            return MeetingCommandResult.rejected(Map.of("item", "meetings.error.item"));
        }
        String before = tree.numberOf(key);
        AgendaTree moved = AgendaNumbering.move(tree, key, direction);
        if (moved.equals(tree)) {
            return MeetingCommandResult.rejected(Map.of("item", direction == Direction.UP ? "meetings.error.first" : "meetings.error.last"));
        }
        rows.applyTree(meetingId, moved);
        if (m.invited()) {
            jdbc.sql("UPDATE agenda_item SET added_after_invitation_at = coalesce(added_after_invitation_at, ?) WHERE id = ?")
                    .params(OffsetDateTime.now(clock), itemId).update();
        }
        return MeetingCommandResult.done(itemId, List.of(MeetingChange.of("meeting", m.id(), "move",
                        MeetingRows.afterInvitation(m) + "TOP " + before + " wird TOP " + moved.numberOf(key))
                .field("number", before, moved.numberOf(key))));
    }

    /**
     * Moves an item (with the items below it) to the end of another section of the same meeting.
     * Moving into the non-public part makes it non-public; moving into the public part keeps a
     * non-public item non-public (the clerk opens it deliberately, never by moving it). The opening
     * block and sections themselves are not moved this way.
     */
    @Transactional
    public MeetingCommandResult moveToSection(long meetingId, long itemId, long sectionId) {
        Stored m = rows.stored(meetingId);
        AgendaTree tree = rows.storedTree(meetingId);
        String key = Long.toString(itemId);
        String target = Long.toString(sectionId);
        Optional<Movable> item = jdbc.sql("SELECT heading, template_key, coalesce(public_part, public) AS public_part FROM agenda_item"
                        + " WHERE id = ? AND meeting_id = ? AND deleted_at IS NULL")
                .params(itemId, meetingId).query(Movable.class).optional();
        if (!tree.contains(key) || item.isEmpty() || item.get().heading() || item.get().templateKey() != null) {
            return MeetingCommandResult.rejected(Map.of("item", "meetings.error.itemNotMovable"));
        }
        Optional<Boolean> sectionPublic = rows.section(meetingId, sectionId);
        if (sectionPublic.isEmpty()) {
            return MeetingCommandResult.rejected(Map.of("item", "meetings.error.parent"));
        }
        if (tree.parentOf(key).filter(target::equals).isPresent()) {
            return MeetingCommandResult.rejected(Map.of("item", "meetings.error.sameSection"));
        }
        if (m.cancelled()) {
            return MeetingCommandResult.rejected(Map.of("item", "meetings.error.cancelled"));
        }
        String before = tree.numberOf(key);
        AgendaTree moved = tree.moveTo(key, target, tree.childrenOf(target).size());
        boolean part = item.get().publicPart() && sectionPublic.get();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (String id : moved.subtreeOf(key)) {
            jdbc.sql("UPDATE agenda_item SET public_part = (coalesce(public_part, public) AND ?), public = CASE WHEN ? THEN (public AND ?) ELSE public END,"
                            + " added_after_invitation_at = CASE WHEN ? THEN coalesce(added_after_invitation_at, ?) ELSE added_after_invitation_at END"
                            + " WHERE id = ?")
                    .params(part, m.invited(), part, m.invited(), now, Long.parseLong(id)).update();
        }
        rows.applyTree(meetingId, moved);
        MeetingChange change = MeetingChange.of("meeting", m.id(), "move",
                        MeetingRows.afterInvitation(m) + "TOP " + before + " wird TOP " + moved.numberOf(key) + " (anderer Abschnitt)")
                .field("number", before, moved.numberOf(key));
        if (part != item.get().publicPart()) {
            change.field("public", true, false);
        }
        return MeetingCommandResult.done(itemId, List.of(change));
    }

    /**
     * Treats an item in the meeting before another ("TOP 3.2 vor TOP 2.2"): the published agenda keeps
     * its numbers, the minutes follow the order of treatment ({@code treatment_position});
     * {@code beforeItemId} null restores the published order for the item.
     */
    @Transactional
    public MeetingCommandResult treatBefore(long meetingId, long itemId, Long beforeItemId) {
        Stored m = rows.stored(meetingId);
        if (m.cancelled() || !m.invited()) {
            return MeetingCommandResult.rejected(Map.of("treatBefore", "meetings.error.treatBeforeInvitation"));
        }
        AgendaTree tree = rows.storedTree(meetingId);
        String key = Long.toString(itemId);
        if (!tree.contains(key) || !tree.childrenOf(key).isEmpty() || isHeading(itemId)
                || (beforeItemId != null && (!tree.contains(Long.toString(beforeItemId)) || beforeItemId == itemId || isHeading(beforeItemId)))) {
            return MeetingCommandResult.rejected(Map.of("treatBefore", "meetings.error.treatBefore"));
        }
        jdbc.sql("UPDATE agenda_item SET moved_before_item_id = ?, moved_after_item_id = NULL WHERE id = ?").params(beforeItemId, itemId).update();
        List<String> order = new java.util.ArrayList<>(tree.keysInOrder());
        List<Object[]> moves = jdbc.sql("SELECT id, moved_before_item_id FROM agenda_item WHERE meeting_id = ? AND deleted_at IS NULL"
                        + " AND moved_before_item_id IS NOT NULL ORDER BY id")
                .param(meetingId).query((rs, n) -> new Object[]{rs.getString(1), rs.getString(2)}).list();
        for (Object[] move : moves) {
            if (order.remove((String) move[0])) {
                int target = order.indexOf((String) move[1]);
                order.add(target < 0 ? order.size() : target, (String) move[0]);
            }
        }
        for (int i = 0; i < order.size(); i++) {
            jdbc.sql("UPDATE agenda_item SET treatment_position = ? WHERE id = ?").params(i, Long.parseLong(order.get(i))).update();
        }
        String number = tree.numberOf(key);
        String summary = beforeItemId == null ? "TOP " + number + " wird in der Reihenfolge der Tagesordnung behandelt"
                : "TOP " + number + " wird vor TOP " + tree.numberOf(Long.toString(beforeItemId)) + " behandelt";
        return MeetingCommandResult.done(itemId, List.of(MeetingChange.of("meeting", m.id(), "move", summary)
                .field("treatBefore", null, beforeItemId == null ? null : tree.numberOf(Long.toString(beforeItemId)))));
    }

    private boolean isHeading(long itemId) {
        return jdbc.sql("SELECT heading FROM agenda_item WHERE id = ?").param(itemId).query(Boolean.class).optional().orElse(true);
    }

    private void markUrgent(long itemId, boolean urgent) {
        if (urgent) {
            jdbc.sql("UPDATE agenda_item SET urgent = true WHERE id = ?").param(itemId).update();
        }
    }

    private record Movable(boolean heading, String templateKey, boolean publicPart) {
    }

    /** Removes an item with everything below it; a placed paper returns to the inbox. */
    @Transactional
    public MeetingCommandResult removeItem(long meetingId, long itemId) {
        Stored m = rows.stored(meetingId);
        AgendaTree tree = rows.storedTree(meetingId);
        String key = Long.toString(itemId);
        if (!tree.contains(key)) {
            return MeetingCommandResult.rejected(Map.of("item", "meetings.error.item"));
        }
        String number = tree.numberOf(key);
        String name = jdbc.sql("SELECT name FROM agenda_item WHERE id = ?").param(itemId).query(String.class).single();
        List<Long> ids = tree.subtreeOf(key).stream().map(Long::parseLong).toList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (long id : ids) {
            jdbc.sql("UPDATE consultation SET agenda_item_id = NULL, meeting_id = NULL WHERE agenda_item_id = ?").param(id).update();
            jdbc.sql("UPDATE agenda_item SET deleted_at = ?, number = 'x' || id WHERE id = ?").params(now, id).update();
        }
        rows.applyTree(meetingId, tree.remove(key));
        return MeetingCommandResult.done(itemId, List.of(MeetingChange.of("meeting", m.id(), "remove",
                        MeetingRows.afterInvitation(m) + "TOP " + number + " „" + name + "“ abgesetzt")
                .field("number", number, null)));
    }


    private record InboxEntry(long id, String role, long paperId, String name, String reference, boolean isPublic,
                              String typeName, String category, String faction) {
    }
}
