package org.openris.backoffice.masterdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openris.backoffice.StaffUser;
import org.openris.identity.SignedInUser;
import org.openris.organization.MembershipData;
import org.openris.organization.MembershipRole;
import org.openris.organization.MembershipRules;
import org.openris.organization.OrganizationManagement;
import org.openris.organization.OrganizationQueries;
import org.openris.person.PersonManagement;
import org.openris.person.PersonNames;
import org.openris.person.PersonQueries;
import org.openris.shared.FormRejections;
import org.openris.shared.GermanFormats;
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
 * Memberships: enter one for an organization the clerk runs; end it (end date) or change the role
 * (the row ends, a new one starts). The history stays.
 */
@Controller
class MembershipPages {

    private final MasterDataSupport support;
    private final OrganizationPages organizationPages;
    private final OrganizationQueries organizations;
    private final OrganizationManagement management;
    private final PersonQueries persons;
    private final PersonManagement personManagement;
    private final MasterDataCommands commands;

    MembershipPages(MasterDataSupport support, OrganizationPages organizationPages, OrganizationQueries organizations,
                    OrganizationManagement management, PersonQueries persons, PersonManagement personManagement, MasterDataCommands commands) {
        this.support = support;
        this.organizationPages = organizationPages;
        this.organizations = organizations;
        this.management = management;
        this.persons = persons;
        this.personManagement = personManagement;
        this.commands = commands;
    }

    @GetMapping(MasterDataPaths.ORGANIZATIONS + "/{id}/mitglieder/neu")
    String newForm(SignedInUser user, CsrfToken csrf, Model model, @PathVariable("id") String id,
                   @RequestParam(name = "person", required = false) String person,
                   @RequestParam(name = "suche", required = false) String search) {
        StaffUser staff = support.staff(user);
        long organizationId = runs(staff, id);
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("role", "MEMBER");
        defaults.put("mandate", "COUNCIL_MEMBER");
        defaults.put("seatCategory", "VOTING_MEMBER");
        defaults.put("start", MasterForm.show(LocalDate.now(GermanFormats.BERLIN)));
        if (PathIds.parse(person) != null) {
            defaults.put("personId", person);
        }
        return newPage(model, staff, csrf, organizationId, new MasterForm(defaults), search == null || search.isBlank() ? null : search.strip());
    }

    @PostMapping(MasterDataPaths.ORGANIZATIONS + "/{id}/mitglieder")
    String add(SignedInUser user, CsrfToken csrf, Model model, @PathVariable("id") String id, @RequestParam Map<String, String> fields) {
        StaffUser staff = support.staff(user);
        long organizationId = runs(staff, id);
        MasterForm form = new MasterForm(fields);
        Long personId = form.id("personId");
        if (personId == null || !personKnown(staff, personId)) {
            form.parseErrors().reject("personId", "masterdata.error.choose");
        } else if (!personManagement.bodyOf(personId).equals(java.util.Optional.of(management.find(organizationId).orElseThrow().bodyId()))) {
            form.parseErrors().reject("personId", "masterdata.error.personOtherBody");
        }
        MembershipData data = data(form, personId == null ? 0 : personId, organizationId, form.date("start"));
        FormRejections rejections = form.parseErrors();
        if (rejections.isEmpty()) {
            Outcome outcome = commands.addMembership(staff, data);
            if (outcome.accepted()) {
                return MasterDataPaths.redirect(MasterDataPaths.organization(organizationId), "eingetragen");
            }
            rejections = outcome.rejections();
        }
        return newPage(model, staff, csrf, organizationId, form.rejected(rejections, support.text()));
    }

    @GetMapping(MasterDataPaths.MEMBERSHIPS + "/{id}")
    String show(SignedInUser user, CsrfToken csrf, Model model, @PathVariable("id") String id,
                @RequestParam(name = "hinweis", required = false) String hinweis) {
        StaffUser staff = support.staff(user);
        OrganizationQueries.HistoricMember member = visible(staff, id);
        support.prepare(model, staff, csrf, hinweis);
        OrganizationManagement.StoredMembership stored = management.membership(member.membershipId()).orElseThrow();
        Map<String, String> change = new LinkedHashMap<>();
        change.put("role", stored.role().name());
        change.put("mandate", stored.mandate());
        change.put("seatCategory", stored.seatCategory());
        change.put("onBehalfOfId", MasterForm.show(stored.onBehalfOfId()));
        change.put("substituteForId", MasterForm.show(stored.substituteForId()));
        change.put("roleLabel", MasterForm.show(stored.roleLabel()));
        return membershipPage(model, staff, member, stored, MasterForm.empty(), new MasterForm(change));
    }

