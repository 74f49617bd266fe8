package org.openris.backoffice.meetings;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openris.backoffice.ChangeLog;
import org.openris.backoffice.StaffUser;
import org.openris.identity.SignedInUser;
import org.openris.meeting.MeetingCommandResult;
import org.openris.meeting.RegularienSettings;
import org.openris.meeting.RegularienTemplate;
import org.openris.meeting.RegularienTemplate.Wording;
import org.openris.shared.PathIds;
import org.openris.shared.UiText;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organization's wording of the opening block "Regularien", edited by its clerk: heading, the
 * three standing items, whether pending minutes are put in for approval, further standing items,
 * with a preview of the block as it will be inserted. The next "Regularien einfügen" uses it;
 * agendas already built keep their wording.
 */
@Controller
class RegularienController {

    private static final String PATH = "/verwaltung/sitzungen/regularien";

    private final MeetingsAccess access;
    private final RegularienSettings settings;
    private final MeetingDesk desk;
    private final ChangeLog changes;
    private final UiText text;

    RegularienController(MeetingsAccess access, RegularienSettings settings, MeetingDesk desk, ChangeLog changes, UiText text) {
        this.access = access;
        this.settings = settings;
        this.desk = desk;
        this.changes = changes;
        this.text = text;
    }

    @GetMapping(PATH)
    String form(SignedInUser user, CsrfToken csrf, @RequestParam(name = "gremium", required = false) String organization, Model model) {
        StaffUser staff = access.staff(user);
        PlanningOrganization selected = organization(staff, organization);
        RegularienSettings.Current current = settings.current(selected.id());
        return page(staff, csrf, selected, current.own(), values(current.wording()), Map.of(), model);
    }

    @PostMapping(PATH)
    String save(SignedInUser user, CsrfToken csrf, @RequestParam(name = "gremium", required = false) String organization,
                @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        StaffUser staff = access.staff(user);
        PlanningOrganization selected = organization(staff, organization);
        boolean reset = "standard".equals(form.get("action"));
        MeetingCommandResult result = desk.run(staff, () -> reset ? settings.reset(selected.id()) : settings.save(selected.id(), wording(form)));
        if (!result.ok()) {
            return page(staff, csrf, selected, settings.current(selected.id()).own(), form, result.errors(), model);
        }
        redirect.addFlashAttribute("notice", text.get(reset ? "regularien.reset" : "regularien.saved"));
        return "redirect:" + PATH + "?gremium=" + selected.id();
    }

    private PlanningOrganization organization(StaffUser staff, String requested) {
        List<PlanningOrganization> organizations = access.organizations(staff);
        if (requested == null || requested.isBlank()) {
            throw PathIds.notFound();
        }
        long id = PathIds.required(requested);
        return organizations.stream().filter(o -> o.id() == id).findFirst().orElseThrow(PathIds::notFound);
    }

    private String page(StaffUser staff, CsrfToken csrf, PlanningOrganization organization, boolean own, Map<String, String> form,
                        Map<String, String> errors, Model model) {
        Wording shown = wording(form);
        model.addAttribute("text", text);
        model.addAttribute("page", access.pages().frame(staff, MeetingsConfiguration.SECTION, csrf));
        model.addAttribute("organization", organization);
        model.addAttribute("own", own);
        model.addAttribute("form", new LinkedHashMap<>(form));
        model.addAttribute("errors", errors);
        model.addAttribute("preview", errors.isEmpty() ? preview(shown) : List.of());
        model.addAttribute("history", changes.of("organization", organization.id()).stream()
                .filter(c -> "regularien".equals(c.action())).toList());
        return "backoffice/meetings/regularien";
    }

    /** The block as it will be inserted as first agenda item, with one stand-in line for pending minutes. */
    private List<String> preview(Wording wording) {
        List<RegularienTemplate.Item> items = RegularienTemplate.items(wording,
                List.of(new RegularienTemplate.PendingMinutes(null, "", java.time.LocalDate.EPOCH)));
        List<String> lines = new java.util.ArrayList<>();
        int n = 0;
        for (RegularienTemplate.Item item : items) {
            String name = RegularienTemplate.MINUTES_APPROVAL.equals(item.templateKey()) ? text.get("regularien.preview.approval") : item.name();
            lines.add(item.heading() ? "1. " + name : "1." + (++n) + " " + name);
        }
        return lines;
    }

    private static Map<String, String> values(Wording w) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("heading", w.heading());
        form.put("coSigner", w.coSigner() == null ? "" : w.coSigner());
        form.put("participationBan", w.participationBan() == null ? "" : w.participationBan());
        form.put("agendaConfirmation", w.agendaConfirmation() == null ? "" : w.agendaConfirmation());
        if (w.minutesApproval()) {
            form.put("minutesApproval", "on");
        }
        form.put("furtherItems", String.join("\n", w.furtherItems()));
        return form;
    }

    private static Wording wording(Map<String, String> form) {
        String further = form.getOrDefault("furtherItems", "");
        return new Wording(form.getOrDefault("heading", ""), form.get("coSigner"), form.get("participationBan"),
                form.get("agendaConfirmation"), form.containsKey("minutesApproval"),
                Arrays.stream(further.split("\\R")).filter(l -> !l.isBlank()).toList());
    }
}
