package org.openris.backoffice.masterdata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openris.backoffice.StaffUser;
import org.openris.body.BodyQueries;
import org.openris.identity.SignedInUser;
import org.openris.organization.OrganizationQueries;
import org.openris.person.PersonData;
import org.openris.person.PersonManagement;
import org.openris.person.PersonQueries;
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
 * Persons: search by name, create, edit the name parts (contact data: administrators), anonymise a
 * former member (administrators, with a confirm step). Clerks edit the persons with a membership in
 * an organization they run and persons not yet assigned anywhere; other visible persons read-only.
 */
@Controller
class PersonPages {

    private static final int LIMIT = 200;

    private final MasterDataSupport support;
    private final PersonQueries queries;
    private final PersonManagement management;
    private final OrganizationQueries organizations;
    private final BodyQueries bodies;
    private final MasterDataCommands commands;

    PersonPages(MasterDataSupport support, PersonQueries queries, PersonManagement management, OrganizationQueries organizations,
                BodyQueries bodies, MasterDataCommands commands) {
        this.support = support;
        this.queries = queries;
        this.management = management;
        this.organizations = organizations;
        this.bodies = bodies;
        this.commands = commands;
    }

    @GetMapping(MasterDataPaths.PERSONS)
    String list(SignedInUser user, CsrfToken csrf, Model model, @RequestParam(name = "q", required = false) String q,
                @RequestParam(name = "hinweis", required = false) String hinweis) {
        StaffUser staff = support.staff(user);
        support.prepare(model, staff, csrf, hinweis);
        String query = q == null ? "" : q.trim();
        if (query.length() > 100) {
            query = query.substring(0, 100);
        }
        List<MasterDataViews.Hit> hits = new java.util.ArrayList<>();
        queries.search(staff.viewer(), query, LIMIT).forEach(p -> hits.add(new MasterDataViews.Hit(p.id(), p.sortName(), p.current(), false)));
        if (!staff.roles().administrator()) {
            management.unassigned(query, 50).forEach(p -> hits.add(new MasterDataViews.Hit(p.id(),
                    p.familyName() + (p.givenName() == null ? "" : ", " + p.givenName()), false, true)));
        }
        model.addAttribute("q", query);
        model.addAttribute("hits", hits);
        model.addAttribute("limited", hits.size() >= LIMIT);
        return "backoffice/masterdata/persons";
    }

    @GetMapping(MasterDataPaths.PERSONS + "/neu")
    String createForm(SignedInUser user, CsrfToken csrf, Model model) {
        StaffUser staff = support.staff(user);
        support.prepare(model, staff, csrf, null);
        Map<String, String> defaults = new LinkedHashMap<>();
        // the body of the organizations the clerk runs, else the installation's main body
        staff.roles().clerkOf().stream().sorted().map(organizations::bodyOf).flatMap(Optional::stream).findFirst()
                .or(() -> bodies.mainBody().map(b -> b.id()))
                .ifPresent(b -> defaults.put("bodyId", Long.toString(b)));
        return page(model, staff, null, new MasterForm(defaults), true);
    }

    @PostMapping(MasterDataPaths.PERSONS)
    String create(SignedInUser user, CsrfToken csrf, Model model, @RequestParam Map<String, String> fields) {
        StaffUser staff = support.staff(user);
        MasterForm form = new MasterForm(fields);
        Long bodyId = form.id("bodyId");
        FormRejections rejections = form.parseErrors();
        if (bodyId == null || bodies.all().stream().noneMatch(b -> b.id() == bodyId)) {
            rejections.reject("bodyId", "masterdata.error.choose");
        }
        boolean withContact = staff.roles().administrator();
        if (rejections.isEmpty()) {
            Outcome outcome = commands.createPerson(staff, bodyId, data(form), withContact);
            if (outcome.accepted()) {
                return MasterDataPaths.redirect(MasterDataPaths.person(outcome.id()), "angelegt");
            }
            rejections = outcome.rejections();
        }
        support.prepare(model, staff, csrf, null);
        return page(model, staff, null, form.rejected(rejections, support.text()), true);
    }

    @GetMapping(MasterDataPaths.PERSONS + "/{id}")
    String show(SignedInUser user, CsrfToken csrf, Model model, @PathVariable("id") String id,
                @RequestParam(name = "hinweis", required = false) String hinweis) {
        StaffUser staff = support.staff(user);
        long personId = visible(staff, id);
        support.prepare(model, staff, csrf, hinweis);
        PersonManagement.StoredPerson stored = management.find(personId).orElseThrow(PathIds::notFound);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("formOfAddress", MasterForm.show(stored.formOfAddress()));
        values.put("title", MasterForm.show(stored.title()));
        values.put("givenName", MasterForm.show(stored.givenName()));
        values.put("affix", MasterForm.show(stored.affix()));
        values.put("familyName", stored.familyName());
        values.put("status", MasterForm.show(stored.status()));
        if (staff.roles().administrator()) {
            values.put("email", MasterForm.show(stored.email()));
            values.put("phone", MasterForm.show(stored.phone()));
            values.put("contactPublic", stored.contactPublic() ? "on" : "");
        }
        return page(model, staff, personId, new MasterForm(values), mayEdit(staff, personId));
    }

