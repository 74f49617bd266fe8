package org.openris.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.openris.identity.Accounts;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A department author's paper in the back office in Debian Chromium: list, draft with an error, attachments, path, release. */
@RisIntegrationTest
class BackofficePapersJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    @Test
    void an_author_drafts_attaches_plans_and_releases_a_paper() {
        Fixtures fx = new Fixtures(jdbc);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long body = fx.body("Stadt Journey " + tag);
        long unit = fx.organization(body, "Amt für Verkehr " + tag, "ADMINISTRATIVE_UNIT").unitCode("66").create();
        fx.organization(body, "Verkehrsausschuss " + tag, "COMMITTEE").create();
        fx.organization(body, "Rat der Stadt " + tag, "COUNCIL").create();
        fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        String username = "autorin-" + tag;
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, username, null), "AUTHOR", unit);

        JourneyResult result = BrowserJourneys.run("backoffice-papers", port, Map.of("username", username, "password", MemberLogin.PASSWORD,
                "secret", MemberLogin.SECRET, "title", "Verbreiterung des Radwegs Ringstraße " + tag,
                "committee", "Verkehrsausschuss " + tag, "council", "Rat der Stadt " + tag,
                "pdf", Base64.getEncoder().encodeToString(Fixtures.onePagePdf("Lageplan Ringstraße"))));

        JourneyAssertions.assertPassesStandardChecks(result);
        assertThat(result.fact("listHeading")).isEqualTo("Vorlagen");
        assertThat(result.fact("titleError")).isEqualTo("Bitte geben Sie einen Titel ein.");
        assertThat(result.fact("textKept")).asString().startsWith("Die Verwaltung schlägt vor");
        assertThat(result.fact("listKept")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("Abschnitt Nord", "Abschnitt Süd");
        assertThat(result.fact("createdNotice")).isEqualTo("Der Entwurf wurde angelegt.");
        assertThat(result.fact("uploadError")).asString().startsWith("Diese Dateiart wird nicht angenommen.");
        assertThat(result.fact("attachments")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("Lageplan.pdf");
        assertThat(result.fact("path")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(2);
        assertThat(result.fact("releasedLead")).asString().matches("(?s).*[0-9]{5}-[0-9]{2}.*freigegeben.*");
        assertThat(jdbc.sql("SELECT text FROM paper WHERE name = ?").param("Verbreiterung des Radwegs Ringstraße " + tag).query(String.class).single())
                .as("the editor's list is stored as a list").contains("<ul><li>Abschnitt Nord</li><li>Abschnitt Süd</li></ul>")
                .startsWith("<p>Die Verwaltung schlägt vor, den Radweg zu verbreitern.</p>");
        assertThat(result.checks()).extracting(JourneyResult.Check::name).containsExactly("papers-list", "papers-draft-richtext", "papers-draft-error",
                "papers-attachment-refused", "papers-attachment", "papers-consultation-path", "papers-released");
    }
}
