package org.openris.backoffice.followups;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.openris.backoffice.BackofficePages;
import org.openris.backoffice.ChangeLog;
import org.openris.backoffice.StaffUser;
import org.openris.decision.FollowUpManagement;
import org.openris.decision.FollowUpQueries;
import org.openris.decision.FollowUpQueries.FollowUpRow;
import org.openris.identity.SignedInUser;
import org.openris.identity.StaffRoles;
import org.openris.shared.PathIds;
import org.openris.shared.UiText;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Beschlusskontrolle in the back office (issue 7): the follow-ups of the decisions a user is
 * responsible for – administrators all, clerks those of their organizations' meetings, department
 * authors those of their units – with a traffic light (overdue, due within 14 days, open, done),
 * filters by organization, unit and state, and the update (in progress with a note, done with the
 * closing paper, cancelled, reopened).
 */
@Controller
class FollowUpsController {

    static final String SECTION = "followUps";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final BackofficePages pages;
    private final FollowUpQueries queries;
    private final FollowUpManagement management;
    private final ChangeLog changes;
    private final TransactionTemplate transaction;
    private final UiText text;
    private final Clock clock;

    FollowUpsController(BackofficePages pages, FollowUpQueries queries, FollowUpManagement management, ChangeLog changes,
                        TransactionTemplate transaction, UiText text, Clock clock) {
        this.pages = pages;
        this.queries = queries;
        this.management = management;
        this.changes = changes;
        this.transaction = transaction;
        this.text = text;
        this.clock = clock;
    }

    static boolean mayOpen(StaffRoles.Assignments a) {
        return a.administrator() || a.anyClerk() || !a.authorOf().isEmpty();
    }

    static boolean responsible(StaffRoles.Assignments a, FollowUpRow row) {
        return a.administrator() || a.clerkOf(row.organizationId()) || (row.unitId() != null && a.authorOf().contains(row.unitId()));
    }

    @GetMapping("/verwaltung/beschlusskontrolle")
    String list(SignedInUser user, CsrfToken csrf, @RequestParam(name = "gremium", required = false) String organization,
                @RequestParam(name = "dienststelle", required = false) String unit, @RequestParam(name = "stand", required = false) String state,
                Model model) {
        StaffUser staff = pages.require(user, FollowUpsController::mayOpen);
        return page(staff, csrf, organization, unit, state, Map.of(), null, model);
    }

    @PostMapping("/verwaltung/beschlusskontrolle/{id}")
    String update(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, @RequestParam Map<String, String> form, Model model,
                  RedirectAttributes redirect) {
        StaffUser staff = pages.require(user, FollowUpsController::mayOpen);
        long followUp = PathIds.required(id);
        FollowUpRow row = queries.list(staff.viewer()).stream().filter(r -> r.id() == followUp && responsible(staff.roles(), r))
                .findFirst().orElseThrow(PathIds::notFound);
        FollowUpManagement.Result result = transaction.execute(status -> {
            FollowUpManagement.Result r = management.update(row.id(), new FollowUpManagement.Update(form.get("status"), form.get("progressNote"),
                    form.get("closingPaper")));
            if (!r.ok()) {
                status.setRollbackOnly();
                return r;
            }
            changes.record(staff, "follow_up", row.id(), "update", "Beschlusskontrolle: " + abbreviate(row.description()) + " – "
                    + text.get("followUps.status." + form.get("status")), r.before(), r.after());
            return r;
        });
        if (!result.ok()) {
            return page(staff, csrf, null, null, null, result.errors(), row.id(), model);
        }
        redirect.addFlashAttribute("notice", text.get("followUps.saved"));
        return "redirect:/verwaltung/beschlusskontrolle#wv-" + row.id();
    }

    private String page(StaffUser staff, CsrfToken csrf, String organization, String unit, String state, Map<String, String> errors,
                        Long failed, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(BERLIN));
        List<FollowUpRow> mine = queries.list(staff.viewer()).stream().filter(r -> responsible(staff.roles(), r)).toList();
        Long organizationId = PathIds.parse(organization);
        Long unitId = PathIds.parse(unit);
        List<FollowUpRow> shown = mine.stream()
                .filter(r -> organizationId == null || r.organizationId() == organizationId)
                .filter(r -> unitId == null || unitId.equals(r.unitId()))
                .filter(r -> state == null || state.isBlank() || state.equals(r.light(today)))
                .toList();
        model.addAttribute("text", text);
        model.addAttribute("page", pages.frame(staff, SECTION, csrf));
        model.addAttribute("rows", shown);
        model.addAttribute("organizations", mine.stream().map(r -> new FollowUpChoice(r.organizationId(), r.organizationName())).distinct()
                .sorted(java.util.Comparator.comparing(FollowUpChoice::name)).toList());
        model.addAttribute("units", mine.stream().filter(r -> r.unitId() != null).map(r -> new FollowUpChoice(r.unitId(), r.unitName())).distinct()
                .sorted(java.util.Comparator.comparing(FollowUpChoice::name)).toList());
        model.addAttribute("selectedOrganization", organizationId);
        model.addAttribute("selectedUnit", unitId);
        model.addAttribute("selectedState", state == null ? "" : state);
        model.addAttribute("today", today);
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        return "backoffice/followups/list";
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }
}
