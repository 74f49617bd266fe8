package org.openris.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.openris.shared.FormRejections;
import org.openris.shared.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands on persons (back office): create, edit, anonymise a former member. Writes need the
 * caller's transaction, which also records the change. Who may edit whom is decided by
 * {@link #mayEdit}: administrators everyone; council-office clerks the persons with a membership
 * (any period) in an organization they run, and persons without any membership yet (just created,
 * to be assigned).
 */
@Service
public class PersonManagement {

    private static final String TODAY = "(now() AT TIME ZONE 'Europe/Berlin')::date";

    private final JdbcClient jdbc;

    PersonManagement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored master data (contact data included; callers show it to administrators only). */
    public Optional<StoredPerson> find(long id) {
        return jdbc.sql("SELECT id, body_id, form_of_address, title, given_name, affix, family_name, status, email, phone,"
                        + " contact_public, anonymised_at IS NOT NULL AS anonymised FROM person WHERE id = ? AND deleted_at IS NULL")
                .param(id).query(StoredPerson.class).optional();
    }

    public boolean mayEdit(long personId, boolean administrator, Collection<Long> clerkOf) {
        if (administrator) {
            return find(personId).isPresent();
        }
        if (clerkOf.isEmpty()) {
            return false;
        }
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM person p WHERE p.id = :id AND p.deleted_at IS NULL AND ("
                        + " NOT EXISTS (SELECT 1 FROM membership m WHERE m.person_id = p.id AND m.deleted_at IS NULL)"
                        + " OR EXISTS (SELECT 1 FROM membership m WHERE m.person_id = p.id AND m.deleted_at IS NULL"
                        + " AND m.organization_id IN (:orgs))))")
                .param("id", personId).param("orgs", List.copyOf(clerkOf)).query(Boolean.class).single();
    }

    /** Persons of one body without any membership whose name contains the text. */
    public List<Unassigned> unassignedInBody(long bodyId, String nameContains, int limit) {
        String like = "%" + (nameContains == null ? "" : nameContains.trim().toLowerCase().replace("%", "").replace("_", "")) + "%";
        return jdbc.sql("SELECT p.id, p.title, p.given_name, p.affix, p.family_name FROM person p WHERE p.deleted_at IS NULL AND p.body_id = :body"
                        + " AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.person_id = p.id AND m.deleted_at IS NULL)"
                        + " AND lower(concat_ws(' ', p.given_name, p.affix, p.family_name)) LIKE :like"
                        + " ORDER BY lower(p.family_name), lower(p.given_name), p.id LIMIT :limit")
                .param("body", bodyId).param("like", like).param("limit", limit).query(Unassigned.class).list();
    }

    /** The body a person belongs to. */
    public java.util.Optional<Long> bodyOf(long personId) {
        return jdbc.sql("SELECT body_id FROM person WHERE id = ? AND deleted_at IS NULL").param(personId).query(Long.class).optional();
    }

    /** Persons without any membership (newly created, not yet assigned) whose name contains the text. */
    public List<Unassigned> unassigned(String nameContains, int limit) {
        String like = "%" + (nameContains == null ? "" : nameContains.trim().toLowerCase().replace("%", "").replace("_", "")) + "%";
        return jdbc.sql("SELECT p.id, p.title, p.given_name, p.affix, p.family_name FROM person p WHERE p.deleted_at IS NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.person_id = p.id AND m.deleted_at IS NULL)"
                        + " AND lower(concat_ws(' ', p.given_name, p.affix, p.family_name)) LIKE :like"
                        + " ORDER BY lower(p.family_name), lower(p.given_name), p.id LIMIT :limit")
                .param("like", like).param("limit", limit).query(Unassigned.class).list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome create(long bodyId, PersonData data, boolean withContact) {
        FormRejections rejections = PersonRules.check(data);
        if (!rejections.isEmpty()) {
            return Outcome.rejected(rejections);
        }
        long id = jdbc.sql("INSERT INTO person (body_id, form_of_address, title, given_name, affix, family_name, status,"
                        + " email, phone, contact_public) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(bodyId, trim(data.formOfAddress()), trim(data.title()), trim(data.givenName()), trim(data.affix()),
                        trim(data.familyName()), trim(data.status()), withContact ? trim(data.email()) : null,
                        withContact ? trim(data.phone()) : null, withContact && data.contactPublic())
                .query(Long.class).single();
        return Outcome.accepted(id);
    }

    /** Edits the name parts and status; contact data too when {@code withContact} (administrators). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome update(long id, PersonData data, boolean withContact) {
        StoredPerson stored = find(id).orElseThrow();
        FormRejections rejections = stored.anonymised() ? new FormRejections().reject("familyName", "masterdata.person.error.anonymisedReadOnly")
                : PersonRules.check(data);
        if (!rejections.isEmpty()) {
            return Outcome.rejected(rejections);
        }
        jdbc.sql("UPDATE person SET form_of_address = ?, title = ?, given_name = ?, affix = ?, family_name = ?, status = ? WHERE id = ?")
                .params(trim(data.formOfAddress()), trim(data.title()), trim(data.givenName()), trim(data.affix()),
                        trim(data.familyName()), trim(data.status()), id).update();
        if (withContact) {
            jdbc.sql("UPDATE person SET email = ?, phone = ?, contact_public = ? WHERE id = ?")
                    .params(trim(data.email()), trim(data.phone()), data.contactPublic(), id).update();
        }
        return Outcome.accepted(id);
    }

    /** Memberships of the person that run today or start later. */
    public int currentOrFutureMemberships(long personId) {
        return jdbc.sql("SELECT count(*) FROM membership WHERE person_id = ? AND deleted_at IS NULL AND (end_date IS NULL OR end_date >= "
                + TODAY + ")").param(personId).query(Integer.class).single();
    }

    /**
     * Anonymises a former member (DSGVO Art. 17): the name parts become the placeholder
     * {@value PersonRules#ANONYMISED_NAME}, status, biography, gender, address and contact data are
     * cleared, consent to publish contact data withdrawn. The memberships stay (the composition of
     * bodies in past meetings is part of the public record) and now name the placeholder.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome anonymise(long id) {
        StoredPerson stored = find(id).orElseThrow();
        jdbc.sql("SELECT id FROM person WHERE id = ? FOR UPDATE").param(id).query(Long.class).single();
        FormRejections rejections = PersonRules.checkAnonymisation(stored.anonymised(), currentOrFutureMemberships(id));
        if (!rejections.isEmpty()) {
            return Outcome.rejected(rejections);
        }
        jdbc.sql("UPDATE person SET family_name = ?, given_name = NULL, title = NULL, form_of_address = NULL, affix = NULL,"
                        + " gender = NULL, status = NULL, life = NULL, life_source = NULL, email = NULL, phone = NULL,"
                        + " contact_public = false, location_id = NULL, anonymised_at = now() WHERE id = ?")
                .params(PersonRules.ANONYMISED_NAME, id).update();
        return Outcome.accepted(id);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public record StoredPerson(long id, long bodyId, String formOfAddress, String title, String givenName, String affix,
                               String familyName, String status, String email, String phone, boolean contactPublic,
                               boolean anonymised) {

        public PersonData data() {
            return new PersonData(formOfAddress, title, givenName, affix, familyName, status, email, phone, contactPublic);
        }
    }

    public record Unassigned(long id, String title, String givenName, String affix, String familyName) {

        public String displayName() {
            return PersonNames.displayName(title, givenName, affix, familyName);
        }
    }
}
