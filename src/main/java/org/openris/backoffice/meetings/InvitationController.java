package org.openris.backoffice.meetings;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.openris.backoffice.StaffUser;
import org.openris.identity.SignedInUser;
import org.openris.meeting.MeetingManagement;
import org.openris.meeting.MeetingPlanQueries;
import org.openris.meeting.MeetingPlanQueries.PlannedMeeting;
import org.openris.meeting.NoticePeriodPolicy;
import org.openris.shared.UiText;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The invitation: preview with the notice-period check and who will be reached, the PDF
 * (invitation letter + agenda), sending (mails to members and deputies with a link, the public part
 * of the agenda published at the same moment), and the supplement mail (Nachtrag).
 */
@Controller
class InvitationController {

    private final MeetingsAccess access;
    private final MeetingPlanQueries plans;
    private final MeetingManagement management;
    private final MeetingDesk desk;
    private final InvitationPdf pdf;
    private final UiText text;
    private final Clock clock;

    InvitationController(MeetingsAccess access, MeetingPlanQueries plans, MeetingManagement management, MeetingDesk desk,
                         InvitationPdf pdf, UiText text, Clock clock) {
        this.access = access;
        this.plans = plans;
        this.management = management;
        this.desk = desk;
        this.pdf = pdf;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/verwaltung/sitzungen/{id}/einladung")
    String preview(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, Model model) {
        StaffUser staff = access.staff(user);
        return page(staff, csrf, access.meeting(staff, id), Map.of(), model);
    }

    @GetMapping("/verwaltung/sitzungen/{id}/einladung.pdf")
    ResponseEntity<byte[]> document(SignedInUser user, @PathVariable("id") String id) {
        StaffUser staff = access.staff(user);
        PlannedMeeting meeting = access.meeting(staff, id);
        byte[] bytes = pdf.render(meeting, plans.agenda(staff.viewer(), meeting.id()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("Einladung-Sitzung-" + meeting.id() + ".pdf").build().toString())
                .body(bytes);
    }

    @PostMapping("/verwaltung/sitzungen/{id}/einladung")
    String send(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, @RequestParam Map<String, String> form,
                Model model, RedirectAttributes redirect) {
        StaffUser staff = access.staff(user);
        PlannedMeeting meeting = access.meeting(staff, id);
        MeetingDesk.InvitationOutcome outcome = desk.invite(staff, meeting.id(), FormValues.checked(form, "confirmNotice"));
        if (!outcome.result().ok()) {
            return page(staff, csrf, meeting, outcome.result().errors(), model);
        }
        redirect.addFlashAttribute("notice", text.get(outcome.mailed() ? "meetings.invitation.sent" : "meetings.invitation.sentNoMail"));
        return "redirect:/verwaltung/sitzungen/" + meeting.id();
    }

    @PostMapping("/verwaltung/sitzungen/{id}/nachtrag")
    String supplement(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, Model model, RedirectAttributes redirect,
                      HttpServletRequest request) {
        StaffUser staff = access.staff(user);
        PlannedMeeting meeting = access.meeting(staff, id);
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        MeetingDesk.SupplementOutcome outcome = desk.supplement(staff, meeting, base);
        if (!outcome.result().ok()) {
            redirect.addFlashAttribute("notice", text.get(outcome.result().errors().values().iterator().next()));
        } else {
            redirect.addFlashAttribute("notice", text.get("meetings.supplement.sent", outcome.sent(), outcome.failed()));
        }
        return "redirect:/verwaltung/sitzungen/" + meeting.id();
    }

    private String page(StaffUser staff, CsrfToken csrf, PlannedMeeting meeting, Map<String, String> errors, Model model) {
        NoticePeriodPolicy.Check notice = management.noticeCheck(meeting.id(), OffsetDateTime.now(clock));
        model.addAttribute("text", text);
        model.addAttribute("page", access.pages().frame(staff, MeetingsConfiguration.SECTION, csrf));
        model.addAttribute("meeting", meeting);
        model.addAttribute("agenda", plans.agenda(staff.viewer(), meeting.id()));
        model.addAttribute("noticeCheck", notice);
        model.addAttribute("reach", plans.reach(staff.viewer(), meeting.id()));
        model.addAttribute("place", InvitationPdf.place(meeting));
        model.addAttribute("errors", errors);
        return "backoffice/meetings/invitation";
    }
}
