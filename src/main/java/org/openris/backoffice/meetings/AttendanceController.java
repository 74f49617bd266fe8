package org.openris.backoffice.meetings;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openris.backoffice.StaffUser;
import org.openris.identity.SignedInUser;
import org.openris.meeting.AttendanceQueries;
import org.openris.meeting.AttendanceQueries.Member;
import org.openris.meeting.AttendanceRecording;
import org.openris.meeting.MeetingCommandResult;
import org.openris.meeting.MeetingPlanQueries.PlannedMeeting;
import org.openris.shared.GermanFormats;
import org.openris.shared.PathIds;
import org.openris.shared.UiText;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The attendance of a meeting, recorded by the clerk live on a tablet (issue 7): every member
 * present (preselected), excused or absent with arrival and leaving times, an eligible deputy in
 * place of an absent member, actual start and end of the meeting, and the administration, staff
 * council and guests. One form for the members (works without JavaScript), one for further attendees.
 */
@Controller
class AttendanceController {

    private final MeetingsAccess access;
    private final AttendanceQueries attendance;
    private final AttendanceRecording recording;
    private final MeetingDesk desk;
    private final UiText text;

    AttendanceController(MeetingsAccess access, AttendanceQueries attendance, AttendanceRecording recording, MeetingDesk desk, UiText text) {
        this.access = access;
        this.attendance = attendance;
        this.recording = recording;
        this.desk = desk;
        this.text = text;
    }

    @GetMapping("/verwaltung/sitzungen/{id}/anwesenheit")
    String form(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, Model model) {
        StaffUser staff = access.staff(user);
        PlannedMeeting meeting = access.meeting(staff, id);
        return page(staff, csrf, meeting, recorded(staff, meeting), Map.of(), model);
    }

    @PostMapping("/verwaltung/sitzungen/{id}/anwesenheit")
    String save(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, @RequestParam Map<String, String> form, Model model,
                RedirectAttributes redirect) {
        StaffUser staff = access.staff(user);
        PlannedMeeting meeting = access.meeting(staff, id);
        Map<String, String> errors = new LinkedHashMap<>();
        List<AttendanceRecording.Entry> entries = new ArrayList<>();
        for (Member member : attendance.members(staff.viewer(), meeting.id())) {
            if (member.deputy()) {
                continue;
            }
            long person = member.personId();
            LocalTime arrived = time(form, "arrived-" + person, errors);
            LocalTime left = time(form, "left-" + person, errors);
            entries.add(new AttendanceRecording.Entry(person, form.get("status-" + person), arrived, left,
                    FormValues.id(form, "substitute-" + person)));
        }
        LocalTime start = time(form, "start", errors);
        LocalTime end = time(form, "end", errors);
        if (!errors.isEmpty()) {
            return page(staff, csrf, meeting, form, errors, model);
        }
        MeetingCommandResult result = desk.run(staff, () -> recording.recordMembers(staff.viewer(), meeting.id(), start, end, entries));
        if (!result.ok()) {
            return page(staff, csrf, meeting, form, result.errors(), model);
        }
        redirect.addFlashAttribute("notice", text.get("conduct.attendance.saved"));
        return "redirect:/verwaltung/sitzungen/" + meeting.id() + "/anwesenheit";
    }

    @PostMapping("/verwaltung/sitzungen/{id}/anwesenheit/weitere")
    String addOther(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, @RequestParam Map<String, String> form, Model model,
                    RedirectAttributes redirect) {
        StaffUser staff = access.staff(user);
        PlannedMeeting meeting = access.meeting(staff, id);
        MeetingCommandResult result = desk.run(staff, () -> recording.addOther(meeting.id(), form.get("otherCategory"),
                FormValues.text(form, "otherSalutation"), FormValues.text(form, "otherName"), FormValues.text(form, "otherUnit"),
                FormValues.text(form, "otherFunction"), FormValues.text(form, "otherAffiliation")));
        if (!result.ok()) {
            Map<String, String> values = recorded(staff, meeting);
            values.putAll(form);
            return page(staff, csrf, meeting, values, result.errors(), model);
        }
        redirect.addFlashAttribute("notice", text.get("conduct.attendance.otherAdded"));
        return "redirect:/verwaltung/sitzungen/" + meeting.id() + "/anwesenheit#weitere";
    }

    @PostMapping("/verwaltung/sitzungen/{id}/anwesenheit/weitere/{attendeeId}/entfernen")
    String removeOther(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, @PathVariable("attendeeId") String attendeeId,
                       Model model, RedirectAttributes redirect) {
        StaffUser staff = access.staff(user);
        PlannedMeeting meeting = access.meeting(staff, id);
        long attendee = PathIds.required(attendeeId);
        MeetingCommandResult result = desk.run(staff, () -> recording.removeOther(meeting.id(), attendee));
        if (!result.ok()) {
            return page(staff, csrf, meeting, recorded(staff, meeting), result.errors(), model);
        }
        redirect.addFlashAttribute("notice", text.get("conduct.attendance.otherRemoved"));
        return "redirect:/verwaltung/sitzungen/" + meeting.id() + "/anwesenheit#weitere";
    }

    /** The form values as recorded; members not yet recorded are preselected as present. */
    private Map<String, String> recorded(StaffUser staff, PlannedMeeting meeting) {
        Map<String, String> values = new LinkedHashMap<>();
        List<Member> members = attendance.members(staff.viewer(), meeting.id());
        for (Member member : members) {
            if (member.deputy()) {
                continue;
            }
            long person = member.personId();
            values.put("status-" + person, member.status() == null ? "PRESENT" : member.status());
            values.put("arrived-" + person, member.arrivedAt() == null ? "" : GermanFormats.time(member.arrivedAt()));
            values.put("left-" + person, member.leftAt() == null ? "" : GermanFormats.time(member.leftAt()));
            members.stream().filter(d -> d.substituteForPersonId() != null && d.substituteForPersonId() == person).findFirst()
                    .ifPresent(d -> values.put("substitute-" + person, Long.toString(d.personId())));
        }
        values.put("start", meeting.startActual() == null ? GermanFormats.time(meeting.startPlanned()) : GermanFormats.time(meeting.startActual()));
        values.put("end", meeting.endActual() == null ? "" : GermanFormats.time(meeting.endActual()));
        return values;
    }

    private String page(StaffUser staff, CsrfToken csrf, PlannedMeeting meeting, Map<String, String> form, Map<String, String> errors,
                        Model model) {
        List<Member> members = attendance.members(staff.viewer(), meeting.id());
        model.addAttribute("text", text);
        model.addAttribute("page", access.pages().frame(staff, MeetingsConfiguration.SECTION, csrf));
        model.addAttribute("meeting", meeting);
        model.addAttribute("sheet", AttendanceSheet.of(members));
        model.addAttribute("others", attendance.others(staff.viewer(), meeting.id()));
        model.addAttribute("form", new LinkedHashMap<>(form));
        model.addAttribute("errors", errors);
        model.addAttribute("open", !meeting.cancelled() && ("INVITED".equals(meeting.state()) || "HELD".equals(meeting.state())));
        return "backoffice/meetings/attendance";
    }

    private static LocalTime time(Map<String, String> form, String field, Map<String, String> errors) {
        String value = FormValues.text(form, field);
        if (value == null) {
            return null;
        }
        LocalTime time = FormValues.time(form, field);
        if (time == null) {
            errors.put(field, "conduct.error.time");
        }
        return time;
    }
}