    @PostMapping(MasterDataPaths.PERSONS + "/{id}")
    String update(SignedInUser user, CsrfToken csrf, Model model, @PathVariable("id") String id, @RequestParam Map<String, String> fields) {
        StaffUser staff = support.staff(user);
        long personId = visible(staff, id);
        MasterDataSupport.forbidUnless(mayEdit(staff, personId));
        MasterForm form = new MasterForm(fields);
        Outcome outcome = commands.updatePerson(staff, personId, data(form), staff.roles().administrator());
        if (outcome.accepted()) {
            return MasterDataPaths.redirect(MasterDataPaths.person(personId), "gespeichert");
        }
        support.prepare(model, staff, csrf, null);
        return page(model, staff, personId, form.rejected(outcome.rejections(), support.text()), true);
    }

    @GetMapping(MasterDataPaths.PERSONS + "/{id}/anonymisieren")
    String confirmAnonymisation(SignedInUser user, CsrfToken csrf, Model model, @PathVariable("id") String id) {
        StaffUser staff = support.staff(user);
        long personId = visible(staff, id);
        MasterDataSupport.forbidUnless(staff.roles().administrator());
        support.prepare(model, staff, csrf, null);
        return anonymisePage(model, personId, MasterForm.empty());
    }

    @PostMapping(MasterDataPaths.PERSONS + "/{id}/anonymisieren")
    String anonymise(SignedInUser user, CsrfToken csrf, Model model, @PathVariable("id") String id, @RequestParam Map<String, String> fields) {
        StaffUser staff = support.staff(user);
        long personId = visible(staff, id);
        MasterDataSupport.forbidUnless(staff.roles().administrator());
        MasterForm form = new MasterForm(fields);
        FormRejections rejections = new FormRejections();
        if (!form.checked("confirm")) {
            rejections.reject("confirm", "masterdata.anonymise.error.confirm");
        } else {
            Outcome outcome = commands.anonymisePerson(staff, personId);
            if (outcome.accepted()) {
                return MasterDataPaths.redirect(MasterDataPaths.person(personId), "anonymisiert");
            }
            rejections = outcome.rejections();
        }
        support.prepare(model, staff, csrf, null);
        return anonymisePage(model, personId, form.rejected(rejections, support.text()));
    }

    private String anonymisePage(Model model, long personId, MasterForm form) {
        PersonManagement.StoredPerson stored = management.find(personId).orElseThrow(PathIds::notFound);
        model.addAttribute("form", form);
        model.addAttribute("personId", personId);
        model.addAttribute("name", stored.data().displayName());
        model.addAttribute("anonymised", stored.anonymised());
        model.addAttribute("currentMemberships", management.currentOrFutureMemberships(personId));
        return "backoffice/masterdata/anonymise";
    }

    private String page(Model model, StaffUser staff, Long personId, MasterForm form, boolean editable) {
        Optional<PersonManagement.StoredPerson> stored = personId == null ? Optional.empty() : management.find(personId);
        model.addAttribute("form", form);
        model.addAttribute("bodies", bodies.all().stream().map(b -> new Choice(Long.toString(b.id()), b.name())).toList());
        model.addAttribute("personId", personId);
        model.addAttribute("editable", editable && stored.map(p -> !p.anonymised()).orElse(true));
        model.addAttribute("anonymised", stored.map(PersonManagement.StoredPerson::anonymised).orElse(false));
        model.addAttribute("withContact", staff.roles().administrator());
        model.addAttribute("mayAnonymise", staff.roles().administrator() && stored.map(p -> !p.anonymised()).orElse(false));
        model.addAttribute("memberships", personId == null ? List.of() : organizations.membershipsOf(staff.viewer(), personId));
        model.addAttribute("history", personId == null ? List.of() : support.history("person", personId));
        return "backoffice/masterdata/person";
    }

    private boolean mayEdit(StaffUser staff, long personId) {
        return management.mayEdit(personId, staff.roles().administrator(), staff.roles().clerkOf());
    }

    /** A person the staff member sees (visibility rules) or may edit (not yet assigned); 404 otherwise. */
    private long visible(StaffUser staff, String id) {
        long personId = PathIds.required(id);
        if (queries.findById(staff.viewer(), personId).isEmpty() && !mayEdit(staff, personId)) {
            throw PathIds.notFound();
        }
        return personId;
    }

    private static PersonData data(MasterForm form) {
        return new PersonData(form.text("formOfAddress"), form.text("title"), form.text("givenName"), form.text("affix"),
                form.text("familyName"), form.text("status"), form.text("email"), form.text("phone"), form.checked("contactPublic"));
    }
}
