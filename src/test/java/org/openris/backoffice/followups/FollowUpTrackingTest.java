package org.openris.backoffice.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.identity.Accounts;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Beschlusskontrolle over HTTP: a department sees its own follow-ups with the traffic light,
 * reports progress, closes one with the answering paper (an unknown number is refused in German),
 * reopens it; another department gets 404; the public list shows the follow-ups of public items only.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpTrackingTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    Fixtures fx;
    String tag;
    long overdue;
    long soon;
    long other;
    long hidden;
    String statementReference;
    String authorA;
    String authorB;

    @BeforeAll
    void scene() {
        fx = new Fixtures(jdbc);
        tag = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        long body = fx.body("Stadt Kontrolle " + tag);
        long term = fx.term(body, "2025–2030", today.minusYears(1), today.plusYears(3));
        long committee = fx.organization(body, "Verkehrsausschuss " + tag, "COMMITTEE").create();
        long unitA = fx.organization(body, "Tiefbauamt " + tag, "ADMINISTRATIVE_UNIT").unitCode("66").create();
        long unitB = fx.organization(body, "Kämmerei " + tag, "ADMINISTRATIVE_UNIT").unitCode("20").create();
        long meeting = fx.meeting(body, committee, term, Fixtures.berlin(today.minusDays(30), LocalTime.of(16, 0)))
                .numbered(3, "3. Sitzung des Verkehrsausschusses " + tag).held(Fixtures.berlin(today.minusDays(30), LocalTime.of(16, 0)),
                        Fixtures.berlin(today.minusDays(30), LocalTime.of(18, 0))).create();
        long item = fx.agendaItem(meeting, "1", "Radweg Nordring " + tag).create();
        long closed = fx.agendaItem(meeting, "2", "NOEFF-item Grundstück " + tag).nonPublic().create();
        long type = fx.paperType(body, "Anfrage", "REQUEST", true);
        long request = fx.paper(body, type, "Radweg Nordring").released("04622-23", today.minusDays(40)).create();
        statementReference = "04622-23-E1";
        fx.paper(body, type, "Stellungnahme Radweg").released(statementReference, today.minusDays(2)).supplementTo(request).create();
        overdue = fx.followUp(item, request, "Schriftliche Stellungnahme zum Radweg " + tag, today.minusDays(1), null, unitA);
        soon = fx.followUp(item, request, "Kostenschätzung Radweg " + tag, today.plusDays(5), null, unitA);
        other = fx.followUp(item, request, "Haushaltsmittel prüfen " + tag, today.plusDays(60), null, unitB);
        hidden = fx.followUp(closed, request, "NOEFF-followup Kaufpreis " + tag, today.plusDays(10), null, unitA);
        authorA = "kontrolle-a-" + tag;
        authorB = "kontrolle-b-" + tag;
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, authorA, null), "AUTHOR", unitA);
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, authorB, null), "AUTHOR", unitB);
    }

    @Test
    void a_department_tracks_its_follow_ups_and_closes_one_with_the_answering_paper() {
        WebSession a = MemberLogin.signIn(port, jdbc, authorA);
        String list = a.get("/verwaltung/beschlusskontrolle").body();
        assertThat(list).contains("Schriftliche Stellungnahme zum Radweg " + tag).contains("Kostenschätzung Radweg " + tag)
                .doesNotContain("Haushaltsmittel prüfen " + tag).contains("light-overdue").contains("light-soon");
        assertThat(a.get("/verwaltung/beschlusskontrolle?stand=overdue").body()).contains("Schriftliche Stellungnahme zum Radweg " + tag)
                .doesNotContain("Kostenschätzung Radweg " + tag);

        a.get("/verwaltung/beschlusskontrolle");
        assertThat(a.post("/verwaltung/beschlusskontrolle/" + overdue, Map.of("status", "IN_PROGRESS", "progressNote", "Entwurf liegt vor",
                "closingPaper", "")).statusCode()).isEqualTo(302);
        assertThat(state(overdue)).isEqualTo("IN_PROGRESS Entwurf liegt vor false");
        a.get("/verwaltung/beschlusskontrolle");
        var refused = a.post("/verwaltung/beschlusskontrolle/" + overdue, Map.of("status", "DONE", "progressNote", "", "closingPaper", "99999-99"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Eine freigegebene Drucksache mit dieser Nummer gibt es in dieser Körperschaft nicht.");
        assertThat(state(overdue)).startsWith("IN_PROGRESS");
        a.get("/verwaltung/beschlusskontrolle");
        assertThat(a.post("/verwaltung/beschlusskontrolle/" + overdue, Map.of("status", "DONE", "progressNote", "", "closingPaper",
                statementReference)).statusCode()).isEqualTo(302);
        assertThat(state(overdue)).isEqualTo("DONE - true");
        assertThat(a.get("/verwaltung/beschlusskontrolle").body()).contains("erledigt durch Drucksache " + statementReference);
        assertThat(jdbc.sql("SELECT count(*) FROM change_log WHERE object_type = 'follow_up' AND object_id = ?").param(overdue)
                .query(Long.class).single()).isEqualTo(2);

        a.get("/verwaltung/beschlusskontrolle");
        assertThat(a.post("/verwaltung/beschlusskontrolle/" + overdue, Map.of("status", "OPEN", "progressNote", "", "closingPaper", ""))
                .statusCode()).isEqualTo(302);
        assertThat(state(overdue)).isEqualTo("OPEN - false");

        WebSession b = MemberLogin.signIn(port, jdbc, authorB);
        b.get("/verwaltung/beschlusskontrolle");
        assertThat(b.post("/verwaltung/beschlusskontrolle/" + soon, Map.of("status", "DONE")).statusCode()).isEqualTo(404);
        assertThat(b.get("/verwaltung/beschlusskontrolle").body()).contains("Haushaltsmittel prüfen " + tag).doesNotContain("Kostenschätzung");
    }

    @Test
    void the_public_list_shows_the_follow_ups_of_public_items_only() {
        String page = new WebSession(port).get("/beschlusskontrolle").body();
        assertThat(page).contains("Kostenschätzung Radweg " + tag).contains("Haushaltsmittel prüfen " + tag).doesNotContain("NOEFF");
    }

    private String state(long followUp) {
        return jdbc.sql("SELECT status || ' ' || coalesce(progress_note, '-') || ' ' || (closed_at IS NOT NULL) FROM follow_up WHERE id = ?")
                .param(followUp).query(String.class).single();
    }
}
