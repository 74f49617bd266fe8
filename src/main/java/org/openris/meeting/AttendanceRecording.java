package org.openris.meeting;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openris.meeting.AttendanceQueries.Member;
import org.openris.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the attendance of a meeting (issue 7, conduct screen): each member present, excused or
 * absent with arrival and leaving times, a deputy present in place of an absent member (only
 * eligible deputies: the member's personal deputy or a deputy of the same faction), the meeting's
 * actual start and end, and the further attendees (administration with unit code and function,
 * staff council, guests). Rejections are German message keys per field; nothing is written then.
 */
@Service
public class AttendanceRecording {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Set<String> STATUSES = Set.of("PRESENT", "EXCUSED", "ABSENT");
    private static final Set<String> OTHER_CATEGORIES = Set.of("ADMINISTRATION", "STAFF_REPRESENTATIVE", "GUEST");

    /** What the clerk entered for one member; {@code substitutePersonId}: the deputy present in their place. */
    public record Entry(long personId, String status, LocalTime arrivedAt, LocalTime leftAt, Long substitutePersonId) {
    }

    private final JdbcClient jdbc;
    private final AttendanceQueries queries;
    private final MeetingRows rows;

    AttendanceRecording(JdbcClient jdbc, AttendanceQueries queries, MeetingRows rows) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.rows = rows;
    }

    /** The deputies who may stand in for {@code member}: their personal deputies, then deputies of the same faction. */
    public static List<Member> eligibleDeputies(Member member, List<Member> roster) {
        List<Member> personal = new ArrayList<>();
        List<Member> faction = new ArrayList<>();
        for (Member m : roster) {
            if (!m.deputy() || m.personId() == member.personId()) {
                continue;
            }
            if (m.principalPersonId() != null && m.principalPersonId() == member.personId()) {
                personal.add(m);
            } else if (member.factionId() != null && member.factionId().equals(m.factionId())) {
                faction.add(m);
            }
        }
        personal.addAll(faction);
        return personal;
    }

    @Transactional
    public MeetingCommandResult recordMembers(Viewer viewer, long meetingId, LocalTime start, LocalTime end, List<Entry> entries) {
        MeetingRows.Stored m = rows.stored(meetingId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (m.cancelled() || (!"INVITED".equals(m.state()) && !"HELD".equals(m.state()))) {
            return MeetingCommandResult.rejected(Map.of("attendance", closedReason(m.state())));
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.put("end", "conduct.error.endBeforeStart");
        }
        List<Member> roster = queries.members(viewer, meetingId);
        Map<Long, Member> regular = new LinkedHashMap<>();
        Map<Long, Member> deputies = new HashMap<>();
        for (Member member : roster) {
            (member.deputy() ? deputies : regular).put(member.personId(), member);
        }
        Set<Long> usedDeputies = new HashSet<>();
        for (Entry e : entries) {
            Member member = regular.get(e.personId());
            if (member == null) {
                errors.put("status-" + e.personId(), "conduct.error.notMember");
                continue;
            }
            if (e.status() == null || !STATUSES.contains(e.status())) {
                errors.put("status-" + e.personId(), "conduct.error.status");
                continue;
            }
            boolean present = "PRESENT".equals(e.status());
            if (!present && (e.arrivedAt() != null || e.leftAt() != null)) {
                errors.put("arrived-" + e.personId(), "conduct.error.timesOnlyPresent");
            }
            if (e.arrivedAt() != null && e.leftAt() != null && e.leftAt().isBefore(e.arrivedAt())) {
                errors.put("left-" + e.personId(), "conduct.error.leftBeforeArrived");
            }
            if (e.substitutePersonId() != null) {
                Member deputy = deputies.get(e.substitutePersonId());
                if (present) {
                    errors.put("substitute-" + e.personId(), "conduct.error.substituteForPresent");
                } else if (deputy == null || eligibleDeputies(member, roster).stream().noneMatch(d -> d.personId() == deputy.personId())) {
                    errors.put("substitute-" + e.personId(), "conduct.error.substituteNotEligible");
                } else if (!usedDeputies.add(deputy.personId())) {
                    errors.put("substitute-" + e.personId(), "conduct.error.substituteTwice");
                }
            }
        }
        if (!errors.isEmpty()) {
            return MeetingCommandResult.rejected(errors);
        }
        // the members' rows are written anew from the form (the form always carries every member); the
        // administration's and guests' rows (no person) stay
        jdbc.sql("DELETE FROM attendance WHERE meeting_id = ? AND person_id IS NOT NULL").param(meetingId).update();
        int position = 0;
        int present = 0;
        for (Entry e : entries) {
            Member member = regular.get(e.personId());
            insert(meetingId, member, member, e.status(), e.arrivedAt(), e.leftAt(), null, position++);
            present += "PRESENT".equals(e.status()) ? 1 : 0;
            if (e.substitutePersonId() != null) {
                insert(meetingId, deputies.get(e.substitutePersonId()), member, "PRESENT", null, null, member.personId(), position++);
                present++;
            }
        }
        OffsetDateTime startAt = start == null ? null : m.start().atZoneSameInstant(BERLIN).toLocalDate().atTime(start).atZone(BERLIN).toOffsetDateTime();
        OffsetDateTime endAt = end == null ? null : m.start().atZoneSameInstant(BERLIN).toLocalDate().atTime(end).atZone(BERLIN).toOffsetDateTime();
        jdbc.sql("UPDATE meeting SET start_actual = ?, end_actual = ? WHERE id = ?").params(startAt, endAt, meetingId).update();
        return MeetingCommandResult.done(meetingId, List.of(MeetingChange.of("meeting", meetingId, "attendance",
                        "Anwesenheit erfasst (" + present + " anwesend)")
                .field("present", null, present).field("start", null, start == null ? null : start.toString())
                .field("end", null, end == null ? null : end.toString())));
    }

    /** Why the record of a meeting cannot be changed: not invited yet (or cancelled), or its minutes are signed. */
    public static String closedReason(String state) {
        return "MINUTES_SIGNED".equals(state) || "MINUTES_APPROVED".equals(state) ? "conduct.error.minutesSigned" : "conduct.error.notInvited";
    }

    /** Adds an attendee of the administration, the staff council or a guest. */
    @Transactional
    public MeetingCommandResult addOther(long meetingId, String category, String salutation, String name, String unitCode,
                                         String functionLabel, String affiliation) {
        MeetingRows.Stored m = rows.stored(meetingId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (m.cancelled() || (!"INVITED".equals(m.state()) && !"HELD".equals(m.state()))) {
            errors.put("otherName", closedReason(m.state()));
        }
        if (category == null || !OTHER_CATEGORIES.contains(category)) {
            errors.put("otherCategory", "conduct.error.category");
        }
        if (MeetingRows.blank(name)) {
            errors.put("otherName", "conduct.error.name");
        }
        for (String value : new String[]{salutation, name, unitCode, functionLabel, affiliation}) {
            if (value != null && value.length() > 200) {
                errors.putIfAbsent("otherName", "conduct.error.tooLong");
            }
        }
        if (!errors.isEmpty()) {
            return MeetingCommandResult.rejected(errors);
        }
        int position = jdbc.sql("SELECT coalesce(max(position) + 1, 1000) FROM attendance WHERE meeting_id = ? AND person_id IS NULL")
                .param(meetingId).query(Integer.class).single();
        long id = jdbc.sql("""
                        INSERT INTO attendance (meeting_id, category, status, salutation, guest_name, unit_code, function_label, affiliation, position)
                        VALUES (?, ?, 'PRESENT', ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(meetingId, category, MeetingRows.trim(salutation), name.strip(), MeetingRows.trim(unitCode),
                        MeetingRows.trim(functionLabel), MeetingRows.trim(affiliation), Math.max(position, 1000))
                .query(Long.class).single();
        return MeetingCommandResult.done(id, List.of(MeetingChange.of("meeting", meetingId, "attendance",
                "Teilnahme erfasst: " + name.strip()).field("attendee", null, name.strip())));
    }

    @Transactional
    public MeetingCommandResult removeOther(long meetingId, long attendanceId) {
        rows.stored(meetingId);
        String name = jdbc.sql("UPDATE attendance SET deleted_at = now() WHERE id = ? AND meeting_id = ? AND person_id IS NULL"
                        + " AND deleted_at IS NULL RETURNING guest_name")
                .params(attendanceId, meetingId).query(String.class).optional().orElse(null);
        if (name == null) {
            return MeetingCommandResult.rejected(Map.of("otherName", "conduct.error.unknownAttendee"));
        }
        return MeetingCommandResult.done(attendanceId, List.of(MeetingChange.of("meeting", meetingId, "attendance",
                "Teilnahme entfernt: " + name).field("attendee", name, null)));
    }

    private void insert(long meetingId, Member person, Member seat, String status, LocalTime arrived, LocalTime left, Long substituteFor,
                        int position) {
        jdbc.sql("""
                        INSERT INTO attendance (meeting_id, person_id, membership_id, category, status, faction_id, substitute_for_person_id,
                                                arrived_at, left_at, role_in_meeting, position)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(meetingId, person.personId(), person.membershipId(), seat.category(), status, seat.factionId(), substituteFor,
                        arrived, left, substituteFor == null ? person.role() : null, position)
                .update();
    }
}
