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

    public long count(Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM organization o WHERE " + rules.organization("o", viewer))
                .query(Long.class).single();
    }

    private static final String SELECT =
            "SELECT o.id, o.name, o.short_name, o.kind, o.classification, o.unit_code FROM organization o";

    public record OrganizationSummary(long id, String name, String shortName, String kind, String classification, String unitCode) {
    }
}
