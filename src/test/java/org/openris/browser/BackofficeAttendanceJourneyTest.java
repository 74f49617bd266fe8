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

/**
 * The clerk conducts a meeting in a real browser (tablet and phone width): attendance with substitute,
 * late arrival and administration; then an agenda item with a speaker picked into the discussion and
 * a unanimous vote.
 */
@RisIntegrationTest
class BackofficeAttendanceJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    @Test
    void clerk_records_a_substitute_a_late_arrival_and_the_administration() {
        Fixtures fx = new Fixtures(jdbc);
        String tag = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        long body = fx.body("Stadt Anwesenheit Journey " + tag);
        long term = fx.term(body, "2025–2030", today.minusYears(1), today.plusYears(3));
        long committee = fx.organization(body, "Ausschuss für Umwelt, Klima und Mobilität " + tag, "COMMITTEE").create();
        long spd = fx.organization(body, "SPD-Fraktion", "FACTION").create();
        long cdu = fx.organization(body, "CDU-Fraktion", "FACTION").create();
        LocalDate since = today.minusYears(1);
        long albers = fx.person(body, "Albers").male().create();
        long dorn = fx.person(body, "Dorn").male().create();
        long celik = fx.person(body, "Celik").male().create();
        long hahn = fx.person(body, "Hahn").male().create();
        long falk = fx.person(body, "Falk").female().create();
        for (long p : new long[]{albers, dorn, celik}) {
            fx.membership(p, spd, since).create();
        }
        fx.membership(falk, cdu, since).create();
        fx.membership(albers, committee, since).chair(null).create();
        long dornSeat = fx.membership(dorn, committee, since).create();
        fx.membership(celik, committee, since).deputyFor(dornSeat).create();
        fx.membership(falk, committee, since).create();
        fx.membership(hahn, committee, since).citizenMember(cdu).create();
        long meeting = fx.meeting(body, committee, term, Fixtures.berlin(today, LocalTime.of(16, 0)))
                .numbered(12, "12. Sitzung des Ausschusses für Umwelt, Klima und Mobilität " + tag).create();
        fx.execute("UPDATE meeting SET invitation_sent_at = now() - interval '10 days' WHERE id = ?", meeting);
        long section = fx.agendaItem(meeting, "1", "Vorlagen der Verwaltung").heading().create();
        long item = fx.agendaItem(meeting, "1.1", "Beschaffung von zwölf elektrischen Kehrmaschinen").under(section)
                .treatment("DECISION", "Beschluss").create();
        long rollCallItem = fx.agendaItem(meeting, "1.2", "Baumschutzsatzung").under(section).treatment("DECISION", "Beschluss").create();
        long unit = fx.organization(body, "Tiefbauamt " + tag, "ADMINISTRATIVE_UNIT").unitCode("66").create();
        fx.followUp(item, fx.paper(body, fx.paperType(body, "Anfrage", "REQUEST", true), "Radweg Nordring " + tag)
                .released("04622-23", today.minusDays(20)).create(), "Schriftliche Stellungnahme zum Radweg " + tag, today.plusDays(7), null, unit);
        String username = "anwesenheit-" + tag;
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, username, null), "CLERK", committee);

        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("username", username);
        params.put("password", MemberLogin.PASSWORD);
        params.put("secret", MemberLogin.SECRET);
        params.put("meetingId", meeting);
        params.put("dornId", dorn);
        params.put("celikId", celik);
        params.put("hahnId", hahn);
        params.put("itemId", item);
        params.put("albersId", albers);
        params.put("falkId", falk);
        params.put("rollCallItemId", rollCallItem);
        params.put("pdfBase64", java.util.Base64.getEncoder().encodeToString(Fixtures.onePagePdf("Baumkataster " + tag)));
        JourneyResult result = BrowserJourneys.run("backoffice-attendance", port, params);

        JourneyAssertions.assertPassesStandardChecks(result);
        assertThat(result.fact("legends")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly("Rm Albers (Vorsitzender)", "Rm Dorn", "Rm Falk", "sB Hahn");
        assertThat(result.fact("savedNotice")).isEqualTo("Die Anwesenheit wurde gespeichert.");
        assertThat(result.fact("substituteKept")).isEqualTo(Long.toString(celik));
        assertThat(result.fact("others")).asInstanceOf(InstanceOfAssertFactories.LIST).anySatisfy(t -> assertThat(t.toString())
                .contains("Herr Neumann (60/FBL)"));
        assertThat(jdbc.sql("SELECT arrived_at FROM attendance WHERE meeting_id = ? AND person_id = ?").params(meeting, hahn)
                .query(LocalTime.class).single()).isEqualTo(LocalTime.of(16, 25));
        assertThat(result.fact("phrase")).isEqualTo("In der Niederschrift: „einstimmig“");
        assertThat(result.fact("discussion")).asString().startsWith("Rm Albers (SPD-Fraktion) stellt die Vorlage vor.");
        assertThat(jdbc.sql("SELECT outcome || ' ' || majority FROM decision WHERE agenda_item_id = ?").param(item).query(String.class).single())
                .isEqualTo("ADOPTED UNANIMOUS");
        assertThat(result.checks()).extracting(JourneyResult.Check::name).containsExactly("bo-attendance", "bo-attendance-saved",
                "bo-item-record", "bo-item-recorded", "bo-roll-call", "bo-item-attachment", "portal-roll-call", "bo-follow-ups", "bo-allowance", "portal-follow-ups");
        assertThat(result.fact("rollCallHiddenFirst")).isEqualTo(true);
        assertThat(result.fact("roll")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .as("the deputy in the seat of the excused member").containsExactly("Rm Albers", "Rm Falk", "sB Hahn", "Rm Celik");
        assertThat(result.fact("rollCallPhrase")).isEqualTo("In der Niederschrift: „in namentlicher Abstimmung mit 2 Ja-Stimmen"
                + " (Rm Albers und Rm Celik), 1 Nein-Stimme (Rm Falk) und ohne Enthaltungen“");
        assertThat(result.fact("tally")).isEqualTo("Gezählt: 2 Ja, 1 Nein, 0 Enthaltungen, 1 nicht abgestimmt.");
        assertThat(jdbc.sql("SELECT count(*) FROM roll_call_ballot b JOIN decision d ON d.id = b.decision_id WHERE d.agenda_item_id = ?")
                .param(rollCallItem).query(Long.class).single()).isEqualTo(4);
        assertThat(result.fact("attachmentNotice")).isEqualTo("Anlage 1 zu TOP 1.2 hinzugefügt.");
        assertThat(result.fact("attachments")).asInstanceOf(InstanceOfAssertFactories.LIST).singleElement().asString()
                .startsWith("Anlage 1: Präsentation Baumkataster");
        assertThat(result.fact("portalRollCall")).asString().contains("Ja (2)").contains("Rm Albers").contains("Nein (1)")
                .contains("Nicht abgestimmt (1)");
        assertThat(result.fact("portalAttachment")).asString().contains("Anlage 1: Präsentation Baumkataster");
        assertThat(result.fact("followUps")).asInstanceOf(InstanceOfAssertFactories.LIST).anySatisfy(t -> assertThat(t.toString())
                .contains("Schriftliche Stellungnahme zum Radweg " + tag).contains("fällig in 14 Tagen"));
        assertThat(result.fact("allowanceHeading")).isEqualTo("Sitzungsgeld");
    }
}
