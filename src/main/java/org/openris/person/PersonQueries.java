package org.openris.person;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read side of persons; contact data only where its publication was consented to. */
@Service
public class PersonQueries {

    private final JdbcClient jdbc;
    private final VisibilityRules rules;

    PersonQueries(JdbcClient jdbc, VisibilityRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    public Optional<PersonSummary> findById(Viewer viewer, long id) {
        return jdbc.sql(visibleSummaries(viewer) + " AND pe.id = :id").param("id", id).query(PersonSummary.class).optional();
    }

    /** The summaries of the persons the viewer sees; contact data only where the viewer may see it. */
    private String visibleSummaries(Viewer viewer) {
        String contact = rules.personContact("pe", viewer);
        return "SELECT pe.id, pe.form_of_address, pe.title, pe.given_name, pe.family_name, pe.affix,"
                + " CASE WHEN " + contact + " THEN pe.email END AS email,"
                + " CASE WHEN " + contact + " THEN pe.phone END AS phone"
                + " FROM person pe WHERE " + rules.person("pe", viewer);
    }

    /**
     * Those of {@code ids} the viewer may see, in no particular order: one query for many persons, e.g. the
     * hits of a search page re-checked through the gate (search.PortalSearch).
     */
    public List<PersonSummary> findByIds(Viewer viewer, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(visibleSummaries(viewer) + " AND pe.id IN (:ids)").param("ids", ids).query(PersonSummary.class).list();
    }

    /**
     * Every person the viewer sees, by family name; {@code current}: holds a membership today of an
     * organization the viewer sees. At most 20,000.
     */
    public List<PersonEntry> all(Viewer viewer) {
        return jdbc.sql("SELECT pe.id, pe.title, pe.given_name, pe.affix, pe.family_name,"
                        + " EXISTS (SELECT 1 FROM membership cm JOIN organization co ON co.id = cm.organization_id"
                        + " WHERE cm.person_id = pe.id AND cm.deleted_at IS NULL AND " + rules.organization("co", viewer)
                        + " AND cm.start_date <= (now() AT TIME ZONE 'Europe/Berlin')::date"
                        + " AND (cm.end_date IS NULL OR cm.end_date >= (now() AT TIME ZONE 'Europe/Berlin')::date)) AS current,"
                        + " pe.modified FROM person pe WHERE " + rules.person("pe", viewer)
                        + " ORDER BY lower(pe.family_name), lower(pe.given_name), pe.id LIMIT 20000")
                .query(PersonEntry.class).list();
    }

    /**
     * The persons the viewer sees whose name (given name, affix, family name) contains the text,
     * ignoring case, in alphabetical order; at most {@code limit} (back-office search).
     */
    public List<PersonEntry> search(Viewer viewer, String nameContains, int limit) {
        String like = "%" + (nameContains == null ? "" : nameContains.trim().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "").replace("%", "").replace("_", "")) + "%";
        return jdbc.sql("SELECT pe.id, pe.title, pe.given_name, pe.affix, pe.family_name,"
                        + " EXISTS (SELECT 1 FROM membership cm JOIN organization co ON co.id = cm.organization_id"
                        + " WHERE cm.person_id = pe.id AND cm.deleted_at IS NULL AND " + rules.organization("co", viewer)
                        + " AND cm.start_date <= (now() AT TIME ZONE 'Europe/Berlin')::date"
                        + " AND (cm.end_date IS NULL OR cm.end_date >= (now() AT TIME ZONE 'Europe/Berlin')::date)) AS current,"
                        + " pe.modified FROM person pe WHERE " + rules.person("pe", viewer)
                        + " AND lower(concat_ws(' ', pe.given_name, pe.affix, pe.family_name)) LIKE :like"
                        + " ORDER BY lower(pe.family_name), lower(pe.given_name), pe.id LIMIT :limit")
                .param("like", like).param("limit", Math.max(0, Math.min(limit, 2000))).query(PersonEntry.class).list();
    }

    /** As {@link #search}, within one body (choosing a member for an organization of that body). */
    public List<PersonEntry> searchInBody(Viewer viewer, long bodyId, String nameContains, int limit) {
        String like = "%" + (nameContains == null ? "" : nameContains.trim().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "").replace("%", "").replace("_", "")) + "%";
        return jdbc.sql("SELECT pe.id, pe.title, pe.given_name, pe.affix, pe.family_name, false AS current, pe.modified"
                        + " FROM person pe WHERE pe.body_id = :body AND " + rules.person("pe", viewer)
                        + " AND lower(concat_ws(' ', pe.given_name, pe.affix, pe.family_name)) LIKE :like"
                        + " ORDER BY lower(pe.family_name), lower(pe.given_name), pe.id LIMIT :limit")
                .param("body", bodyId).param("like", like).param("limit", Math.max(0, Math.min(limit, 2000))).query(PersonEntry.class).list();
    }

    public long count(Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM person pe WHERE " + rules.person("pe", viewer)).query(Long.class).single();
    }

    public record PersonEntry(long id, String title, String givenName, String affix, String familyName, boolean current,
                              OffsetDateTime modified) {

        public String displayName() {
            return PersonNames.displayName(title, givenName, affix, familyName);
        }

        /** "Albers, Dr. Anna": the form of alphabetical lists. */
        public String sortName() {
            String rest = PersonNames.displayName(title, givenName, affix, null);
            return rest.isEmpty() ? familyName : familyName + ", " + rest;
        }
    }

    public record PersonSummary(long id, String formOfAddress, String title, String givenName, String familyName,
                                String affix, String email, String phone) {

        /** "Dr. Anna Albers", as shown on pages and in OParl {@code name}. */
        public String displayName() {
            return PersonNames.displayName(title, givenName, affix, familyName);
        }
    }
}
