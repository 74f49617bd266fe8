package org.openris.meeting;

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
import org.openris.meeting.MeetingNumbering.ScheduledMeeting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands of the council office on meetings (issue 6): generate a series in the annual calendar,
 * move, cancel, places, send the invitation and record supplements; the agenda itself is built with
 * {@link AgendaBuilding}. Each command runs in one transaction (the caller's, so the back office
 * writes its change log in the same one) and returns what it changed or German message keys per
 * field; meeting numbers are never typed in, they follow from {@link MeetingNumbering}.
 */
@Service
public class MeetingManagement {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** A series in the annual calendar, e.g. every 2nd Tuesday 17:00 between two dates. */
    public record SeriesRequest(long organizationId, LocalDate from, LocalDate to, DayOfWeek weekday, int everyWeeks,
                                LocalTime start, Integer durationMinutes, Long locationId, Set<LocalDate> skipped,
                                boolean publicMeeting) {
    }

    private final JdbcClient jdbc;
    private final MeetingRows rows;

    MeetingManagement(JdbcClient jdbc, MeetingRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
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
        MeetingRows.Stored m = rows.stored(meetingId);
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
        MeetingRows.Stored m = rows.stored(meetingId);
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
        if (MeetingRows.blank(description)) {
            errors.put("locationDescription", "meetings.error.locationDescription");
        }
        if (!MeetingRows.blank(postalCode) && !postalCode.trim().matches("[0-9]{5}")) {
            errors.put("locationPostalCode", "meetings.error.postalCode");
        }
        if (!errors.isEmpty()) {
            return MeetingCommandResult.rejected(errors);
        }
        long id = jdbc.sql("INSERT INTO location (description, room, street_address, postal_code, locality) VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(description.trim(), MeetingRows.trim(room), MeetingRows.trim(street), MeetingRows.trim(postalCode), MeetingRows.trim(locality)).query(Long.class).single();
        return MeetingCommandResult.done(id, List.of(MeetingChange.of("location", id, "create", "Ort „" + description.trim() + "“ angelegt")
                .field("description", null, description.trim()).field("room", null, MeetingRows.trim(room))));
    }

    // ------------------------------------------------------------------ invitation

    /**
     * Records the invitation: state INVITED, dispatch time, and the public part of the agenda is
     * published (agenda_item.public, read by the visibility rules) at the same moment. A violated
     * notice period is refused unless {@code confirmedDespiteNotice}.
     */
    @Transactional
    public MeetingCommandResult sendInvitation(long meetingId, OffsetDateTime at, boolean confirmedDespiteNotice) {
        MeetingRows.Stored m = rows.stored(meetingId);
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
        MeetingRows.Stored m = rows.stored(meetingId);
        if (!m.invited() || m.cancelled()) {
            return MeetingCommandResult.rejected(Map.of("supplement", "meetings.error.notInvited"));
        }
        jdbc.sql("UPDATE meeting SET supplement_sent_at = ? WHERE id = ?").params(at, meetingId).update();
        return MeetingCommandResult.done(meetingId, List.of(MeetingChange.of("meeting", meetingId, "supplement", "Nachtrag versandt")
                .field("supplementSentAt", m.supplementSentAt() == null ? null : m.supplementSentAt().toString(), at.toString())));
    }

    /** The notice period check for sending the invitation of {@code meetingId} at {@code at}. */
    public NoticePeriodPolicy.Check noticeCheck(long meetingId, OffsetDateTime at) {
        return noticeCheck(rows.stored(meetingId), at);
    }

    private static NoticePeriodPolicy.Check noticeCheck(MeetingRows.Stored m, OffsetDateTime at) {
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

    /** Numbers the meetings of an organization in a term 1..n by start; cancelled ones lose their number. */
    void renumberMeetings(long organizationId, long termId) {
        record Row(long id, OffsetDateTime start, boolean cancelled, String name, String organizationName) {
        }
        List<Row> meetings = jdbc.sql("SELECT m.id, m.start_planned AS start, m.cancelled, m.name, o.name AS organization_name"
                        + " FROM meeting m JOIN organization o ON o.id = m.organization_id"
                        + " WHERE m.organization_id = ? AND m.legislative_term_id = ? AND m.deleted_at IS NULL")
                .params(organizationId, termId).query(Row.class).list();
        Map<String, Integer> numbers = MeetingNumbering.number(meetings.stream()
                .map(r -> new ScheduledMeeting(Long.toString(r.id()), r.start(), r.cancelled())).toList());
        jdbc.sql("UPDATE meeting SET number_in_term = NULL WHERE organization_id = ? AND legislative_term_id = ? AND number_in_term IS NOT NULL")
                .params(organizationId, termId).update();
        for (Row row : meetings) {
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








    private static String de(LocalDate day) {
        return String.format("%02d.%02d.%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
}
