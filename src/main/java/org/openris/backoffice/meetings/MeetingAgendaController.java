package org.openris.backoffice.meetings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openris.backoffice.ChangeLog;
import org.openris.backoffice.StaffUser;
import org.openris.identity.SignedInUser;
import org.openris.meeting.AgendaBuilding;
import org.openris.meeting.AgendaNumbering;
import org.openris.meeting.MeetingChange;
import org.openris.meeting.MeetingCommandResult;
import org.openris.meeting.MeetingManagement;
import org.openris.meeting.MeetingPlanQueries;
import org.openris.meeting.MeetingPlanQueries.PlannedItem;
import org.openris.meeting.MeetingPlanQueries.PlannedMeeting;
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
 * One meeting in the back office: move or cancel it, build its agenda (Regularien, sections, items,
 * papers from the inbox, move up/down or into another section, remove), and its change log with the supplements
 * (Nachtrag). Post/Redirect/Get with a German notice; a rejection re-renders the page with the
 * message next to the field.
 */
@Controller
class MeetingAgendaController {

    private final MeetingsAccess access;
    private final MeetingPlanQueries plans;
    private final MeetingManagement management;
    private final AgendaBuilding builder;
    private final MeetingDesk desk;
    private final ChangeLog changes;
    private final UiText text;

    private final org.openris.decision.ItemRecording itemRecording;

    MeetingAgendaController(MeetingsAccess access, MeetingPlanQueries plans, MeetingManagement management, AgendaBuilding builder,
                            MeetingDesk desk, ChangeLog changes, org.openris.decision.ItemRecording itemRecording, UiText text) {
        this.itemRecording = itemRecording;
        this.access = access;
        this.plans = plans;
        this.management = management;
        this.builder = builder;
        this.desk = desk;
        this.changes = changes;
        this.text = text;
    }

    @GetMapping("/verwaltung/sitzungen/{id}")
    String meeting(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, Model model) {
        StaffUser staff = access.staff(user);
        return page(staff, csrf, access.meeting(staff, id), Map.of(), Map.of(), model);
    }

    @PostMapping("/verwaltung/sitzungen/{id}/verlegen")
    String move(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, @RequestParam Map<String, String> form,
                Model model, RedirectAttributes redirect) {
        return command(user, csrf, id, form, model, redirect, "meetings.moved", (staff, m) -> () -> {
            Long location = FormValues.id(form, "location");
            List<MeetingChange> all = new ArrayList<>();
            if (FormValues.text(form, "locationDescription") != null) {
                MeetingCommandResult created = management.createLocation(FormValues.text(form, "locationDescription"),
                        FormValues.text(form, "locationRoom"), FormValues.text(form, "locationStreet"),
                        FormValues.text(form, "locationPostalCode"), FormValues.text(form, "locationLocality"));
                if (!created.ok()) {
                    return created;
                }
                location = created.id();
                all.addAll(created.changes());
            }
            MeetingCommandResult moved = management.move(m.id(), FormValues.date(form, "date"), FormValues.time(form, "time"), location);
            if (!moved.ok()) {
                return moved;
            }
            all.addAll(moved.changes());
            return MeetingCommandResult.done(m.id(), all);
        });
    }

    @PostMapping("/verwaltung/sitzungen/{id}/absagen")
    String cancel(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, @RequestParam Map<String, String> form,
                  Model model, RedirectAttributes redirect) {
        if (!FormValues.checked(form, "confirm")) {
            StaffUser staff = access.staff(user);
            return page(staff, csrf, access.meeting(staff, id), form, Map.of("confirm", "meetings.error.confirmCancel"), model);
        }
        return command(user, csrf, id, form, model, redirect, "meetings.cancelled", (staff, m) -> () -> management.cancel(m.id()));
    }

    @PostMapping("/verwaltung/sitzungen/{id}/regularien")
    String regularien(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, @RequestParam Map<String, String> form,
                      Model model, RedirectAttributes redirect) {
        return command(user, csrf, id, form, model, redirect, "meetings.agenda.regularienAdded",
                (staff, m) -> () -> builder.addRegularien(m.id(), plans.pendingMinutes(staff.viewer(), m.id())));
    }

    @PostMapping("/verwaltung/sitzungen/{id}/abschnitt")
    String section(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, @RequestParam Map<String, String> form,
                   Model model, RedirectAttributes redirect) {
        return command(user, csrf, id, form, model, redirect, "meetings.agenda.sectionAdded",
                (staff, m) -> () -> builder.addSection(m.id(), FormValues.text(form, "sectionName"), FormValues.checked(form, "sectionPublic")));
    }

    @PostMapping("/verwaltung/sitzungen/{id}/punkt")
    String item(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, @RequestParam Map<String, String> form,
                Model model, RedirectAttributes redirect) {
        return command(user, csrf, id, form, model, redirect, "meetings.agenda.itemAdded",
                (staff, m) -> withRegularien(m, FormValues.checked(form, "urgent"), () -> builder.addItem(m.id(), FormValues.id(form, "parent"),
                        FormValues.text(form, "itemName"), FormValues.text(form, "treatment"), FormValues.checked(form, "itemPublic"),
                        FormValues.checked(form, "urgent"))));
    }

