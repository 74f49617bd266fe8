package org.openris.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.openris.file.FileStore;
import org.openris.portal.PortalScene;
import org.openris.search.SearchJobs;
import org.openris.search.SearchWorlds;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journeys the portal issue names, in Debian Chromium (see docs/testing.md): a paper found by
 * keyword → its meeting → the minutes downloaded; the calendar filtered with htmx → ICS; the search
 * with facets, with htmx and with JavaScript switched off.
 */
@RisIntegrationTest
class PortalJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileStore store;
    @Autowired
    SearchJobs jobs;

    @Test
    void find_a_paper_by_keyword_open_its_meeting_and_download_the_minutes() throws Exception {
        Fixtures fx = new Fixtures(jdbc);
        PortalScene scene = new PortalScene(fx, store, Seeds.seed("PortalJourneyTest.minutes"));
        long body = jdbc.sql("SELECT body_id FROM meeting WHERE id = ?").param(scene.pastMeeting).query(Long.class).single();
        long minutes = fx.storedPdf(store, body, "Niederschrift 3. Sitzung " + scene.tag, "Niederschrift", true);
        fx.attachToMeeting(scene.pastMeeting, minutes, "RESULTS_PROTOCOL", null);
        jobs.runNow();

        JourneyResult result = BrowserJourneys.run("find-minutes", port, Map.of("keyword", "Radwegenetz Nord " + scene.tag,
                "reference", scene.reference, "meeting", scene.pastMeeting, "minutesName", "Niederschrift"));

        JourneyAssertions.assertPassesStandardChecks(result);
        assertThat(result.fact("hits")).asInstanceOf(InstanceOfAssertFactories.LIST).anySatisfy(t -> assertThat(t).asString().contains("Radwegenetz"));
        assertThat(result.fact("paperHeading")).asString().startsWith("Radwegenetz Nord");
        assertThat(result.fact("meetingHeading")).asString().startsWith("Ausschuss für Radwege");
        // printed agenda: no header, navigation, search, footer or buttons; the agenda is there; links print as plain text
        assertThat(result.fact("print")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("header", false).containsEntry("nav", false).containsEntry("search", false).containsEntry("footer", false)
                .containsEntry("skip", false).containsEntry("breadcrumb", false).containsEntry("buttons", false)
                .containsEntry("linkAddresses", 0).containsEntry("linkColor", "rgb(0, 0, 0)")
                .hasEntrySatisfying("agendaItems", n -> assertThat(((Number) n).intValue()).isGreaterThanOrEqualTo(2));
        assertThat(java.nio.file.Path.of("target/screenshots/portal-meeting-print.png")).isNotEmptyFile();
        assertThat(result.fact("minutesLinkText")).asString().contains("Niederschrift 3. Sitzung");
        assertThat(result.fact("minutesHref")).isEqualTo("/dateien/" + minutes);
        assertThat(result.fact("downloadStatus")).isEqualTo(200);
        assertThat(result.fact("downloadType")).asString().startsWith("application/pdf");
        assertThat(result.fact("downloadStartsWithPdf")).isEqualTo(true);
        // a meaningful file name: the document's name, not a number
        assertThat(result.fact("downloadDisposition")).asString().contains("filename").contains("Niederschrift").contains(".pdf")
                .doesNotContain("filename=\"" + minutes + ".pdf\"");
    }

    @Test
    void narrow_the_calendar_to_a_committee_in_place_and_subscribe_to_its_ics() throws Exception {
        PortalScene scene = new PortalScene(new Fixtures(jdbc), store, Seeds.seed("PortalJourneyTest.calendar"));
        String committeeName = jdbc.sql("SELECT name FROM organization WHERE id = ?").param(scene.committee).query(String.class).single();

        JourneyResult result = BrowserJourneys.run("calendar-ics", port, Map.of("month", YearMonth.from(scene.pastDay).toString(),
                "committee", scene.committee, "committeeName", committeeName));

        JourneyAssertions.assertPassesStandardChecks(result);
        assertThat(result.fact("samePage")).as("htmx replaced the calendar without loading a new page").isEqualTo("ja");
        assertThat(result.fact("status")).asString().startsWith("Sitzungen im ");
        assertThat(result.fact("lead")).asString().contains(committeeName);
        assertThat(result.fact("title")).asString().contains(committeeName);
        assertThat(result.fact("icsHref")).isEqualTo("/gremien/" + scene.committee + "/kalender.ics");
        assertThat(result.fact("icsStatus")).isEqualTo(200);
        assertThat(result.fact("icsType")).asString().startsWith("text/calendar");
        assertThat(result.fact("icsEvents")).asInstanceOf(InstanceOfAssertFactories.INTEGER).isGreaterThanOrEqualTo(2);
        assertThat(result.fact("icsTzid")).isEqualTo("Europe/Berlin");
        assertThat(result.fact("icsTimezone")).isEqualTo(true);
    }

    @Test
    void search_with_facets_with_htmx_and_with_javascript_switched_off() {
        String committee = SearchWorlds.build(jdbc, store, "H", 75419);
        jobs.runNow();

        JourneyResult result = BrowserJourneys.run("search-htmx", port, Map.of("committee", committee));

        JourneyAssertions.assertPassesStandardChecks(result);
        // htmx: no page load, address follows, count announced, focus kept
        assertThat(result.fact("typedSamePage")).isEqualTo("ja");
        assertThat(result.fact("typedStatus")).asString().matches("[\\d.]+ Treffer für „Radweg“.*");
        assertThat(result.fact("typedTitle")).asString().startsWith("Suche: Radweg");
        assertThat(result.fact("typedFocus")).isEqualTo("q");
        int typed = ((Number) result.fact("typedHits")).intValue();
        int narrowed = ((Number) result.fact("facetHits")).intValue();
        assertThat(typed).isPositive();
        assertThat(result.fact("facetSamePage")).isEqualTo("ja");
        assertThat(result.fact("facetSelected")).asString().startsWith(committee);
        assertThat(result.fact("facetStatus")).asString().matches("[\\d.]+ Treffer für „Radweg“.*").isNotEqualTo(result.fact("typedStatus"));
        assertThat(narrowed).isPositive().isLessThanOrEqualTo(typed);
        assertThat(result.fact("facetFocus")).asString().startsWith("facette-organization-");
        assertThat(result.fact("facetHidden")).isEqualTo(committee);
        assertThat(result.fact("sortUrl")).asString().contains("sortierung=datum").contains("gremium=");
        assertThat(result.fact("sortSamePage")).isEqualTo("ja");
        // without JavaScript: the same results by plain GET
        assertThat(result.fact("noJsHits")).isEqualTo(typed);
        assertThat(result.fact("noJsCount")).asString().isEqualTo(result.fact("typedStatus"));
        assertThat(result.fact("noJsFacetHits")).isEqualTo(narrowed);
        assertThat(result.fact("noJsFacetSelected")).asString().startsWith(committee);
        assertThat(result.fact("noJsFacetCount")).asString().isEqualTo(result.fact("facetStatus"));
    }
}
