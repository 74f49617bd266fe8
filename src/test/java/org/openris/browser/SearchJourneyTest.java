package org.openris.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.openris.file.FileStore;
import org.openris.search.SearchJobs;
import org.openris.search.SearchWorlds;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public search in Debian Chromium: query, facet, bad input (see docs/testing.md). */
@RisIntegrationTest
class SearchJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileStore store;
    @Autowired
    SearchJobs jobs;

    @Test
    void search_narrow_by_facet_and_a_german_message_for_a_bad_date() {
        String committee = SearchWorlds.build(jdbc, store, "J", 75319);
        jobs.runNow();

        JourneyResult result = BrowserJourneys.run("search", port, Map.of("committee", committee));

        JourneyAssertions.assertPassesStandardChecks(result);
        assertThat(result.fact("status")).isEqualTo(200);
        assertThat(result.fact("hits")).asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty();
        assertThat(result.fact("marks")).asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty();
        assertThat(result.fact("selectedFacet")).asString().startsWith(committee);
        assertThat(result.fact("filteredHits")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .anySatisfy(title -> assertThat(title).asString().contains("Radwegenetzes"));
        // the compound: "Radweg" marked inside "Radwegenetzes" and "Fahrradweg"
        assertThat(result.fact("filteredMarks")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("Radwegenetzes", "Fahrradweg");
        assertThat(result.fact("badStatus")).isEqualTo(400);
        assertThat(result.fact("badMessage")).asString().contains("31.02.2024", "ungültig");
    }
}
