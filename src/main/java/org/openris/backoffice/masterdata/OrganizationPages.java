package org.openris.backoffice.masterdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openris.backoffice.StaffUser;
import org.openris.body.BodyQueries;
import org.openris.identity.SignedInUser;
import org.openris.organization.OrganizationData;
import org.openris.organization.OrganizationManagement;
import org.openris.organization.OrganizationQueries;
import org.openris.organization.OrganizationRules;
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
 * Organizations: the list grouped by kind, the master data of one organization with its members
 * and history. Clerks edit the organizations they run and see the others read-only; only
 * administrators create organizations. Hidden organizations answer 404.
 */
@Controller
class OrganizationPages {

    /** The list's groups and the kinds in each. */
    static final Map<String, List<String>> GROUPS = groups();

    private final MasterDataSupport support;
    private final OrganizationQueries queries;
    private final OrganizationManagement management;
    private final BodyQueries bodies;
    private final MasterDataCommands commands;

    OrganizationPages(MasterDataSupport support, OrganizationQueries queries, OrganizationManagement management, BodyQueries bodies,
                      MasterDataCommands commands) {
        this.support = support;
        this.queries = queries;
        this.management = management;
        this.bodies = bodies;
        this.commands = commands;
    }

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("council", List.of("COUNCIL"));
        groups.put("committees", List.of("COMMITTEE"));
        groups.put("districts", List.of("DISTRICT_COUNCIL"));
        groups.put("factions", List.of("FACTION", "GROUP"));
        groups.put("units", List.of("ADMINISTRATIVE_UNIT"));
        groups.put("other", List.of("PARTY", "ADVISORY_BOARD", "SPECIAL_BODY", "EXTERNAL_BODY", "OTHER"));
        return groups;
    }

    @GetMapping(MasterDataPaths.ROOT)
    String list(SignedInUser user, CsrfToken csrf, Model model, @RequestParam(name = "hinweis", required = false) String hinweis) {
        StaffUser staff = support.staff(user);
        List<OrganizationQueries.OrganizationEntry> all = queries.all(staff.viewer());
        List<MasterDataViews.Group> groups = new ArrayList<>();
        GROUPS.forEach((key, kinds) -> groups.add(new MasterDataViews.Group(key, all.stream().filter(o -> kinds.contains(o.kind()))
                .map(o -> new MasterDataViews.Row(o, staff.roles().clerkOf(o.id()))).toList())));
        support.prepare(model, staff, csrf, hinweis);
        model.addAttribute("groups", groups);
        model.addAttribute("mayCreate", staff.roles().administrator());
        return "backoffice/masterdata/organizations";
    }

    @GetMapping(MasterDataPaths.ORGANIZATIONS + "/neu")
    String createForm(SignedInUser user, CsrfToken csrf, Model model) {
        StaffUser staff = support.staff(user);
        MasterDataSupport.forbidUnless(staff.roles().administrator());
        Map<String, String> defaults = new LinkedHashMap<>();
        bodies.mainBody().ifPresent(b -> defaults.put("bodyId", Long.toString(b.id())));
        return form(model, staff, csrf, null, new MasterForm(defaults));
    }

    @PostMapping(MasterDataPaths.ORGANIZATIONS)
    String create(SignedInUser user, CsrfToken csrf, Model model, @RequestParam Map<String, String> fields) {
        StaffUser staff = support.staff(user);
        MasterDataSupport.forbidUnless(staff.roles().administrator());
        MasterForm form = new MasterForm(fields);
        Long bodyId = form.id("bodyId");
        if (bodyId == null || bodies.all().stream().noneMatch(b -> b.id() == bodyId)) {
            form.parseErrors().reject("bodyId", "masterdata.error.choose");
        }
        OrganizationData data = data(form);
        if (!form.parseErrors().isEmpty()) {
            return form(model, staff, csrf, null, form.rejected(form.parseErrors(), support.text()));
        }
        Outcome outcome = commands.createOrganization(staff, bodyId, data);
        if (!outcome.accepted()) {
            return form(model, staff, csrf, null, form.rejected(outcome.rejections(), support.text()));
        }
        return MasterDataPaths.redirect(MasterDataPaths.organization(outcome.id()), "angelegt");
    }

    @GetMapping(MasterDataPaths.ORGANIZATIONS + "/{id}")
    String show(SignedInUser user, CsrfToken csrf, Model model, @PathVariable("id") String id,
                @RequestParam(name = "hinweis", required = false) String hinweis) {
        StaffUser staff = support.staff(user);
        long organizationId = visible(staff, id);
        support.prepare(model, staff, csrf, hinweis);
        return form(model, staff, csrf, organizationId, formOf(management.find(organizationId).orElseThrow(PathIds::notFound)));
    }

    @PostMapping(MasterDataPaths.ORGANIZATIONS + "/{id}")
    String update(SignedInUser user, CsrfToken csrf, Model model, @PathVariable("id") String id, @RequestParam Map<String, String> fields) {
        StaffUser staff = support.staff(user);
        long organizationId = visible(staff, id);
        MasterDataSupport.forbidUnless(staff.roles().clerkOf(organizationId));
        MasterForm form = new MasterForm(fields);
        OrganizationData data = data(form);
        FormRejections rejections = form.parseErrors();
        if (rejections.isEmpty()) {
            Outcome outcome = commands.updateOrganization(staff, organizationId, data);
            if (outcome.accepted()) {
                return MasterDataPaths.redirect(MasterDataPaths.organization(organizationId), "gespeichert");
            }
            rejections = outcome.rejections();
        }
        return form(model, staff, csrf, organizationId, form.rejected(rejections, support.text()));
    }

    /** The id of an organization the staff member sees; 404 otherwise. */
    long visible(StaffUser staff, String id) {
        long organizationId = PathIds.required(id);
        queries.findById(staff.viewer(), organizationId).orElseThrow(PathIds::notFound);
        return organizationId;
    }

    private String form(Model model, StaffUser staff, CsrfToken csrf, Long organizationId, MasterForm form) {
        if (!model.containsAttribute("page")) {
            support.prepare(model, staff, csrf, null);
        }
        long bodyId = organizationId == null ? bodyOf(form) : management.find(organizationId).orElseThrow().bodyId();
        List<Choice> parents = new ArrayList<>();
        queries.ofBody(staff.viewer(), bodyId).stream().filter(o -> organizationId == null || o.id() != organizationId)
                .forEach(o -> parents.add(new Choice(Long.toString(o.id()), o.name())));
        model.addAttribute("form", form);
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("editable", organizationId == null || staff.roles().clerkOf(organizationId));
        model.addAttribute("kinds", OrganizationRules.KINDS.stream()
                .map(k -> new Choice(k, support.text().get("masterdata.kind." + k))).toList());
        model.addAttribute("bodies", bodies.all().stream().map(b -> new Choice(Long.toString(b.id()), b.name())).toList());
        model.addAttribute("parents", parents);
        if (organizationId != null) {
            model.addAttribute("members", queries.membershipHistory(staff.viewer(), organizationId));
            model.addAttribute("history", support.history("organization", organizationId));
        } else {
            model.addAttribute("members", List.of());
            model.addAttribute("history", List.of());
        }
        return "backoffice/masterdata/organization";
    }

    private long bodyOf(MasterForm form) {
        Long id = PathIds.parse(form.value("bodyId"));
        return id != null ? id : bodies.mainBody().map(b -> b.id()).orElse(0L);
    }

    private static OrganizationData data(MasterForm form) {
        return new OrganizationData(form.text("name"), form.text("shortName"), form.text("kind"), form.text("classification"),
                form.id("parentId"), form.text("unitCode"), form.date("startDate"), form.date("endDate"), form.checked("public"),
                form.number("noticePeriodDays"));
    }

    private static MasterForm formOf(OrganizationManagement.StoredOrganization o) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("bodyId", Long.toString(o.bodyId()));
        values.put("name", o.name());
        values.put("shortName", MasterForm.show(o.shortName()));
        values.put("kind", o.kind());
        values.put("classification", MasterForm.show(o.classification()));
        values.put("parentId", MasterForm.show(o.parentId()));
        values.put("unitCode", MasterForm.show(o.unitCode()));
        values.put("startDate", MasterForm.show(o.startDate()));
        values.put("endDate", MasterForm.show(o.endDate()));
        values.put("public", o.isPublic() ? "on" : "");
        values.put("noticePeriodDays", MasterForm.show(o.noticePeriodDays()));
        return new MasterForm(values);
    }
}