    @PostMapping(MasterDataPaths.MEMBERSHIPS + "/{id}/ende")
    String end(SignedInUser user, CsrfToken csrf, Model model, @PathVariable("id") String id, @RequestParam Map<String, String> fields) {
        StaffUser staff = support.staff(user);
        OrganizationQueries.HistoricMember member = visible(staff, id);
        OrganizationManagement.StoredMembership stored = management.membership(member.membershipId()).orElseThrow();
        MasterDataSupport.forbidUnless(staff.roles().clerkOf(stored.organizationId()));
        MasterForm form = new MasterForm(fields);
        LocalDate end = form.date("end");
        FormRejections rejections = form.parseErrors();
        if (rejections.isEmpty()) {
            Outcome outcome = commands.endMembership(staff, stored.id(), end);
            if (outcome.accepted()) {
                return MasterDataPaths.redirect(MasterDataPaths.membership(stored.id()), "beendet");
            }
            rejections = outcome.rejections();
        }
        support.prepare(model, staff, csrf, null);
        return membershipPage(model, staff, member, stored, form.rejected(rejections, support.text()), MasterForm.empty());
    }

    @PostMapping(MasterDataPaths.MEMBERSHIPS + "/{id}/wechsel")
    String change(SignedInUser user, CsrfToken csrf, Model model, @PathVariable("id") String id, @RequestParam Map<String, String> fields) {
        StaffUser staff = support.staff(user);
        OrganizationQueries.HistoricMember member = visible(staff, id);
        OrganizationManagement.StoredMembership stored = management.membership(member.membershipId()).orElseThrow();
        MasterDataSupport.forbidUnless(staff.roles().clerkOf(stored.organizationId()));
        MasterForm form = new MasterForm(fields);
        MembershipData data = data(form, stored.personId(), stored.organizationId(), form.date("start"));
        FormRejections rejections = form.parseErrors();
        if (rejections.isEmpty()) {
            Outcome outcome = commands.changeMembership(staff, stored.id(), data);
            if (outcome.accepted()) {
                return MasterDataPaths.redirect(MasterDataPaths.membership(outcome.id()), "gewechselt");
            }
            rejections = outcome.rejections();
        }
        support.prepare(model, staff, csrf, null);
        return membershipPage(model, staff, member, stored, MasterForm.empty(), form.rejected(rejections, support.text()));
    }

    /** Persons offered per page: the body's persons matching the search (a large city has thousands). */
    static final int PERSON_CHOICES = 50;

    private String newPage(Model model, StaffUser staff, CsrfToken csrf, long organizationId, MasterForm form) {
        return newPage(model, staff, csrf, organizationId, form, null);
    }

    private String newPage(Model model, StaffUser staff, CsrfToken csrf, long organizationId, MasterForm form, String search) {
        support.prepare(model, staff, csrf, null);
        choices(model, staff, organizationId, null);
        long body = management.find(organizationId).orElseThrow().bodyId();
        List<Choice> people = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        Long chosen = form.id("personId");
        if (chosen != null) {
            persons.findById(staff.viewer(), chosen).ifPresent(p -> {
                people.add(new Choice(Long.toString(p.id()), PersonNames.displayName(p.title(), p.givenName(), p.affix(), p.familyName())));
                seen.add(Long.toString(p.id()));
            });
        }
        persons.searchInBody(staff.viewer(), body, search, PERSON_CHOICES + 1).forEach(p -> {
            if (seen.add(Long.toString(p.id()))) {
                people.add(new Choice(Long.toString(p.id()), p.sortName()));
            }
        });
        personManagement.unassignedInBody(body, search, PERSON_CHOICES).forEach(p -> {
            if (seen.add(Long.toString(p.id()))) {
                people.add(new Choice(Long.toString(p.id()), PersonNames.displayName(p.title(), p.givenName(), p.affix(), p.familyName())
                        + " " + support.text().get("masterdata.persons.unassigned")));
            }
        });
        model.addAttribute("moreThanShown", people.size() > PERSON_CHOICES);
        model.addAttribute("search", search == null ? "" : search);
        model.addAttribute("form", form);
        model.addAttribute("persons", people.size() > PERSON_CHOICES ? people.subList(0, PERSON_CHOICES) : people);
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("organizationName", management.find(organizationId).orElseThrow().name());
        return "backoffice/masterdata/membership-new";
    }

