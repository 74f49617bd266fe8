package org.openris.backoffice.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openris.identity.Accounts;
import org.openris.minutes.MinutesAssembler;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A link as an attachment of an agenda item ("Anlage 2: Video der Präsentation", issue 7): it takes
 * the next "Anlage N" of the meeting after the uploaded files, only http(s) addresses are accepted
 * (German message, nothing stored), the portal lists it under a public item only, the minutes list
 * it among the attachments of its part, and it can be removed while the record is open.
 */
@RisIntegrationTest
class ItemLinkTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    MinutesAssembler minutes;

    @Test
    void a_video_link_is_numbered_with_the_files_shown_where_its_item_is_and_listed_in_the_minutes() {
        Fixtures fx = new Fixtures(jdbc);
        String tag = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        long body = fx.body("Stadt Links " + tag);
        long term = fx.term(body, "2025–2030", today.minusYears(1), today.plusYears(3));
        long committee = fx.organization(body, "Ausschuss für Umwelt " + tag, "COMMITTEE").create();
        long meeting = fx.meeting(body, committee, term, Fixtures.berlin(today, LocalTime.of(16, 0))).numbered(5, "5. Sitzung " + tag).create();
        long report = fx.agendaItem(meeting, "1", "Zwischenbericht " + tag).create();
        long closed = fx.agendaItem(meeting, "2", "Grundstücksangelegenheit " + tag).nonPublic().create();
        fx.attachToAgendaItem(report, fx.file(body, "Präsentation " + tag, true), "Anlage 1");
        String clerk = "link-clerk-" + tag;
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, clerk, null), "CLERK", committee);
        WebSession s = MemberLogin.signIn(port, jdbc, clerk);
        String page = "/verwaltung/tagesordnungspunkte/" + report;
        s.get(page);

        assertThat(s.post(page + "/links", Map.of("linkTitle", "Video der Präsentation", "linkUrl", "javascript:alert(1)")).statusCode())
                .isEqualTo(302);
        assertThat(s.followRedirect().body()).contains("mit http:// oder https:// beginnt").contains("Video der Präsentation");
        assertThat(s.post(page + "/links", Map.of("linkTitle", " ", "linkUrl", "https://video.example.org/a b")).statusCode()).isEqualTo(302);
        assertThat(count(meeting)).isZero();

        assertThat(s.post(page + "/links", Map.of("linkTitle", "Video der Präsentation", "linkUrl", "https://video.example.org/aukm-12")).statusCode())
                .isEqualTo(302);
        assertThat(s.followRedirect().body()).contains("Anlage 2").contains("https://video.example.org/aukm-12");
        s.get("/verwaltung/tagesordnungspunkte/" + closed);
        s.post("/verwaltung/tagesordnungspunkte/" + closed + "/links", Map.of("linkTitle", "Aufzeichnung " + tag, "linkUrl", "https://intern.example.org/x"));
        assertThat(jdbc.sql("SELECT label FROM agenda_item_link WHERE agenda_item_id = ?").param(closed).query(String.class).single())
                .isEqualTo("Anlage 3");

        String portal = new WebSession(port).get("/sitzungen/" + meeting).body();
        assertThat(portal).contains("Anlage 2: Video der Präsentation").contains("https://video.example.org/aukm-12")
                .doesNotContain("Aufzeichnung " + tag).doesNotContain("intern.example.org");
        assertThat(minutes.assemble(meeting, true).orElseThrow().attachments())
                .containsExactly("Anlage 1: Präsentation " + tag + ", PDF", "Anlage 2: Video der Präsentation, Link");
        assertThat(minutes.assemble(meeting, false).orElseThrow().attachments()).containsExactly("Anlage 3: Aufzeichnung " + tag + ", Link");

        long link = jdbc.sql("SELECT id FROM agenda_item_link WHERE agenda_item_id = ?").param(report).query(Long.class).single();
        jdbc.sql("UPDATE meeting SET state = 'MINUTES_SIGNED' WHERE id = ?").param(meeting).update();
        s.post(page + "/links/" + link + "/entfernen", Map.of());
        assertThat(s.followRedirect().body()).contains("Niederschrift");
        assertThat(count(meeting)).isEqualTo(2);
        jdbc.sql("UPDATE meeting SET state = 'INVITED' WHERE id = ?").param(meeting).update();
        assertThat(s.post(page + "/links/" + link + "/entfernen", Map.of()).statusCode()).isEqualTo(302);
        assertThat(count(meeting)).isEqualTo(1);
        assertThat(new WebSession(port).get("/sitzungen/" + meeting).body()).doesNotContain("video.example.org");
    }

    private long count(long meeting) {
        return jdbc.sql("SELECT count(*) FROM agenda_item_link l JOIN agenda_item a ON a.id = l.agenda_item_id"
                + " WHERE a.meeting_id = ? AND l.deleted_at IS NULL").param(meeting).query(Long.class).single();
    }
}
