package org.openris.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import java.time.YearMonth;
import java.util.Map;
import org.openris.file.FileStore;
import org.openris.portal.PortalScene;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.Seeds;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Journeys of an anonymous citizen through the public portal, in Debian Chromium (see docs/testing.md). */
@RisIntegrationTest
class PublicPagesJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileStore store;

    @Test
    void start_page_with_upcoming_meetings() {
        Fixtures fx = new Fixtures(jdbc);
        long body = jdbc.sql("SELECT count(*) FROM body").query(Long.class).single() == 0 ? fx.body("Stadt Musterstadt")
                : jdbc.sql("SELECT min(id) FROM body").query(Long.class).single();
        long term = fx.term(body, "Wahlperiode 2025–2030", LocalDate.of(2025, 11, 1), LocalDate.of(2030, 10, 31));
        long hall = fx.location("Rathaus Musterstadt, Großer Sitzungssaal", "Raum 1.101", "Marktplatz 1");
        // long names and words, as council bodies have them, must wrap at 320 px; later than other tests' meetings
        LocalDate later = ZonedDateTime.now().toLocalDate().plusDays(20);
        String committee = "Rechnungsprüfungsausschuss für Haushaltsüberwachungsangelegenheiten";
        fx.meeting(body, fx.organization(body, committee, "COMMITTEE").create(), term, Fixtures.berlin(later, LocalTime.of(17, 30)))
                .numbered(3, "3. Sitzung").at(hall).create();
        fx.meeting(body, fx.organization(body, "Bezirksvertretung Nord-Ost", "DISTRICT_COUNCIL").create(), term,
                Fixtures.berlin(later.plusDays(1), LocalTime.of(18, 0))).numbered(7, "7. Sitzung").create();

        JourneyResult result = BrowserJourneys.run("home", port);

        JourneyAssertions.assertPassesStandardChecks(result);
        assertThat(result.fact("status")).isEqualTo(200);
        assertThat(result.fact("heading")).asString().startsWith("Bürgerinformation");
        assertThat(result.fact("meetings")).asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty();
        assertThat(result.check("home").screenshots()).hasSize(2);
    }

    @Test
    void a_citizen_follows_a_paper_from_the_calendar_to_the_meeting_the_paper_and_a_person() throws Exception {
        PortalScene scene = new PortalScene(new Fixtures(jdbc), store, Seeds.seed("PublicPagesJourneyTest"));

        JourneyResult result = BrowserJourneys.run("portal", port, Map.of("month", YearMonth.from(scene.pastDay).toString(),
                "committee", scene.committee, "meeting", scene.pastMeeting, "reference", scene.reference, "person", scene.chair));

        JourneyAssertions.assertPassesStandardChecks(result);
        assertThat(result.fact("status")).isEqualTo(200);
        assertThat(result.fact("calendarHeading")).isEqualTo("Sitzungskalender");
        assertThat(result.fact("calendarUrl")).asString().contains("gremium=" + scene.committee);
        assertThat(result.fact("meetingHeading")).asString().startsWith("Ausschuss für Radwege");
        assertThat(result.fact("paperPath")).isEqualTo("/vorlagen/" + scene.reference);
        assertThat(result.fact("paperHeading")).asString().startsWith("Radwegenetz Nord");
        assertThat(result.fact("personHeading")).asString().isEqualTo("Dr. Anna Vorsitzmann" + scene.tag);
        assertThat(result.fact("organizationHeading")).asString().startsWith("Ausschuss für Radwege");
        for (String check : new String[]{"portal-start", "portal-calendar", "portal-calendar-list", "portal-meeting", "portal-paper",
                "portal-person", "portal-organization", "portal-organizations", "portal-motions", "portal-papers", "portal-persons"}) {
            assertThat(result.check(check).screenshots()).as(check).hasSize(2);
        }
    }

    @Test
    void unknown_address_shows_the_german_error_page_with_a_way_back() {
        JourneyResult result = BrowserJourneys.run("not-found", port);

        JourneyAssertions.assertPassesStandardChecks(result);
        assertThat(result.fact("status")).isEqualTo(404);
        assertThat(result.fact("heading")).isEqualTo("Seite nicht gefunden");
        assertThat(result.fact("message")).asString().contains("nicht gefunden").doesNotContain("Exception");
        assertThat(result.fact("backLinkLeadsTo")).isEqualTo("/");
    }
}
