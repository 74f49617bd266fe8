package org.openris.person;

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
        String contact = rules.personContact("pe", viewer);
        return jdbc.sql("SELECT pe.id, pe.form_of_address, pe.title, pe.given_name, pe.family_name, pe.affix,"
                        + " CASE WHEN " + contact + " THEN pe.email END AS email,"
                        + " CASE WHEN " + contact + " THEN pe.phone END AS phone"
                        + " FROM person pe WHERE pe.id = :id AND " + rules.person("pe", viewer))
                .param("id", id).query(PersonSummary.class).optional();
    }

    public long count(Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM person pe WHERE " + rules.person("pe", viewer)).query(Long.class).single();
    }

    public record PersonSummary(long id, String formOfAddress, String title, String givenName, String familyName,
                                String affix, String email, String phone) {

        /** "Dr. Anna Albers", as shown on pages and in OParl {@code name}. */
        public String displayName() {
            return PersonNames.displayName(title, givenName, affix, familyName);
        }
    }
}
