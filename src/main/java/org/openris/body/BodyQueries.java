package org.openris.body;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read side of bodies (Körperschaften) and legislative terms. Bodies and terms are public. */
@Service
public class BodyQueries {

    private final JdbcClient jdbc;

    BodyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The installation's first body (a single-city installation has exactly one). */
    public Optional<BodySummary> mainBody() {
        return jdbc.sql("SELECT id, name, short_name, website, ags FROM body WHERE deleted_at IS NULL ORDER BY id LIMIT 1")
                .query(BodySummary.class).optional();
    }

    /** Every body of the installation, in id order (the first is the main body). */
    public List<BodySummary> all() {
        return jdbc.sql("SELECT id, name, short_name, website, ags FROM body WHERE deleted_at IS NULL ORDER BY id")
                .query(BodySummary.class).list();
    }

    public List<LegislativeTermSummary> terms(long bodyId) {
        return jdbc.sql("""
                        SELECT id, name, start_date, end_date FROM legislative_term
                        WHERE body_id = :body AND deleted_at IS NULL ORDER BY start_date""")
                .param("body", bodyId).query(LegislativeTermSummary.class).list();
    }

    public record BodySummary(long id, String name, String shortName, String website, String ags) {
    }

    public record LegislativeTermSummary(long id, String name, LocalDate startDate, LocalDate endDate) {
    }
}
