package org.openris.backoffice.masterdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openris.backoffice.StaffUser;
import org.openris.body.BodyQueries;
import org.openris.body.TermManagement;
import org.openris.body.TermRules;
import org.openris.identity.SignedInUser;
import org.openris.organization.OrganizationManagement;
import org.openris.shared.FormRejections;
import org.openris.shared.Outcome;
import org.openris.shared.PathIds;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Legislative terms per body (public data). Kept by administrators and by the council office of the
 * body's council; other clerks read them.
 */
@Controller
class TermPages {

    private final MasterDataSupport support;
    private final BodyQueries bodies;
    private final TermManagement terms;
    private final OrganizationManagement organizations;
    private final MasterDataCommands commands;

    TermPages(MasterDataSupport support, BodyQueries bodies, TermManagement terms, OrganizationManagement organizations,
              MasterDataCommands commands) {
        this.support = support;
        this.bodies = bodies;
        this.terms = terms;
        this.organizations = organizations;
        this.commands = commands;
    }

    @GetMapping(MasterDataPaths.TERMS)
    String list(SignedInUser user, CsrfToken csrf, Model model, @RequestParam(name = "hinweis", required = false) String hinweis) {
        StaffUser staff = support.staff(user);
        support.prepare(model, staff, csrf, hinweis);
        List<MasterDataViews.BodyTerms> all = new ArrayList<>();
        for (BodyQueries.BodySummary body : bodies.all()) {
            all.add(new MasterDataViews.BodyTerms(body, bodies.terms(body.id()), mayEdit(staff, body.id())));
        }
        model.addAttribute("bodies", all);
        return "backoffice/masterdata/terms";
    }

    @GetMapping(MasterDataPaths.TERMS + "/neu")
    String createForm(SignedInUser user, CsrfToken csrf, Model model, @RequestParam(name = "koerperschaft", required = false) String body) {
        StaffUser staff = support.staff(user);
        Long bodyId = PathIds.parse(body);
        long chosen = bodyId != null ? bodyId : bodies.mainBody().map(BodyQueries.BodySummary::id).orElseThrow(PathIds::notFound);
        MasterDataSupport.forbidUnless(mayEdit(staff, chosen));
        return page(model, staff, csrf, null, chosen, new MasterForm(Map.of("bodyId", Long.toString(chosen))));
    }

    @PostMapping(MasterDataPaths.TERMS)
    String create(SignedInUser user, CsrfToken csrf, Model model, @RequestParam Map<String, String> fields) {
        StaffUser staff = support.staff(user);
        MasterForm form = new MasterForm(fields);
        Long bodyId = form.id("bodyId");
        if (bodyId == null || bodies.all().stream().noneMatch(b -> b.id() == bodyId)) {
            throw PathIds.notFound();
        }
        MasterDataSupport.forbidUnless(mayEdit(staff, bodyId));
        TermRules.Term term = new TermRules.Term(null, form.text("name"), form.date("start"), form.date("end"));
        FormRejections rejections = form.parseErrors();
        if (rejections.isEmpty()) {
            Outcome outcome = commands.createTerm(staff, bodyId, term);
            if (outcome.accepted()) {
                return MasterDataPaths.redirect(MasterDataPaths.TERMS, "angelegt");
            }
            rejections = outcome.rejections();
        }
        return page(model, staff, csrf, null, bodyId, form.rejected(rejections, support.text()));
    }

    @GetMapping(MasterDataPaths.TERMS + "/{id}")
    String show(SignedInUser user, CsrfToken csrf, Model model, @PathVariable("id") String id,
                @RequestParam(name = "hinweis", required = false) String hinweis) {
        StaffUser staff = support.staff(user);
        TermManagement.StoredTerm term = terms.find(PathIds.required(id)).orElseThrow(PathIds::notFound);
        support.prepare(model, staff, csrf, hinweis);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", term.name());
        values.put("start", MasterForm.show(term.startDate()));
        values.put("end", MasterForm.show(term.endDate()));
        return page(model, staff, csrf, term.id(), term.bodyId(), new MasterForm(values));
    }

    @PostMapping(MasterDataPaths.TERMS + "/{id}")
    String update(SignedInUser user, CsrfToken csrf, Model model, @PathVariable("id") String id, @RequestParam Map<String, String> fields) {
        StaffUser staff = support.staff(user);
        TermManagement.StoredTerm stored = terms.find(PathIds.required(id)).orElseThrow(PathIds::notFound);
        MasterDataSupport.forbidUnless(mayEdit(staff, stored.bodyId()));
        MasterForm form = new MasterForm(fields);
        TermRules.Term term = new TermRules.Term(stored.id(), form.text("name"), form.date("start"), form.date("end"));
        FormRejections rejections = form.parseErrors();
        if (rejections.isEmpty()) {
            Outcome outcome = commands.updateTerm(staff, stored.id(), term);
            if (outcome.accepted()) {
                return MasterDataPaths.redirect(MasterDataPaths.term(stored.id()), "gespeichert");
            }
            rejections = outcome.rejections();
        }
        return page(model, staff, csrf, stored.id(), stored.bodyId(), form.rejected(rejections, support.text()));
    }

    private String page(Model model, StaffUser staff, CsrfToken csrf, Long termId, long bodyId, MasterForm form) {
        if (!model.containsAttribute("page")) {
            support.prepare(model, staff, csrf, null);
        }
        model.addAttribute("form", form);
        model.addAttribute("termId", termId);
        model.addAttribute("bodyId", bodyId);
        model.addAttribute("editable", mayEdit(staff, bodyId));
        model.addAttribute("history", termId == null ? List.of() : support.history("legislativeTerm", termId));
        return "backoffice/masterdata/term";
    }

    /** Administrators, and the council office of one of the body's councils. */
    private boolean mayEdit(StaffUser staff, long bodyId) {
        return staff.roles().administrator() || organizations.councilsOf(bodyId).stream().anyMatch(c -> staff.roles().clerkOf(c));
    }
}