    private String membershipPage(Model model, StaffUser staff, OrganizationQueries.HistoricMember member,
                                  OrganizationManagement.StoredMembership stored, MasterForm endForm, MasterForm changeForm) {
        choices(model, staff, stored.organizationId(), stored.id());
        model.addAttribute("member", member);
        model.addAttribute("stored", stored);
        model.addAttribute("organizationName", management.find(stored.organizationId()).orElseThrow().name());
        model.addAttribute("editable", staff.roles().clerkOf(stored.organizationId()));
        model.addAttribute("endForm", endForm);
        model.addAttribute("changeForm", changeForm);
        model.addAttribute("history", support.history("membership", stored.id()));
        return "backoffice/masterdata/membership";
    }

    /** The select options: roles, mandates, seats, nominating organizations and the members a deputy may stand in for. */
    private void choices(Model model, StaffUser staff, long organizationId, Long except) {
        var text = support.text();
        model.addAttribute("roles", java.util.Arrays.stream(MembershipRole.values())
                .map(r -> new Choice(r.name(), text.get("masterdata.role." + r.name()))).toList());
        model.addAttribute("mandates", MembershipRules.MANDATES.stream().map(m -> new Choice(m, text.get("masterdata.mandate." + m))).toList());
        model.addAttribute("seats", MembershipRules.SEATS.stream().map(s -> new Choice(s, text.get("masterdata.seat." + s))).toList());
        long bodyId = management.find(organizationId).orElseThrow().bodyId();
        List<Choice> nominating = new ArrayList<>();
        organizations.ofBody(staff.viewer(), bodyId).stream().filter(o -> o.id() != organizationId)
                .sorted(java.util.Comparator.comparing(o -> "FACTION".equals(o.kind()) || "GROUP".equals(o.kind()) ? 0 : 1))
                .forEach(o -> nominating.add(new Choice(Long.toString(o.id()), o.name() + " (" + text.get("masterdata.kind." + o.kind()) + ")")));
        model.addAttribute("nominating", nominating);
        LocalDate today = LocalDate.now(GermanFormats.BERLIN);
        model.addAttribute("principals", organizations.membershipHistory(staff.viewer(), organizationId).stream()
                .filter(m -> !"DEPUTY_MEMBER".equals(m.role()) && (m.endDate() == null || !m.endDate().isBefore(today)))
                .filter(m -> except == null || m.membershipId() != except)
                .map(m -> new Choice(Long.toString(m.membershipId()), PersonNames.displayName(m.title(), m.givenName(), m.affix(), m.familyName())
                        + " (" + text.get("masterdata.role." + m.role()) + ", " + text.get("masterdata.since", GermanFormats.date(m.startDate())) + ")"))
                .toList());
    }

    private boolean personKnown(StaffUser staff, long personId) {
        return persons.findById(staff.viewer(), personId).isPresent()
                || personManagement.mayEdit(personId, staff.roles().administrator(), staff.roles().clerkOf());
    }

    /** An organization the staff member runs: 404 when hidden, 403 when only visible. */
    private long runs(StaffUser staff, String id) {
        long organizationId = organizationPages.visible(staff, id);
        MasterDataSupport.forbidUnless(staff.roles().clerkOf(organizationId));
        return organizationId;
    }

    /** A membership the staff member sees (in the organization's history as the viewer sees it); 404 otherwise. */
    private OrganizationQueries.HistoricMember visible(StaffUser staff, String id) {
        long membershipId = PathIds.required(id);
        OrganizationManagement.StoredMembership stored = management.membership(membershipId).orElseThrow(PathIds::notFound);
        if (organizations.findById(staff.viewer(), stored.organizationId()).isEmpty()) {
            throw PathIds.notFound();
        }
        return organizations.membershipHistory(staff.viewer(), stored.organizationId()).stream()
                .filter(m -> m.membershipId() == membershipId).findFirst().orElseThrow(PathIds::notFound);
    }

    private static MembershipData data(MasterForm form, long personId, long organizationId, LocalDate start) {
        MembershipRole role = null;
        String roleText = form.text("role");
        if (roleText != null) {
            try {
                role = MembershipRole.valueOf(roleText);
            } catch (IllegalArgumentException e) {
                form.parseErrors().reject("role", "masterdata.error.choose");
            }
        }
        return new MembershipData(personId, organizationId, role, form.text("mandate"), form.text("seatCategory"), form.id("onBehalfOfId"),
                form.id("substituteForId"), form.text("roleLabel"), start, form.date("end"));
    }
}