    @PostMapping("/verwaltung/sitzungen/{id}/vorlage")
    String place(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, @RequestParam Map<String, String> form,
                 Model model, RedirectAttributes redirect) {
        Long consultation = FormValues.id(form, "consultation");
        return command(user, csrf, id, form, model, redirect, "meetings.agenda.paperPlaced", (staff, m) -> consultation == null
                ? () -> MeetingCommandResult.rejected(Map.of("consultation", "meetings.error.notInInbox"))
                : withRegularien(m, FormValues.checked(form, "urgent"),
                () -> builder.placePaper(m.id(), consultation, FormValues.id(form, "parent"), FormValues.checked(form, "urgent"))));
    }

    @PostMapping("/verwaltung/sitzungen/{id}/verschieben")
    String reorder(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, @RequestParam Map<String, String> form,
                   Model model, RedirectAttributes redirect) {
        Long item = FormValues.id(form, "item");
        AgendaNumbering.Direction direction = "hoch".equals(form.get("direction")) ? AgendaNumbering.Direction.UP : AgendaNumbering.Direction.DOWN;
        return command(user, csrf, id, form, model, redirect, "meetings.agenda.moved", (staff, m) -> () -> item == null
                ? MeetingCommandResult.rejected(Map.of("item", "meetings.error.item"))
                : builder.moveItem(m.id(), item, direction));
    }

    @PostMapping("/verwaltung/sitzungen/{id}/abschnitt-wechseln")
    String moveToSection(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, @RequestParam Map<String, String> form,
                         Model model, RedirectAttributes redirect) {
        Long item = FormValues.id(form, "item");
        Long section = FormValues.id(form, "section");
        return command(user, csrf, id, form, model, redirect, "meetings.agenda.moved", (staff, m) -> () -> item == null || section == null
                ? MeetingCommandResult.rejected(Map.of("item", "meetings.error.parent"))
                : builder.moveToSection(m.id(), item, section));
    }

    @PostMapping("/verwaltung/sitzungen/{id}/absetzen")
    String remove(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, @RequestParam Map<String, String> form,
                  Model model, RedirectAttributes redirect) {
        Long item = FormValues.id(form, "item");
        return command(user, csrf, id, form, model, redirect, "meetings.agenda.removed", (staff, m) -> () -> item == null
                ? MeetingCommandResult.rejected(Map.of("item", "meetings.error.item"))
                : builder.removeItem(m.id(), item));
    }

    /** An urgent addition appears in the text of TOP 1.3 at once (same transaction). */
    private Supplier<MeetingCommandResult> withRegularien(PlannedMeeting m, boolean urgent, Supplier<MeetingCommandResult> command) {
        return () -> {
            MeetingCommandResult result = command.get();
            if (result.ok() && urgent) {
                itemRecording.recomposeRegularien(m.id());
            }
            return result;
        };
    }

    private interface Command {
        Supplier<MeetingCommandResult> of(StaffUser staff, PlannedMeeting meeting);
    }

    private String command(SignedInUser user, CsrfToken csrf, String id, Map<String, String> form, Model model,
                           RedirectAttributes redirect, String noticeKey, Command command) {
        StaffUser staff = access.staff(user);
        PlannedMeeting meeting = access.meeting(staff, id);
        MeetingCommandResult result = desk.run(staff, command.of(staff, meeting));
        if (!result.ok()) {
            return page(staff, csrf, meeting, form, result.errors(), model);
        }
        redirect.addFlashAttribute("notice", text.get(noticeKey));
        return "redirect:/verwaltung/sitzungen/" + meeting.id() + ("meetings.moved".equals(noticeKey) || "meetings.cancelled".equals(noticeKey)
                ? "" : "#tagesordnung");
    }

    String page(StaffUser staff, CsrfToken csrf, PlannedMeeting meeting, Map<String, String> form, Map<String, String> errors, Model model) {
        PlannedMeeting current = plans.meeting(staff.viewer(), meeting.id()).orElse(meeting);
        List<PlannedItem> agenda = plans.agenda(staff.viewer(), meeting.id());
        model.addAttribute("text", text);
        model.addAttribute("page", access.pages().frame(staff, MeetingsConfiguration.SECTION, csrf));
        model.addAttribute("meeting", current);
        model.addAttribute("agenda", agenda);
        model.addAttribute("sections", agenda.stream().filter(i -> i.heading() && i.templateKey() == null).toList());
        model.addAttribute("hasRegularien", agenda.stream().anyMatch(i -> "REGULARIEN".equals(i.templateKey())));
        model.addAttribute("inbox", current.cancelled() ? List.of() : plans.inbox(staff.viewer(), meeting.id()));
        model.addAttribute("locations", plans.locations(staff.viewer()));
        model.addAttribute("history", changes.of("meeting", meeting.id()));
        model.addAttribute("late", agenda.stream().filter(i -> i.addedAfterInvitationAt() != null).toList());
        model.addAttribute("form", new LinkedHashMap<>(form));
        model.addAttribute("errors", errors);
        return "backoffice/meetings/meeting";
    }
}
