package org.openris.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The proof-of-life page over real HTTP: body, next public meetings, counts, health; no technical details leak. */
@RisIntegrationTest
class HomePageTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_home_page_lists_upcoming_public_meetings_but_no_drafts() throws Exception {
        Fixtures fx = new Fixtures(jdbc);
        long body = jdbc.sql("SELECT count(*) FROM body").query(Long.class).single() == 0 ? fx.body("Stadt Musterstadt")
                : jdbc.sql("SELECT min(id) FROM body").query(Long.class).single();
        long term = fx.term(body, "Wahlperiode 2025–2030", LocalDate.of(2025, 11, 1), LocalDate.of(2030, 10, 31));
        long committee = fx.organization(body, "Ausschuss für Heimtests", "COMMITTEE").create();
        // the page shows the next six meetings and other tests share the database: start before all of theirs
        ZonedDateTime soon = ZonedDateTime.now(java.time.ZoneId.of("Europe/Berlin")).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plusMinutes(3);
        assertThat(jdbc.sql("SELECT count(*) FROM meeting WHERE start_planned > now() AND start_planned < :soon")
                .param("soon", soon.toOffsetDateTime()).query(Long.class).single()).as("no other meeting in the next minutes").isZero();
        fx.meeting(body, committee, term, soon.toOffsetDateTime()).numbered(4, "4. Sitzung").create();
        fx.meeting(body, fx.organization(body, "Geheimer Entwurf", "COMMITTEE").create(), term, soon.toOffsetDateTime())
                .numbered(5, "5. Sitzung").draft().create();
        String time = soon.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")) + " Uhr";

        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("text/html"));
        assertThat(page.headers().firstValue("Content-Language")).as("German pages say so, whatever the browser asks for").hasValue("de-DE");
        assertThat(page.body()).contains("<html lang=\"de\">").contains("Nächste öffentliche Sitzungen")
                .contains("Ausschuss für Heimtests").contains("4. Sitzung").contains(time)
                .doesNotContain("Geheimer Entwurf");
    }

    @Test
    void health_is_public_and_up_but_other_actuator_endpoints_are_not() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        for (String closed : new String[]{"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump"}) {
            assertThat(get(closed).statusCode()).as(closed).isEqualTo(404);
        }
    }

    @Test
    void an_unknown_page_answers_404_in_german_without_technical_details() throws Exception {
        HttpResponse<String> page = get("/gibt-es-nicht/../../etc/passwd?x=%00");
        assertThat(page.statusCode()).isIn(400, 404);
        HttpResponse<String> missing = get("/sitzungen/999999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("nicht gefunden").doesNotContain("Exception").doesNotContain("at org.");
    }
}
