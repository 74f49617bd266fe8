package org.openris.backoffice.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Recording agenda items during the meeting over HTTP as the clerk: a decision with counts, a
 * faction's no and a recusal (quorum warning, vote phrase, consultation outcome), a paper passed on
 * without decision to the council, a request answered with a follow-up by a due date, a postponed
 * item; and the German messages for what cannot be (too many votes, a recused absentee, a secret vote
 * with faction positions, a due date before the meeting).
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemRecordingTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    Fixtures fx;
    String tag;
    long council;
    long spd;
    long fdp;
    long unit;
    long meeting;
    long heading;
    long coSignerItem;
    long banItem;
    long confirmationItem;
    long procurement;
    long parking;
    long request;
    long news;
    long cProcurement;
    long cParking;
    Map<String, Long> people = new LinkedHashMap<>();
    String clerk;
    String otherClerk;
    LocalDate day;

    @BeforeAll
    void scene() {
        fx = new Fixtures(jdbc);
        tag = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        day = today;
        long body = fx.body("Stadt Ergebnis " + tag);
        long term = fx.term(body, "2025–2030", today.minusYears(1), today.plusYears(3));
        long committee = fx.organization(body, "Ausschuss für Umwelt " + tag, "COMMITTEE").create();
        council = fx.organization(body, "Rat der Stadt " + tag, "COUNCIL").create();
        long other = fx.organization(body, "Schulausschuss " + tag, "COMMITTEE").create();
        spd = fx.organization(body, "SPD-Fraktion", "FACTION").create();
        fdp = fx.organization(body, "FDP-Fraktion", "FACTION").create();
        unit = fx.organization(body, "Tiefbauamt " + tag, "ADMINISTRATIVE_UNIT").unitCode("66").create();
        LocalDate since = today.minusYears(1);
        meeting = fx.meeting(body, committee, term, Fixtures.berlin(today, LocalTime.of(16, 0))).numbered(12, "12. Sitzung " + tag).create();
        int position = 0;
        // seven voting seats; five present (quorum needs four), one of them recused at 2.1
        for (String name : List.of("Albers", "Brinkmann", "Celik", "Falk", "Krüger", "Weiß", "Zander")) {
            long person = fx.person(body, name).male().create();
            people.put(name, person);
            long seat = fx.membership(person, committee, since).create();
            long faction = name.equals("Krüger") ? fdp : spd;
            fx.membership(person, faction, since).create();
            if (!List.of("Weiß", "Zander").contains(name)) {
                fx.attendance(meeting, "VOTING_MEMBER", position++).member(person, seat, faction).create();
            }
        }
        long type = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        long requestType = fx.paperType(body, "Anfrage", "REQUEST", true);
        fx.execute("UPDATE meeting SET invitation_sent_at = now() - interval '10 days' WHERE id = ?", meeting);
        long regularien = fx.agendaItem(meeting, "1", "Regularien").heading().create();
        coSignerItem = fx.agendaItem(meeting, "1.1", "Benennung eines Ausschussmitgliedes zur Mitunterzeichnung der Niederschrift").under(regularien).create();
        banItem = fx.agendaItem(meeting, "1.2", "Hinweis auf das Mitwirkungsverbot").under(regularien).create();
        confirmationItem = fx.agendaItem(meeting, "1.3", "Feststellung der Tagesordnung").under(regularien).create();
        fx.execute("UPDATE agenda_item SET template_key = 'REGULARIEN' WHERE id = ?", regularien);
        fx.execute("UPDATE agenda_item SET template_key = 'CO_SIGNER' WHERE id = ?", coSignerItem);
        fx.execute("UPDATE agenda_item SET template_key = 'PARTICIPATION_BAN' WHERE id = ?", banItem);
        fx.execute("UPDATE agenda_item SET template_key = 'AGENDA_CONFIRMATION' WHERE id = ?", confirmationItem);
        heading = fx.agendaItem(meeting, "2", "Vorlagen der Verwaltung").heading().create();
        procurement = fx.agendaItem(meeting, "2.1", "Beschaffung von Kehrmaschinen").under(heading).treatment("DECISION", "Beschluss").create();
        parking = fx.agendaItem(meeting, "2.2", "Parkraumbewirtschaftung").under(heading).treatment("RECOMMENDATION", "Empfehlung").create();
        request = fx.agendaItem(meeting, "2.3", "Sachstand Radweg Nordring").under(heading).create();
        news = fx.agendaItem(meeting, "2.4", "Mitteilungen").under(heading).create();
        long p1 = fx.paper(body, type, "Beschaffung von Kehrmaschinen").released("04502-23", today.minusDays(20)).create();
        long p2 = fx.paper(body, type, "Parkraumbewirtschaftung").released("04129-23", today.minusDays(20)).create();
        long p3 = fx.paper(body, requestType, "Sachstand Radweg Nordring").released("04622-23", today.minusDays(20)).create();
        cProcurement = fx.consultation(p1, committee, meeting, procurement, 0, "DECISION", true, null);
        cParking = fx.consultation(p2, committee, meeting, parking, 0, "RECOMMENDATION", false, null);
        fx.consultation(p2, council, null, null, 1, "DECISION", true, null);
        fx.consultation(p3, committee, meeting, request, 0, "TO_NOTE", false, null);
        clerk = "record-clerk-" + tag;
        otherClerk = "record-other-" + tag;
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, clerk, null), "CLERK", committee);
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, otherClerk, null), "CLERK", other);
    }

    @Test
    void a_decision_with_counts_a_faction_against_and_a_recusal_is_recorded_phrased_and_written_to_the_consultation() {
        WebSession s = MemberLogin.signIn(port, jdbc, clerk);
        String path = "/verwaltung/tagesordnungspunkte/" + procurement;
        String page = s.get(path).body();
        assertThat(page).contains("TOP 2.1 Beschaffung von Kehrmaschinen").contains("(Drucksache Nr.: 04502-23)")
                .contains("Beschlussfähig: 5 stimmberechtigte Mitglieder anwesend, erforderlich sind 4.")
                .contains("Rm Falk (SPD-Fraktion)");

        Map<String, String> tooMany = decided("3", "1", "1");
        assertThat(s.post(path, tooMany).body()).contains("Mehr Stimmen als stimmberechtigte Anwesende (ohne Befangene).");
        s.get(path);
        Map<String, String> absentee = decided("3", "1", "0");
        absentee.put("recused-" + people.get("Zander"), "on");
        assertThat(s.post(path, absentee).body()).contains("Befangen kann nur ein anwesendes stimmberechtigtes Mitglied sein.");
        s.get(path);
        Map<String, String> secret = decided("3", "1", "0");
        secret.put("voteKind", "SECRET");
        assertThat(s.post(path, secret).body()).contains("Bei geheimer Abstimmung werden keine Fraktionspositionen erfasst.");
        assertThat(jdbc.sql("SELECT count(*) FROM decision WHERE agenda_item_id = ?").param(procurement).query(Long.class).single()).isZero();

        s.get(path);
        assertThat(s.post(path, decided("3", "1", "0")).statusCode()).isEqualTo(302);
        Map<String, Object> decision = jdbc.sql("SELECT outcome, vote_kind, majority, yes_count, no_count, abstain_count, resolution_text, public"
                + " FROM decision WHERE agenda_item_id = ? AND deleted_at IS NULL").param(procurement).query().singleRow();
        assertThat(decision).containsEntry("outcome", "ADOPTED").containsEntry("vote_kind", "OPEN").containsEntry("majority", "MAJORITY")
                .containsEntry("yes_count", 3).containsEntry("no_count", 1).containsEntry("abstain_count", 0);
        assertThat((String) decision.get("resolution_text")).isEqualTo("<p>Die Verwaltung wird beauftragt, zwölf Kehrmaschinen zu beschaffen.</p>");
        assertThat(jdbc.sql("SELECT outcome FROM consultation WHERE id = ?").param(cProcurement).query(String.class).single()).isEqualTo("ADOPTED");
        assertThat(jdbc.sql("SELECT person_id FROM recusal WHERE agenda_item_id = ? AND deleted_at IS NULL").param(procurement)
                .query(Long.class).list()).containsExactly(people.get("Falk"));
        assertThat(jdbc.sql("SELECT status || ' ' || result FROM agenda_item WHERE id = ?").param(procurement).query(String.class).single())
                .isEqualTo("TREATED beschlossen");
        assertThat(jdbc.sql("SELECT minutes_text FROM agenda_item WHERE id = ?").param(procurement).query(String.class).single())
                .as("the item's text in the minutes, composed from the record")
                .isEqualTo("<p>Rm Falk hat den Sitzungssaal verlassen.</p><p>Der Ausschuss für Umwelt " + tag
                        + " beschließt mit 3 Ja-Stimmen, 1 Nein-Stimme (FDP-Fraktion) und ohne Enthaltungen:</p>"
                        + "<p>Die Verwaltung wird beauftragt, zwölf Kehrmaschinen zu beschaffen.</p>");
        String saved = s.get(path).body();
        assertThat(saved).contains("In der Niederschrift: „mit 3 Ja-Stimmen, 1 Nein-Stimme (FDP-Fraktion) und ohne Enthaltungen“")
                .contains("Beschlussfähig: 4 stimmberechtigte Mitglieder anwesend, erforderlich sind 4.");
        assertThat(jdbc.sql("SELECT count(*) FROM change_log WHERE object_type = 'meeting' AND object_id = ? AND action = 'item'"
                + " AND summary = 'TOP 2.1 protokolliert'").param(meeting).query(Long.class).single()).isOne();

        // a second recusal loses the quorum: a warning, not a block
        s.get(path);
        Map<String, String> twoRecused = decided("2", "1", "0");
        twoRecused.put("recused-" + people.get("Celik"), "on");
        assertThat(s.post(path, twoRecused).statusCode()).isEqualTo(302);
        assertThat(s.get(path).body()).contains("Wegen der Mitwirkungsverbote zu diesem Punkt sind nur 3 stimmberechtigte Mitglieder");
    }

    @Test
    void passed_on_without_decision_to_the_council_a_follow_up_with_a_due_date_and_a_postponed_item() {
        WebSession s = MemberLogin.signIn(port, jdbc, clerk);
        String path = "/verwaltung/tagesordnungspunkte/" + parking;
        assertThat(s.get(path).body()).contains("<option value=\"" + council + "\" selected>");
        Map<String, String> passed = form("TREATED", "PASSED_ON_WITHOUT_DECISION");
        passed.put("recommendedTo", "");
        assertThat(s.post(path, passed).body()).contains("Bitte wählen Sie das Gremium, an das die Empfehlung geht");
        s.get(path);
        passed.put("recommendedTo", "" + council);
        passed.put("minutesText", "<p>Rm Brinkmann (SPD-Fraktion) bittet, die Vorlage ohne Empfehlung in den Rat durchlaufen zu lassen.</p>");
        assertThat(s.post(path, passed).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT outcome FROM consultation WHERE id = ?").param(cParking).query(String.class).single())
                .isEqualTo("PASSED_ON_WITHOUT_DECISION");
        assertThat(jdbc.sql("SELECT recommended_to_organization_id FROM decision WHERE agenda_item_id = ?").param(parking).query(Long.class).single())
                .isEqualTo(council);

        String requestPath = "/verwaltung/tagesordnungspunkte/" + request;
        s.get(requestPath);
        Map<String, String> followUp = form("TREATED", "NOTED");
        followUp.put("followUpDescription", "Schriftliche Stellungnahme zum Radweg Nordring");
        followUp.put("followUpDue", day.minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        followUp.put("followUpUnit", "" + unit);
        assertThat(s.post(requestPath, followUp).body()).contains("Das Datum liegt vor der Sitzung.");
        s.get(requestPath);
        followUp.put("followUpDue", day.plusWeeks(8).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertThat(s.post(requestPath, followUp).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT description || ' ' || due_date || ' ' || responsible_organization_id || ' ' || status FROM follow_up"
                        + " WHERE agenda_item_id = ? AND deleted_at IS NULL").param(request).query(String.class).single())
                .isEqualTo("Schriftliche Stellungnahme zum Radweg Nordring " + day.plusWeeks(8) + " " + unit + " OPEN");
        assertThat(jdbc.sql("SELECT minutes_text FROM agenda_item WHERE id = ?").param(request).query(String.class).single())
                .endsWith("<p>Der Ausschuss bittet die Verwaltung bis zum "
                        + day.plusWeeks(8).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                        + " um schriftliche Stellungnahme zum Radweg Nordring.</p>");
        assertThat(jdbc.sql("SELECT minutes_text FROM agenda_item WHERE id = ?").param(parking).query(String.class).single())
                .isEqualTo("<p>Rm Brinkmann (SPD-Fraktion) bittet, die Vorlage ohne Empfehlung in den Rat durchlaufen zu lassen.</p>"
                        + "<p>Der Ausschuss für Umwelt " + tag + " lässt die Vorlage ohne Beschluss in den Rat der Stadt " + tag + " durchlaufen.</p>");

        String newsPath = "/verwaltung/tagesordnungspunkte/" + news;
        s.get(newsPath);
        assertThat(s.post(newsPath, form("POSTPONED", null)).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT status || ' ' || result FROM agenda_item WHERE id = ?").param(news).query(String.class).single())
                .isEqualTo("POSTPONED vertagt");

        s.get("/verwaltung/tagesordnungspunkte/" + heading);
        assertThat(s.post("/verwaltung/tagesordnungspunkte/" + heading, form("TREATED", null)).body())
                .contains("Abschnittsüberschriften haben kein eigenes Ergebnis.");
        WebSession other = MemberLogin.signIn(port, jdbc, otherClerk);
        assertThat(other.get(path).statusCode()).isEqualTo(404);
        assertThat(other.post(path, passed).statusCode()).isEqualTo(404);
        assertThat(s.get("/verwaltung/tagesordnungspunkte/abc").statusCode()).isEqualTo(404);
    }

    @Test
    void an_urgent_addition_and_a_changed_order_appear_under_the_confirmation_of_the_agenda_and_the_co_signer_under_1_1() {
        WebSession s = MemberLogin.signIn(port, jdbc, clerk);
        String meetingPath = "/verwaltung/sitzungen/" + meeting;
        s.get(meetingPath);
        assertThat(s.post(meetingPath + "/punkt", Map.of("parent", "" + heading, "itemName", "Hitzeschutz in Kitas", "treatment", "RECOMMENDATION",
                "itemPublic", "on", "urgent", "on")).statusCode()).isEqualTo(302);
        String urgentNumber = jdbc.sql("SELECT number FROM agenda_item WHERE meeting_id = ? AND urgent").param(meeting).query(String.class).single();
        s.get("/verwaltung/tagesordnungspunkte/" + request);
        assertThat(s.post("/verwaltung/tagesordnungspunkte/" + request + "/reihenfolge", Map.of("before", "" + heading)).body())
                .contains("Bitte wählen Sie einen anderen Tagesordnungspunkt (keinen Abschnitt).");
        s.get("/verwaltung/tagesordnungspunkte/" + request);
        assertThat(s.post("/verwaltung/tagesordnungspunkte/" + request + "/reihenfolge", Map.of("before", "" + parking)).statusCode()).isEqualTo(302);

        s.get("/verwaltung/tagesordnungspunkte/" + coSignerItem);
        Map<String, String> coSigner = form("TREATED", null);
        coSigner.put("coSigner", "" + people.get("Zander"));
        assertThat(s.post("/verwaltung/tagesordnungspunkte/" + coSignerItem, coSigner).body())
                .contains("Benannt werden kann ein anwesendes stimmberechtigtes Mitglied.");
        s.get("/verwaltung/tagesordnungspunkte/" + coSignerItem);
        coSigner.put("coSigner", "" + people.get("Brinkmann"));
        assertThat(s.post("/verwaltung/tagesordnungspunkte/" + coSignerItem, coSigner).statusCode()).isEqualTo(302);

        assertThat(text(coSignerItem)).isEqualTo("<p>Zur Mitunterzeichnung der Niederschrift wurde Rm Brinkmann benannt.</p>");
        assertThat(text(confirmationItem)).isEqualTo("<p>Die Tagesordnung wird im Rahmen der Dringlichkeit um folgenden Tagesordnungspunkt erweitert:</p>"
                + "<p>" + urgentNumber + " Hitzeschutz in Kitas<br>Empfehlung</p>"
                + "<p>Des Weiteren wird vorgeschlagen, TOP 2.3 vor TOP 2.2 zu behandeln.</p>"
                + "<p>Die Tagesordnung wird mit diesen Änderungen festgestellt.</p>");
        assertThat(text(banItem)).startsWith("<p>Der Vorsitzende weist auf das Mitwirkungsverbot hin.");
        assertThat(jdbc.sql("SELECT number FROM agenda_item WHERE meeting_id = ? AND NOT heading AND deleted_at IS NULL AND number LIKE '2.%'"
                        + " ORDER BY treatment_position").param(meeting).query(String.class).list())
                .as("the minutes follow the order of treatment").startsWith("2.1", "2.3", "2.2");
    }

    @Test
    void the_composed_notice_of_1_2_is_not_offered_as_discussion_so_saving_the_page_as_shown_prints_it_once() {
        WebSession s = MemberLogin.signIn(port, jdbc, clerk);
        s.get("/verwaltung/tagesordnungspunkte/" + banItem);
        assertThat(s.post("/verwaltung/tagesordnungspunkte/" + banItem, form("TREATED", null)).statusCode()).isEqualTo(302);
        assertThat(text(banItem)).contains("Der Vorsitzende weist auf das Mitwirkungsverbot hin.");

        String page = s.get("/verwaltung/tagesordnungspunkte/" + banItem).body();
        java.util.regex.Matcher area = java.util.regex.Pattern.compile("<textarea id=\"minutesText\"[^>]*>(.*?)</textarea>", java.util.regex.Pattern.DOTALL)
                .matcher(page);
        assertThat(area.find()).isTrue();
        assertThat(area.group(1)).doesNotContain("Mitwirkungsverbot");
        Map<String, String> asShown = form("TREATED", null);
        asShown.put("minutesText", area.group(1));
        assertThat(s.post("/verwaltung/tagesordnungspunkte/" + banItem, asShown).statusCode()).isEqualTo(302);
        assertThat(text(banItem).split("weist auf das Mitwirkungsverbot hin", -1)).hasSize(2);
    }

    private String text(long item) {
        return jdbc.sql("SELECT minutes_text FROM agenda_item WHERE id = ?").param(item).query(String.class).single();
    }

    private Map<String, String> decided(String yes, String no, String abstain) {
        Map<String, String> form = form("TREATED", "ADOPTED");
        form.put("resolutionText", "Die Verwaltung wird beauftragt, zwölf Kehrmaschinen zu beschaffen.");
        form.put("voteKind", "OPEN");
        form.put("yes", yes);
        form.put("no", no);
        form.put("abstain", abstain);
        form.put("faction-" + fdp, "NO");
        form.put("faction-" + spd, "YES");
        form.put("recused-" + people.get("Falk"), "on");
        return form;
    }

    private static Map<String, String> form(String status, String outcome) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("status", status);
        form.put("outcome", outcome == null ? "" : outcome);
        form.put("voteKind", "NONE");
        form.put("minutesText", "");
        return form;
    }
}
