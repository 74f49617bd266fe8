package org.openris.organization;

import java.util.List;
import java.util.Optional;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read side of organizations (Gremien, Fraktionen, Verwaltungseinheiten). */
@Service
public class OrganizationQueries {

    private final JdbcClient jdbc;
    private final VisibilityRules rules;

    OrganizationQueries(JdbcClient jdbc, VisibilityRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    public Optional<OrganizationSummary> findById(Viewer viewer, long id) {
        return jdbc.sql(SELECT + " WHERE o.id = :id AND " + rules.organization("o", viewer))
                .param("id", id).query(OrganizationSummary.class).optional();
    }

    public List<OrganizationSummary> byKind(Viewer viewer, String kind) {
        return jdbc.sql(SELECT + " WHERE o.kind = :kind AND " + rules.organization("o", viewer) + " ORDER BY o.name, o.id")
                .param("kind", kind).query(OrganizationSummary.class).list();
    }

    /**
     * The current memberships of a person (any role, deputies and appointed citizens included) as far
     * as the viewer sees them: committees and councils first, then factions and other bodies.
     */
    public List<CurrentMembership> currentMembershipsOf(Viewer viewer, long personId) {
        return jdbc.sql("SELECT ms.id, ms.organization_id, o.name AS organization_name, o.kind, ms.role, ms.mandate, ms.role_label,"
                        + " ms.voting_right, ob.name AS on_behalf_of_name,"
                        + " (SELECT concat_ws(' ', nullif(trim(pp.title), ''), nullif(trim(pp.given_name), ''), nullif(trim(pp.affix), ''),"
                        + " nullif(trim(pp.family_name), '')) FROM membership pm JOIN person pp ON pp.id = pm.person_id"
                        + " WHERE pm.id = ms.substitute_for_id AND " + rules.membership("pm", viewer) + ") AS principal_name,"
                        + " ms.start_date, ms.end_date"
                        + " FROM membership ms JOIN organization o ON o.id = ms.organization_id"
                        + " LEFT JOIN organization ob ON ob.id = ms.on_behalf_of_id AND " + rules.organization("ob", viewer)
                        + " WHERE ms.person_id = :person AND ms.start_date <= " + TODAY + " AND (ms.end_date IS NULL OR ms.end_date >= " + TODAY + ")"
                        + " AND " + rules.membership("ms", viewer)
                        + " ORDER BY CASE o.kind WHEN 'COUNCIL' THEN 0 WHEN 'DISTRICT_COUNCIL' THEN 1 WHEN 'COMMITTEE' THEN 2"
                        + " WHEN 'FACTION' THEN 4 WHEN 'GROUP' THEN 4 ELSE 3 END, o.name, ms.id")
                .param("person", personId).query(CurrentMembership.class).list();
    }

    public long count(Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM organization o WHERE " + rules.organization("o", viewer))
                .query(Long.class).single();
    }

    private static final String SELECT =
            "SELECT o.id, o.name, o.short_name, o.kind, o.classification, o.unit_code FROM organization o";

    private static final String TODAY = "(now() AT TIME ZONE 'Europe/Berlin')::date";

    /**
     * A current membership; {@code onBehalfOfName} is the nominating faction of an appointed citizen
     * (sB), {@code principalName} the member a deputy stands in for.
     */
    public record CurrentMembership(long id, long organizationId, String organizationName, String kind, String role, String mandate,
                                    String roleLabel, boolean votingRight, String onBehalfOfName, String principalName,
                                    java.time.LocalDate startDate, java.time.LocalDate endDate) {

        public boolean faction() {
            return "FACTION".equals(kind);
        }
    }

    public record OrganizationSummary(long id, String name, String shortName, String kind, String classification, String unitCode) {
    }
}
