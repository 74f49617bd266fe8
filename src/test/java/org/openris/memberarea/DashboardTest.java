package org.openris.memberarea;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.file.FileStore;
import org.openris.identity.Accounts;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The member's start page over real HTTP: organizations, meetings, what is new, follow-ups, recusals, stream consent. */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    FileStore store;

    MemberScenario city;

    @BeforeAll
    void city() {
        city = new MemberScenario(jdbc, accounts, store);
    }

    @Test
    void shows_organizations_with_roles_the_next_meetings_follow_ups_and_recusals() {
        WebSession erik = MemberLogin.signIn(port, jdbc, city.user("erik"));
        String page = erik.get("/mitglieder").body();
        assertThat(page).contains("Meine Gremien").contains("Bauausschuss " + city.tag)
                .contains("Stellvertretendes Mitglied").contains("Vertretung für Anna Albers")
                .contains("Sachkundige/r Bürger/in").contains("(sB)").contains("benannt von Fraktion F " + city.tag)
                .contains("href=\"/mitglieder/sitzungen/" + city.meeting + "\"")
                .contains("href=\"/mitglieder/sitzungen/" + city.closedMeeting + "\"")
                .contains("nichtöffentliche Sitzung").contains("mit nichtöffentlichem Teil (1 TOP)")
                .contains("Rathaus, Sitzungssaal " + city.tag + ", Raum 1.101")
                .contains("Kostenschätzung vorlegen " + city.tag)
                .contains("Sitzungsgeld").contains("href=\"/mitglieder/sitzungsgeld\"");
        assertThat(page).as("a deputy did not recuse").contains("Sie haben keine Befangenheit erklärt.");

        String anna = MemberLogin.signIn(port, jdbc, city.user("anna")).get("/mitglieder").body();
        assertThat(anna).contains("Meine Befangenheitserklärungen").contains("TOP 2: Grundstücksangelegenheit Geheimweg " + city.tag)
                .contains("<th scope=\"col\">");

        String bert = MemberLogin.signIn(port, jdbc, city.user("bert")).get("/mitglieder").body();
        assertThat(bert).contains("Sozialausschuss " + city.tag).doesNotContain("Bauausschuss " + city.tag)
                .doesNotContain("Kostenschätzung vorlegen").doesNotContain("Geheimweg")
                .contains("Für Ihre Gremien sind derzeit keine Sitzungen angekündigt.");

        String carla = MemberLogin.signIn(port, jdbc, city.user("carla")).get("/mitglieder").body();
        assertThat(carla).as("a former member").doesNotContain("Bauausschuss " + city.tag).doesNotContain("Geheimweg")
                .contains("Sie haben derzeit keine Mitgliedschaften.");
    }

    @Test
    void new_since_the_last_visit_lists_what_changed_between_two_logins_with_supplements_marked() {
        WebSession first = MemberLogin.signIn(port, jdbc, city.user("dora"));
        String firstVisit = first.get("/mitglieder").body();
        assertThat(firstVisit).contains("Dies ist Ihr erster Besuch.").doesNotContain("Ihr letzter Besuch:");

        Fixtures fx = new Fixtures(jdbc);
        long type = jdbc.sql("SELECT id FROM paper_type WHERE body_id = ?").param(city.body).query(Long.class).single();
        String reference = jdbc.sql("SELECT reference FROM paper WHERE id = ?").param(city.publicPaper).query(String.class).single();
        long supplement = fx.paper(city.body, type, "Ergänzung zum Radweg " + city.tag).released(reference + "-E1", city.today)
                .supplementTo(city.publicPaper).nonPublic().create();
        fx.consultation(supplement, city.building, city.meeting, city.publicItem, 1, "DECISION", true, null);
        long late = fx.file(city.body, "Nachgereichte Stellungnahme " + city.tag, true);
        fx.attachToAgendaItem(city.publicItem, late, "Anlage 2");
        long otherCommittee = fx.meeting(city.body, city.social, city.term, Fixtures.berlin(city.today.plusDays(3), LocalTime.of(9, 0)))
                .numbered(4, "4. Sitzung").nonPublic().create();

        WebSession second = MemberLogin.signIn(port, jdbc, city.user("dora"));
        String page = second.get("/mitglieder").body();
        String news = page.substring(page.indexOf("Neu seit Ihrem letzten Besuch"), page.indexOf("Beschlussverfolgung"));
        assertThat(news).contains("Ihr letzter Besuch:")
                .contains("href=\"/mitglieder/vorlagen/" + supplement + "\"").contains("Ergänzung zum Radweg " + city.tag)
                .contains("Ergänzung</span>")
                .contains("href=\"/mitglieder/dokumente/" + late + "\"").contains("nachgereicht")
                .contains("href=\"/mitglieder/sitzungen/" + city.meeting + "\"")
                .doesNotContain("/mitglieder/sitzungen/" + otherCommittee + "\"")
                .doesNotContain("Wertgutachten");

        String bert = MemberLogin.signIn(port, jdbc, city.user("bert")).get("/mitglieder").body();
        assertThat(bert).as("a supplement only the building committee sees").doesNotContain("Ergänzung zum Radweg " + city.tag);
    }

    @Test
    void stream_consent_is_given_and_revoked_per_term_with_an_audit_entry_each() {
        WebSession anna = MemberLogin.signIn(port, jdbc, city.user("anna"));
        String before = anna.get("/mitglieder").body();
        assertThat(before).contains("Wahlperiode " + city.tag).contains("nicht erteilt")
                .contains("Einwilligung für Wahlperiode " + city.tag + " erteilen");

        HttpResponse<String> give = anna.post("/mitglieder/livestream", Map.of("term", String.valueOf(city.term), "action", "erteilen"));
        assertThat(give.statusCode()).isEqualTo(302);
        assertThat(anna.followRedirect().body()).contains("Ihre Einwilligung ist gespeichert.")
                .contains("Einwilligung für Wahlperiode " + city.tag + " widerrufen");
        assertThat(consents()).containsExactly("true:open");
        assertThat(anna.post("/mitglieder/livestream", Map.of("term", String.valueOf(city.term), "action", "erteilen")).statusCode())
                .isEqualTo(302);
        assertThat(consents()).as("giving twice changes nothing").containsExactly("true:open");

        assertThat(anna.post("/mitglieder/livestream", Map.of("term", String.valueOf(city.term), "action", "widerrufen")).statusCode())
                .isEqualTo(302);
        assertThat(anna.followRedirect().body()).contains("Ihre Einwilligung ist widerrufen.").contains("widerrufen</span>");
        assertThat(consents()).containsExactly("true:revoked");
        anna.post("/mitglieder/livestream", Map.of("term", String.valueOf(city.term), "action", "erteilen"));
        assertThat(consents()).containsExactly("true:revoked", "true:open");

        long user = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(city.user("anna")).query(Long.class).single();
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE user_id = ? AND object_type = 'legislative_term' AND object_id = ? ORDER BY id")
                .params(user, city.term).query(String.class).list())
                .containsExactly("STREAM_CONSENT_GIVEN", "STREAM_CONSENT_REVOKED", "STREAM_CONSENT_GIVEN");
    }

    @Test
    void a_consent_for_an_unknown_or_foreign_term_is_refused_with_a_german_message() {
        WebSession bert = MemberLogin.signIn(port, jdbc, city.user("bert"));
        bert.get("/mitglieder");
        long foreignTerm = new Fixtures(jdbc).term(new Fixtures(jdbc).body("Stadt Fremd " + city.tag), "Fremde Wahlperiode",
                city.today.minusYears(1), null);
        for (Map<String, String> form : List.of(Map.of("term", String.valueOf(foreignTerm), "action", "erteilen"),
                Map.of("term", "abc", "action", "erteilen"), Map.of("term", String.valueOf(city.term), "action", "löschen"),
                Map.<String, String>of())) {
            HttpResponse<String> refused = bert.post("/mitglieder/livestream", form);
            assertThat(refused.statusCode()).as(form.toString()).isEqualTo(422);
            assertThat(refused.body()).contains("Die Einwilligung konnte nicht gespeichert werden").doesNotContain("Exception");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM stream_consent WHERE person_id = ?").param(city.bert).query(Long.class).single()).isZero();
    }

    private List<String> consents() {
        return jdbc.sql("SELECT consented || ':' || CASE WHEN revoked_at IS NULL THEN 'open' ELSE 'revoked' END FROM stream_consent"
                + " WHERE person_id = ? AND legislative_term_id = ? ORDER BY id").params(city.anna, city.term).query(String.class).list();
    }
}
