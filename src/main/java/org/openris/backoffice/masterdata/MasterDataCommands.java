package org.openris.backoffice.masterdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openris.backoffice.ChangeLog;
import org.openris.backoffice.StaffUser;
import org.openris.body.TermManagement;
import org.openris.body.TermRules;
import org.openris.organization.MembershipData;
import org.openris.organization.OrganizationData;
import org.openris.organization.OrganizationManagement;
import org.openris.person.PersonData;
import org.openris.person.PersonManagement;
import org.openris.shared.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One transaction per master-data use case: the command of the domain module and its change-log
 * entry (before/after fields) commit together or not at all. A rejected command writes nothing.
 */
@Service
class MasterDataCommands {

    private final OrganizationManagement organizations;
    private final PersonManagement persons;
    private final TermManagement terms;
    private final ChangeLog changes;

    MasterDataCommands(OrganizationManagement organizations, PersonManagement persons, TermManagement terms, ChangeLog changes) {
        this.organizations = organizations;
        this.persons = persons;
        this.terms = terms;
        this.changes = changes;
    }

    @Transactional
    public Outcome createOrganization(StaffUser by, long bodyId, OrganizationData data) {
        Outcome outcome = organizations.create(bodyId, data);
        if (outcome.accepted()) {
            changes.record(by, "organization", outcome.id(), "CREATED", "Organisation angelegt: " + data.name().trim(), Map.of(), data.fields());
        }
        return outcome;
    }

    @Transactional
    public Outcome updateOrganization(StaffUser by, long id, OrganizationData data) {
        OrganizationData before = organizations.find(id).orElseThrow().data();
        Outcome outcome = organizations.update(id, data);
        if (outcome.accepted()) {
            changes.record(by, "organization", id, "UPDATED", "Organisation geändert: " + data.name().trim(), before.fields(), data.fields());
        }
        return outcome;
    }

    @Transactional
    public Outcome createTerm(StaffUser by, long bodyId, TermRules.Term term) {
        Outcome outcome = terms.create(bodyId, term);
        if (outcome.accepted()) {
            changes.record(by, "legislativeTerm", outcome.id(), "CREATED", "Wahlperiode angelegt: " + term.name().trim(), Map.of(), fields(term));
        }
        return outcome;
    }

    @Transactional
    public Outcome updateTerm(StaffUser by, long id, TermRules.Term term) {
        TermManagement.StoredTerm stored = terms.find(id).orElseThrow();
        Outcome outcome = terms.update(id, term);
        if (outcome.accepted()) {
            changes.record(by, "legislativeTerm", id, "UPDATED", "Wahlperiode geändert: " + term.name().trim(),
                    fields(new TermRules.Term(id, stored.name(), stored.startDate(), stored.endDate())), fields(term));
        }
        return outcome;
    }

    @Transactional
    public Outcome createPerson(StaffUser by, long bodyId, PersonData data, boolean withContact) {
        Outcome outcome = persons.create(bodyId, data, withContact);
        if (outcome.accepted()) {
            changes.record(by, "person", outcome.id(), "CREATED", "Person angelegt: " + data.displayName(), Map.of(), data.fields(withContact));
        }
        return outcome;
    }

    @Transactional
    public Outcome updatePerson(StaffUser by, long id, PersonData data, boolean withContact) {
        PersonData before = persons.find(id).orElseThrow().data();
        Outcome outcome = persons.update(id, data, withContact);
        if (outcome.accepted()) {
            changes.record(by, "person", id, "UPDATED", "Person geändert: " + data.displayName(), before.fields(withContact),
                    data.fields(withContact));
        }
        return outcome;
    }

    /** The change log keeps only that the person was anonymised, not the erased values. */
    @Transactional
    public Outcome anonymisePerson(StaffUser by, long id) {
        Outcome outcome = persons.anonymise(id);
        if (outcome.accepted()) {
            changes.record(by, "person", id, "ANONYMISED", "Ehemaliges Mitglied anonymisiert (DSGVO Art. 17)", Map.of("anonymised", false),
                    Map.of("anonymised", true));
        }
        return outcome;
    }

    @Transactional
    public Outcome addMembership(StaffUser by, MembershipData data) {
        Outcome outcome = organizations.addMembership(data);
        if (outcome.accepted()) {
            // the organization's history names the person: an id alone tells the council office nothing
            String who = persons.find(data.personId()).map(p -> p.data().displayName()).orElse("Person " + data.personId());
            changes.record(by, "membership", outcome.id(), "CREATED", "Mitgliedschaft eingetragen: " + who, Map.of(), data.fields());
            changes.record(by, "organization", data.organizationId(), "MEMBERSHIP_ADDED", "Mitgliedschaft eingetragen: " + who,
                    Map.of(), Map.of("membershipId", outcome.id()));
        }
        return outcome;
    }

    @Transactional
    public Outcome endMembership(StaffUser by, long id, LocalDate end) {
        MembershipData before = organizations.membership(id).orElseThrow().data();
        List<Long> deputies = new ArrayList<>();
        Outcome outcome = organizations.endMembership(id, end, deputies);
        if (outcome.accepted()) {
            changes.record(by, "membership", id, "ENDED", "Mitgliedschaft beendet", Map.of("end", text(before.end())), Map.of("end", text(end)));
            for (long deputy : deputies) {
                changes.record(by, "membership", deputy, "ENDED", "Vertretung endet mit der vertretenen Mitgliedschaft " + id,
                        Map.of(), Map.of("end", text(end)));
            }
        }
        return outcome;
    }

    @Transactional
    public Outcome changeMembership(StaffUser by, long id, MembershipData changed) {
        MembershipData before = organizations.membership(id).orElseThrow().data();
        Outcome outcome = organizations.changeMembership(id, changed);
        if (outcome.accepted()) {
            changes.record(by, "membership", id, "ENDED", "Funktion gewechselt: endet vor dem Wechsel, weiter als Mitgliedschaft " + outcome.id(),
                    Map.of("end", text(before.end())), Map.of("end", text(changed.start().minusDays(1))));
            Map<String, Object> after = new LinkedHashMap<>(organizations.membership(outcome.id()).orElseThrow().data().fields());
            changes.record(by, "membership", outcome.id(), "CREATED", "Funktion gewechselt: folgt auf Mitgliedschaft " + id,
                    before.fields(), after);
        }
        return outcome;
    }

    private static Map<String, Object> fields(TermRules.Term term) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", term.name() == null ? null : term.name().trim());
        fields.put("start", term.start());
        fields.put("end", term.end());
        return fields;
    }

    private static String text(LocalDate date) {
        return date == null ? "offen" : date.toString();
    }
}
