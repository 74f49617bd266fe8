package org.openris.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.openris.identity.Accounts;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The clerk's meeting planning in a real browser: calendar, series form, agenda builder, invitation with notice warning. */
@RisIntegrationTest
class BackofficeMeetingsJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    @Test
    void clerk_generates_a_series_builds_an_agenda_and_is_warned_about_the_notice_period() {
        Fixtures fx = new Fixtures(jdbc);
        String tag = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        long body = fx.body("Stadt Journey " + tag);
        long term = fx.term(body, "2025–2030", today.minusYears(1), today.plusYears(3));
        long committee = fx.organization(body, "Ausschuss für Umwelt, Klima und Mobilität " + tag, "COMMITTEE").create();
        long place = fx.location("Rathaus Musterstadt", "Sitzungssaal 2", "Marktplatz 1");
        long soon = fx.meeting(body, committee, term, Fixtures.berlin(today.plusDays(3), LocalTime.of(17, 0))).numbered(1,
                "1. Sitzung des Ausschusses für Umwelt, Klima und Mobilität " + tag).at(place).create();
        fx.execute("UPDATE meeting SET state = 'PLANNED' WHERE id = ?", soon);
        fx.agendaItem(soon, "1", "Regularien").heading().create();
        long type = fx.paperType(body, "Mitteilung", "NOTICE", true);
        long paper = fx.paper(body, type, "Klimaanpassungskonzept 2030").released("04411-23", today.minusDays(5)).create();
        fx.consultation(paper, committee, null, null, 0, "TO_NOTE", true, null);
        String username = "sitzungsdienst-" + tag;
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, username, null), "CLERK", committee);
        LocalDate from = today.plusDays(20);

        JourneyResult result = BrowserJourneys.run("backoffice-meetings", port, Map.of("username", username,
                "password", MemberLogin.PASSWORD, "secret", MemberLogin.SECRET, "soonMeetingId", soon,
                "from", from.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")), "to", from.plusDays(27).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")), "sectionName", "Vorlagen der Verwaltung"));

        JourneyAssertions.assertPassesStandardChecks(result);
        assertThat(result.fact("calendarHeading")).isEqualTo("Sitzungskalender");
        assertThat(result.fact("seriesError")).isEqualTo("Das Ende des Zeitraums liegt vor dem Anfang.");
        assertThat(result.fact("seriesErrorInvalid")).isEqualTo("true");
        assertThat(result.fact("seriesNotice")).asString().matches("Es wurden [1-9][0-9]* Sitzungen angelegt\\.( Wegen Feiertagen ausgelassen: .+\\.)?");
        assertThat(result.fact("agenda")).asInstanceOf(InstanceOfAssertFactories.LIST).anySatisfy(t -> assertThat(t.toString())
                .contains("2.1").contains("Klimaanpassungskonzept 2030").contains("(Drucksache Nr.: 04411-23)"));
        assertThat(result.fact("agenda")).asInstanceOf(InstanceOfAssertFactories.LIST).anySatisfy(t -> assertThat(t.toString())
                .contains("1.3").contains("Feststellung der Tagesordnung"));
        assertThat(result.fact("noticeWarning")).asString().startsWith("Achtung: Die Ladungsfrist von 7 Tagen wird nicht eingehalten.");
        assertThat(result.fact("confirmError")).isEqualTo("Die Ladungsfrist wird nicht eingehalten. Bitte bestätigen Sie, dass Sie trotzdem versenden.");
        assertThat(result.checks()).extracting(JourneyResult.Check::name).containsExactly("bo-meetings-calendar", "bo-meetings-series",
                "bo-meetings-series-error", "bo-meetings-calendar-series", "bo-meetings-agenda", "bo-meetings-invitation",
                "bo-meetings-invitation-confirm");
    }
}
