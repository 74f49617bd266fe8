package org.openris.meeting;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.openris.meeting.AgendaNumbering.Direction;
import org.openris.meeting.MeetingNumbering.ScheduledMeeting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands of the council office on meetings and agendas (issue 6): generate a series in the annual
 * calendar, move, cancel, build the agenda (Regularien, sections, items, papers from the inbox,
 * move and renumber), send the invitation and record supplements. Each command runs in one
 * transaction (the caller's, so the back office writes its change log in the same one) and returns
 * what it changed or German message keys per field; numbers of meetings and agenda items are never
 * typed in, they follow from {@link MeetingNumbering} and {@link AgendaNumbering}.
 *
 * <p>Placing a paper links its consultation (table of the paper module) to the agenda item: the
 * consultation is the paper's step on this meeting, so the agenda owns that link.
 */
@Service
public class MeetingManagement {

    public static final String UNOCCUPIED = "- unbesetzt -";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** A series in the annual calendar, e.g. every 2nd Tuesday 17:00 between two dates. */
    public record SeriesRequest(long organizationId, LocalDate from, LocalDate to, DayOfWeek weekday, int everyWeeks,
                                LocalTime start, Integer durationMinutes, Long locationId, Set<LocalDate> skipped,
                                boolean publicMeeting) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    MeetingManagement(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ calendar

    @Transactional
    public MeetingCommandResult generateSeries(SeriesRequest r) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.from() == null) {
            errors.put("from", "meetings.error.date");
        }
        if (r.to() == null) {
            errors.put("to", "meetings.error.date");
        }
        if (r.from() != null && r.to() != null && r.to().isBefore(r.from())) {
            errors.put("to", "meetings.error.rangeOrder");
        }
        if (r.weekday() == null) {
            errors.put("weekday", "meetings.error.weekday");
        }
        if (r.everyWeeks() < 1 || r.everyWeeks() > 12) {
            errors.put("everyWeeks", "meetings.error.everyWeeks");
        }
        if (r.start() == null) {
            errors.put("time", "meetings.error.time");
        }
        if (r.durationMinutes() != null && (r.durationMinutes() < 15 || r.durationMinutes() > 24 * 60)) {
            errors.put("duration", "meetings.error.duration");
        }
        Optional<Org> org = organization(r.organizationId());
        if (org.isEmpty()) {
            errors.put("organization", "meetings.error.organization");
        }
        if (r.locationId() != null && !locationExists(r.locationId())) {
            errors.put("location", "meetings.error.location");
        }
        if (!errors.isEmpty()) {
            return MeetingCommandResult.rejected(errors);
        }
        List<LocalDate> days = MeetingSeries.days(r.from(), r.to(), r.weekday(), r.everyWeeks(), r.skipped());
        if (days.isEmpty()) {
            return MeetingCommandResult.rejected(Map.of("from", "meetings.error.noDays"));
        }
        Map<LocalDate, Long> terms = new HashMap<>();
        for (LocalDate day : days) {
            Optional<Long> term = term(org.get().bodyId(), day);
            if (term.isEmpty()) {
                return MeetingCommandResult.rejected(Map.of("from", "meetings.error.noTerm"));
            }
            terms.put(day, term.get());
        }
        List<MeetingChange> changes = new ArrayList<>();
        long first = 0;
        for (LocalDate day : days) {
            OffsetDateTime start = day.atTime(r.start()).atZone(BERLIN).toOffsetDateTime();
            OffsetDateTime end = r.durationMinutes() == null ? null : start.plusMinutes(r.durationMinutes());
            long id = jdbc.sql("""
                            INSERT INTO meeting (body_id, organization_id, legislative_term_id, name, state, released, public,
                                                 start_planned, end_planned, location_id)
                            VALUES (?, ?, ?, ?, 'PLANNED', true, ?, ?, ?, ?) RETURNING id""")
                    .params(org.get().bodyId(), r.organizationId(), terms.get(day), "Sitzung " + MeetingNaming.genitive(org.get().name()),
                            r.publicMeeting(), start, end, r.locationId())
                    .query(Long.class).single();
            first = first == 0 ? id : first;
            changes.add(MeetingChange.of("meeting", id, "create", "Sitzung am " + de(day) + " angelegt (Serie)")
                    .field("start", null, start.toString()).field("location", null, r.locationId()));
        }
        terms.values().stream().distinct().forEach(term -> renumberMeetings(r.organizationId(), term));
        return MeetingCommandResult.done(first, changes);
    }

    @Transactional
    public MeetingCommandResult move(long meetingId, LocalDate date, LocalTime time, Long locationId) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (date == null) {
            errors.put("date", "meetings.error.date");
        }
        if (time == null) {
            errors.put("time", "meetings.error.time");
        }
        if (locationId != null && !locationExists(locationId)) {
            errors.put("location", "meetings.error.location");
        }
        Stored m = stored(meetingId);
        if (m.cancelled()) {
            errors.put("date", "meetings.error.cancelled");
        } else if (!"PLANNED".equals(m.state()) && !"INVITED".equals(m.state())) {
            errors.put("date", "meetings.error.held");
        }
        if (!errors.isEmpty()) {
            return MeetingCommandResult.rejected(errors);
        }
        Optional<Long> term = term(m.bodyId(), date);
        if (term.isEmpty()) {
            return MeetingCommandResult.rejected(Map.of("date", "meetings.error.noTerm"));
        }
        OffsetDateTime start = date.atTime(time).atZone(BERLIN).toOffsetDateTime();
        OffsetDateTime end = m.end() == null ? null : start.plus(java.time.Duration.between(m.start(), m.end()));
        jdbc.sql("UPDATE meeting SET start_planned = ?, end_planned = ?, location_id = ?, legislative_term_id = ? WHERE id = ?")
                .params(start, end, locationId, term.get(), meetingId).update();
        renumberMeetings(m.organizationId(), m.termId());
        if (term.get() != m.termId()) {
            renumberMeetings(m.organizationId(), term.get());
        }
        return MeetingCommandResult.done(meetingId, List.of(MeetingChange.of("meeting", meetingId, "move",
                        "Sitzung verlegt auf " + de(date) + " " + time + " Uhr")
                .field("start", m.start().toString(), start.toString()).field("location", m.locationId(), locationId)));
    }

    @Transactional
    public MeetingCommandResult cancel(long meetingId) {
        Stored m = stored(meetingId);
        if (m.cancelled()) {
            return MeetingCommandResult.rejected(Map.of("cancel", "meetings.error.cancelled"));
        }
        if (!"PLANNED".equals(m.state()) && !"INVITED".equals(m.state())) {
            return MeetingCommandResult.rejected(Map.of("cancel", "meetings.error.held"));
        }
        jdbc.sql("UPDATE meeting SET cancelled = true, number_in_term = NULL WHERE id = ?").param(meetingId).update();
        renumberMeetings(m.organizationId(), m.termId());
        return MeetingCommandResult.done(meetingId, List.of(MeetingChange.of("meeting", meetingId, "cancel", "Sitzung abgesagt")
                .field("cancelled", false, true)));
    }

    @Transactional
    public MeetingCommandResult createLocation(String description, String room, String street, String postalCode, String locality) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(description)) {
            errors.put("locationDescription", "meetings.error.locationDescription");
        }
        if (!blank(postalCode) && !postalCode.trim().matches("[0-9]{5}")) {
            errors.put("locationPostalCode", "meetings.error.postalCode");
        }
        if (!errors.isEmpty()) {
            return MeetingCommandResult.rejected(errors);
        }
        long id = jdbc.sql("INSERT INTO location (description, room, street_address, postal_code, locality) VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(description.trim(), trim(room), trim(street), trim(postalCode), trim(locality)).query(Long.class).single();
        return MeetingCommandResult.done(id, List.of(MeetingChange.of("location", id, "create", "Ort „" + description.trim() + "“ angelegt")
                .field("description", null, description.trim()).field("room", null, trim(room))));
    }

    // ------------------------------------------------------------------ agenda

    /** Puts the opening block "Regularien" at the top of the agenda, unless it is there already. */
    @Transactional
    public MeetingCommandResult addRegularien(long meetingId, List<RegularienTemplate.PendingMinutes> pending) {
        Stored m = stored(meetingId);
        if (m.cancelled()) {
            return MeetingCommandResult.rejected(Map.of("regularien", "meetings.error.cancelled"));
        }
        boolean present = jdbc.sql("SELECT count(*) FROM agenda_item WHERE meeting_id = ? AND template_key = ? AND deleted_at IS NULL")
                .params(meetingId, RegularienTemplate.HEADING).query(Long.class).single() > 0;
        if (present) {
            return MeetingCommandResult.rejected(Map.of("regularien", "meetings.error.regularienPresent"));
        }
        AgendaTree tree = storedTree(meetingId);
        List<RegularienTemplate.Item> items = RegularienTemplate.items(m.organizationKind(), pending);
        String headingKey = null;
        int index = 0;
        for (RegularienTemplate.Item item : items) {
            long id = insertItem(m, null, item.name(), item.heading(), true, null, null, item.templateKey());
            String key = Long.toString(id);
            if (item.heading()) {
                tree = tree.insertAt(null, 0, key);
                headingKey = key;
            } else {
                tree = tree.insertAt(headingKey, index++, key);
            }
        }
        applyTree(meetingId, tree);
        return MeetingCommandResult.done(Long.parseLong(headingKey), List.of(MeetingChange.of("meeting", meetingId, "agenda",
                        afterInvitation(m) + "Regularien aus der Vorlage eingefügt (" + (items.size() - 1) + " Punkte)")
                .field("items", null, items.stream().map(RegularienTemplate.Item::name).toList().toString())));
    }

    @Transactional
    public MeetingCommandResult addSection(long meetingId, String name, boolean publicPart) {
        Stored m = stored(meetingId);
        if (blank(name)) {
            return MeetingCommandResult.rejected(Map.of("sectionName", "meetings.error.itemName"));
        }
        if (m.cancelled()) {
            return MeetingCommandResult.rejected(Map.of("sectionName", "meetings.error.cancelled"));
        }
        long id = insertItem(m, null, name.trim(), true, publicPart, null, null, null);
        applyTree(meetingId, storedTree(meetingId));
        return MeetingCommandResult.done(id, List.of(MeetingChange.of("meeting", m.id(), "create",
                        afterInvitation(m) + "Abschnitt „" + name.trim() + "“ angelegt")
                .field("name", null, name.trim()).field("public", null, publicPart)));
    }

    @Transactional
    public MeetingCommandResult addItem(long meetingId, Long parentId, String name, String treatment, boolean publicPart) {
        Stored m = stored(meetingId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(name)) {
            errors.put("itemName", "meetings.error.itemName");
        }
        if (treatment != null && !List.of("TO_NOTE", "RECOMMENDATION", "DECISION", "HEARING").contains(treatment)) {
            errors.put("treatment", "meetings.error.treatment");
        }
        Optional<Boolean> parentPublic = parentId == null ? Optional.of(true) : section(meetingId, parentId);
        if (parentPublic.isEmpty()) {
            errors.put("parent", "meetings.error.parent");
        }
        if (m.cancelled()) {
            errors.put("itemName", "meetings.error.cancelled");
        }
        if (!errors.isEmpty()) {
            return MeetingCommandResult.rejected(errors);
        }
        boolean part = publicPart && parentPublic.get();
        long id = insertItem(m, parentId, name.trim(), false, part, treatment, label(treatment), null);
        applyTree(meetingId, storedTree(meetingId));
        return MeetingCommandResult.done(id, List.of(MeetingChange.of("meeting", m.id(), "create",
                        afterInvitation(m) + "Tagesordnungspunkt „" + name.trim() + "“ aufgenommen")
                .field("name", null, name.trim()).field("public", null, part)));
    }

    /** Places a paper from the inbox as an item (under {@code parentId}, a section) and links its consultation. */
    @Transactional
    public MeetingCommandResult placePaper(long meetingId, long consultationId, Long parentId) {
        Stored m = stored(meetingId);
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
        Optional<Boolean> parentPublic = parentId == null ? Optional.of(true) : section(meetingId, parentId);
        if (parentPublic.isEmpty()) {
            return MeetingCommandResult.rejected(Map.of("parent", "meetings.error.parent"));
        }
        if (m.cancelled()) {
            return MeetingCommandResult.rejected(Map.of("consultation", "meetings.error.cancelled"));
        }
        InboxEntry e = entry.get();
        String treatment = "PRELIMINARY".equals(e.role()) ? "RECOMMENDATION" : e.role();
        String label = label(treatment);
        if (e.faction() != null && List.of("MOTION", "REQUEST", "AGENDA_PROPOSAL").contains(e.category())) {
            label = e.typeName() + " (" + e.faction() + ")";
        }
        boolean part = parentPublic.get() && e.isPublic();
        long id = insertItem(m, parentId, e.name(), false, part, treatment, label, null);
        jdbc.sql("UPDATE consultation SET meeting_id = ?, agenda_item_id = ? WHERE id = ?").params(meetingId, id, consultationId).update();
        applyTree(meetingId, storedTree(meetingId));
        return MeetingCommandResult.done(id, List.of(MeetingChange.of("meeting", m.id(), "create",
                        afterInvitation(m) + "Vorlage " + e.reference() + " auf die Tagesordnung gesetzt")
                .field("paper", null, e.reference()).field("consultation", null, consultationId).field("public", null, part)));
    }

    @Transactional
    public MeetingCommandResult moveItem(long meetingId, long itemId, Direction direction) {
        Stored m = stored(meetingId);
        AgendaTree tree = storedTree(meetingId);
        String key = Long.toString(itemId);
        if (!tree.contains(key)) {
            return MeetingCommandResult.rejected(Map.of("item", "meetings.error.item"));
        }
        String before = tree.numberOf(key);
        AgendaTree moved = AgendaNumbering.move(tree, key, direction);
        if (moved.equals(tree)) {
            return MeetingCommandResult.rejected(Map.of("item", direction == Direction.UP ? "meetings.error.first" : "meetings.error.last"));
        }
        applyTree(meetingId, moved);
        if (m.invited()) {
            jdbc.sql("UPDATE agenda_item SET added_after_invitation_at = coalesce(added_after_invitation_at, ?) WHERE id = ?")
                    .params(OffsetDateTime.now(clock), itemId).update();
        }
        return MeetingCommandResult.done(itemId, List.of(MeetingChange.of("meeting", m.id(), "move",
                        afterInvitation(m) + "TOP " + before + " wird TOP " + moved.numberOf(key))
                .field("number", before, moved.numberOf(key))));
    }

    /** Removes an item with everything below it; a placed paper returns to the inbox. */
    @Transactional
    public MeetingCommandResult removeItem(long meetingId, long itemId) {
        Stored m = stored(meetingId);
        AgendaTree tree = storedTree(meetingId);
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
        applyTree(meetingId, tree.remove(key));
        return MeetingCommandResult.done(itemId, List.of(MeetingChange.of("meeting", m.id(), "remove",
                        afterInvitation(m) + "TOP " + number + " „" + name + "“ abgesetzt")
                .field("number", number, null)));
    }

    // ------------------------------------------------------------------ invitation

    /**
     * Records the invitation: state INVITED, dispatch time, and the public part of the agenda is
     * published (agenda_item.public, read by the visibility rules) at the same moment. A violated
     * notice period is refused unless {@code confirmedDespiteNotice}.
     */
    @Transactional
    public MeetingCommandResult sendInvitation(long meetingId, OffsetDateTime at, boolean confirmedDespiteNotice) {
        Stored m = stored(meetingId);
        if (m.cancelled()) {
            return MeetingCommandResult.rejected(Map.of("invitation", "meetings.error.cancelled"));
        }
        if (m.invited()) {
            return MeetingCommandResult.rejected(Map.of("invitation", "meetings.error.alreadyInvited"));
        }
        if (!"PLANNED".equals(m.state())) {
            return MeetingCommandResult.rejected(Map.of("invitation", "meetings.error.held"));
        }
        long items = jdbc.sql("SELECT count(*) FROM agenda_item WHERE meeting_id = ? AND deleted_at IS NULL").param(meetingId)
                .query(Long.class).single();
        if (items == 0) {
            return MeetingCommandResult.rejected(Map.of("invitation", "meetings.error.emptyAgenda"));
        }
        NoticePeriodPolicy.Check notice = noticeCheck(m, at);
        if (!notice.kept() && !confirmedDespiteNotice) {
            return MeetingCommandResult.rejected(Map.of("confirmNotice", "meetings.error.noticeNotConfirmed"));
        }
        jdbc.sql("UPDATE meeting SET state = 'INVITED', invitation_sent_at = ?, released = true WHERE id = ?").params(at, meetingId).update();
        jdbc.sql("UPDATE agenda_item SET public = coalesce(public_part, public) WHERE meeting_id = ? AND deleted_at IS NULL")
                .param(meetingId).update();
        return MeetingCommandResult.done(meetingId, List.of(MeetingChange.of("meeting", meetingId, "invite",
                        "Einladung versandt" + (notice.kept() ? "" : " (Ladungsfrist unterschritten, bestätigt)"))
                .field("state", m.state(), "INVITED").field("invitationSentAt", null, at.toString())));
    }

    /** Records that a supplement (Nachtrag) mail went out for the items changed since the invitation. */
    @Transactional
    public MeetingCommandResult recordSupplement(long meetingId, OffsetDateTime at) {
        Stored m = stored(meetingId);
        if (!m.invited() || m.cancelled()) {
            return MeetingCommandResult.rejected(Map.of("supplement", "meetings.error.notInvited"));
        }
        jdbc.sql("UPDATE meeting SET supplement_sent_at = ? WHERE id = ?").params(at, meetingId).update();
        return MeetingCommandResult.done(meetingId, List.of(MeetingChange.of("meeting", meetingId, "supplement", "Nachtrag versandt")
                .field("supplementSentAt", m.supplementSentAt() == null ? null : m.supplementSentAt().toString(), at.toString())));
    }

    /** The notice period check for sending the invitation of {@code meetingId} at {@code at}. */
    public NoticePeriodPolicy.Check noticeCheck(long meetingId, OffsetDateTime at) {
        return noticeCheck(stored(meetingId), at);
    }

    private static NoticePeriodPolicy.Check noticeCheck(Stored m, OffsetDateTime at) {
        return NoticePeriodPolicy.check(at.atZoneSameInstant(BERLIN).toLocalDate(), m.start().atZoneSameInstant(BERLIN).toLocalDate(),
                m.noticePeriodDays());
    }

    /**
     * The e-mail addresses of the current members and deputies of the meeting's organization who
     * have an enabled account (supplement mails). A documented read of identity's app_user, like the
     * notification module's recipients.
     */
    public List<String> memberAddresses(long meetingId) {
        return jdbc.sql("""
                        SELECT DISTINCT trim(u.email) FROM meeting m
                        JOIN membership ms ON ms.organization_id = m.organization_id AND ms.deleted_at IS NULL
                             AND ms.start_date <= (m.start_planned AT TIME ZONE 'Europe/Berlin')::date
                             AND (ms.end_date IS NULL OR ms.end_date >= (m.start_planned AT TIME ZONE 'Europe/Berlin')::date)
                             AND ms.seat_category <> 'STAFF_REPRESENTATIVE' AND ms.mandate NOT IN ('STAFF', 'FACTION_MEMBER')
                        JOIN app_user u ON u.person_id = ms.person_id AND u.enabled AND u.deleted_at IS NULL
                             AND u.email IS NOT NULL AND trim(u.email) <> ''
                        WHERE m.id = ? ORDER BY 1""")
                .param(meetingId).query(String.class).list();
    }

    // ------------------------------------------------------------------ internals

    private record Org(long id, long bodyId, String name, String kind) {
    }

    private record Stored(long id, long bodyId, long organizationId, String organizationKind, long termId, String state,
                          boolean cancelled, OffsetDateTime start, OffsetDateTime end, Long locationId,
                          OffsetDateTime invitationSentAt, OffsetDateTime supplementSentAt, int noticePeriodDays) {
        boolean invited() {
            return invitationSentAt != null;
        }
    }

    private record InboxEntry(long id, String role, long paperId, String name, String reference, boolean isPublic,
                              String typeName, String category, String faction) {
    }

    private Stored stored(long meetingId) {
        return jdbc.sql("""
                        SELECT m.id, m.body_id, m.organization_id, o.kind AS organization_kind, m.legislative_term_id AS term_id, m.state,
                               m.cancelled, m.start_planned AS start, m.end_planned AS "end", m.location_id, m.invitation_sent_at,
                               m.supplement_sent_at, o.notice_period_days
                        FROM meeting m JOIN organization o ON o.id = m.organization_id
                        WHERE m.id = ? AND m.deleted_at IS NULL FOR UPDATE OF m""")
                .param(meetingId).query(Stored.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("Unbekannte Sitzung " + meetingId));
    }

    private Optional<Org> organization(long id) {
        return jdbc.sql("SELECT id, body_id, name, kind FROM organization WHERE id = ? AND deleted_at IS NULL")
                .param(id).query(Org.class).optional();
    }

    private Optional<Long> term(long bodyId, LocalDate day) {
        return jdbc.sql("SELECT id FROM legislative_term WHERE body_id = ? AND deleted_at IS NULL AND start_date <= ?"
                        + " AND (end_date IS NULL OR end_date >= ?) ORDER BY start_date DESC LIMIT 1")
                .params(bodyId, day, day).query(Long.class).optional();
    }

    private boolean locationExists(long id) {
        return jdbc.sql("SELECT count(*) FROM location WHERE id = ? AND deleted_at IS NULL").param(id).query(Long.class).single() > 0;
    }

    /** The section's part (public or not) when {@code parentId} is a section heading of the meeting. */
    private Optional<Boolean> section(long meetingId, long parentId) {
        return jdbc.sql("SELECT coalesce(public_part, public) FROM agenda_item WHERE id = ? AND meeting_id = ? AND heading"
                        + " AND deleted_at IS NULL AND template_key IS NULL")
                .params(parentId, meetingId).query(Boolean.class).optional();
    }

    /** Numbers the meetings of an organization in a term 1..n by start; cancelled ones lose their number. */
    void renumberMeetings(long organizationId, long termId) {
        record Row(long id, OffsetDateTime start, boolean cancelled, String name, String organizationName) {
        }
        List<Row> rows = jdbc.sql("SELECT m.id, m.start_planned AS start, m.cancelled, m.name, o.name AS organization_name"
                        + " FROM meeting m JOIN organization o ON o.id = m.organization_id"
                        + " WHERE m.organization_id = ? AND m.legislative_term_id = ? AND m.deleted_at IS NULL")
                .params(organizationId, termId).query(Row.class).list();
        Map<String, Integer> numbers = MeetingNumbering.number(rows.stream()
                .map(r -> new ScheduledMeeting(Long.toString(r.id()), r.start(), r.cancelled())).toList());
        jdbc.sql("UPDATE meeting SET number_in_term = NULL WHERE organization_id = ? AND legislative_term_id = ? AND number_in_term IS NOT NULL")
                .params(organizationId, termId).update();
        for (Row row : rows) {
            Integer number = numbers.get(Long.toString(row.id()));
            if (number == null) {
                continue;
            }
            // generated names follow the number; names typed in elsewhere (e.g. imported) stay
            boolean generated = row.name().matches("^([0-9]+\\. )?Sitzung .*");
            jdbc.sql("UPDATE meeting SET number_in_term = ?, name = ? WHERE id = ?")
                    .params(number, generated ? MeetingNaming.meetingName(number, row.organizationName()) : row.name(), row.id()).update();
        }
    }

    private long insertItem(Stored m, Long parentId, String name, boolean heading, boolean publicPart, String treatment,
                            String treatmentLabel, String templateKey) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int position = jdbc.sql("SELECT coalesce(max(position) + 1, 0) FROM agenda_item WHERE meeting_id = ? AND deleted_at IS NULL")
                .param(m.id()).query(Integer.class).single();
        String temporary = "n" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        return jdbc.sql("""
                        INSERT INTO agenda_item (meeting_id, parent_id, number, position, name, heading, public, public_part,
                                                 treatment, treatment_label, template_key, added_after_invitation_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(m.id(), parentId, temporary, position, name, heading, m.invited() && publicPart, publicPart, treatment,
                        treatmentLabel, templateKey, m.invited() ? now : null)
                .query(Long.class).single();
    }

    private AgendaTree storedTree(long meetingId) {
        List<AgendaNumbering.Node> nodes = jdbc.sql("SELECT id, parent_id FROM agenda_item WHERE meeting_id = ? AND deleted_at IS NULL"
                        + " ORDER BY position, id")
                .param(meetingId)
                .query((rs, n) -> new AgendaNumbering.Node(rs.getString("id"), rs.getString("parent_id")))
                .list();
        return AgendaNumbering.tree(nodes);
    }

    /** Writes number, position and parent of every item; empty sections get "- unbesetzt -". */
    private void applyTree(long meetingId, AgendaTree tree) {
        jdbc.sql("UPDATE agenda_item SET number = 'x' || id WHERE meeting_id = ? AND deleted_at IS NULL").param(meetingId).update();
        for (AgendaNumbering.Numbered n : AgendaNumbering.numbered(tree)) {
            boolean empty = tree.childrenOf(n.key()).isEmpty();
            jdbc.sql("""
                            UPDATE agenda_item SET number = ?, position = ?, parent_id = ?,
                                   empty_marker = CASE WHEN heading AND ? AND template_key IS NULL THEN ? WHEN heading THEN NULL ELSE empty_marker END
                            WHERE id = ?""")
                    .params(n.number(), n.position(), n.parentKey() == null ? null : Long.parseLong(n.parentKey()), empty, UNOCCUPIED,
                            Long.parseLong(n.key()))
                    .update();
        }
    }

    private static String afterInvitation(Stored m) {
        return m.invited() ? "Nachtrag: " : "";
    }

    private static String label(String treatment) {
        if (treatment == null) {
            return null;
        }
        switch (treatment) {
            case "TO_NOTE":
                return "Kenntnisnahme";
            case "RECOMMENDATION":
                return "Empfehlung";
            case "DECISION":
                return "Beschluss";
            case "HEARING":
                return "Anhörung";
            default:
                return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }

    private static String de(LocalDate day) {
        return String.format("%02d.%02d.%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
}
