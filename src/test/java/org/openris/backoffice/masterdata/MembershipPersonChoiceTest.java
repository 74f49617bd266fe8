package org.openris.backoffice.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openris.identity.Accounts;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Choosing the person of a new membership in a city with many persons: the form offers at most 50
 * persons of the organization's own body and a name search; a person of another body is refused.
 */
@RisIntegrationTest
class MembershipPersonChoiceTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    @Test
    void at_most_fifty_persons_of_the_own_body_a_search_narrows_them_and_another_body_is_refused() {
        Fixtures fx = new Fixtures(jdbc);
        String tag = Long.toString(System.nanoTime(), 36);
        long body = fx.body("Stadt Auswahl " + tag);
        long other = fx.body("Nachbarstadt " + tag);
        long committee = fx.organization(body, "Kulturausschuss " + tag, "COMMITTEE").create();
        long faction = fx.organization(body, "Fraktion " + tag, "FACTION").create();
        for (int i = 1; i <= 60; i++) {
            long person = fx.person(body, String.format("Meier%02d%s", i, tag)).create();
            fx.membership(person, faction, LocalDate.now().minusYears(1)).create();
        }
        long stranger = fx.person(other, "Fremd" + tag).create();
        String clerk = "auswahl-" + tag;
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, clerk, null), "CLERK", committee);
        accounts.grantRole(jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(clerk).query(Long.class).single(), "CLERK", faction);

        WebSession s = MemberLogin.signIn(port, jdbc, clerk);
        String path = "/verwaltung/stammdaten/gremien/" + committee + "/mitglieder/neu";
        String page = s.get(path).body();
        assertThat(count(page, "Meier[0-9]{2}" + tag)).isEqualTo(50);
        assertThat(page).contains("Es gibt weitere Treffer.").doesNotContain("Fremd" + tag);
        String narrowed = s.get(path + "?suche=meier07").body();
        assertThat(count(narrowed, "Meier[0-9]{2}" + tag)).isEqualTo(1);
        assertThat(narrowed).contains("Meier07" + tag).doesNotContain("Es gibt weitere Treffer.");

        s.get(path);
        var refused = s.post("/verwaltung/stammdaten/gremien/" + committee + "/mitglieder", Map.of("personId", "" + stranger, "role", "MEMBER",
                "mandate", "COUNCIL_MEMBER", "seatCategory", "VOTING_MEMBER", "start", "01.01.2026"));
        assertThat(refused.body()).contains("Diese Person gehört zu einer anderen Körperschaft.");
        assertThat(jdbc.sql("SELECT count(*) FROM membership WHERE person_id = ?").param(stranger).query(Long.class).single()).isZero();
    }

    private static long count(String page, String regex) {
        return Pattern.compile("<option[^>]*>" + regex).matcher(page).results().count();
    }
}
