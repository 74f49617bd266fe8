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
import org.openris.minutes.MinutesAssembler;
import org.openris.minutes.MinutesDocument;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The attendance of the example meeting recorded by the clerk over HTTP: the roster grouped by
 * faction with the chair first, a personal deputy offered (and a deputy of another faction not),
 * the substitute, a late arrival, the administration and a guest; German messages for what cannot
 * be; and the minutes' attendance list built from the record ("Rm Celik i. V. für Rm Dorn",
 * "sB Hahn ab 16:25 Uhr", "Herr Neumann (60/FBL)", "Rm Dorn (entschuldigt)").
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttendanceRecordingTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    MinutesAssembler minutes;

    Fixtures fx;
    String tag;
    long committee;
    long meeting;
    long planned;
    Map<String, Long> people = new LinkedHashMap<>();
    String clerk;
    String otherClerk;

    @BeforeAll
    void scene() {
        fx = new Fixtures(jdbc);
        tag = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        long body = fx.body("Stadt Anwesenheit " + tag);
        long term = fx.term(body, "2025–2030", today.minusYears(1), today.plusYears(3));
        committee = fx.organization(body, "Ausschuss für Umwelt " + tag, "COMMITTEE").create();
        long other = fx.organization(body, "Schulausschuss " + tag, "COMMITTEE").create();
        long spd = fx.organization(body, "SPD-Fraktion " + tag, "FACTION").create();
        long cdu = fx.organization(body, "CDU-Fraktion " + tag, "FACTION").create();
        long board = fx.organization(body, "Seniorenbeirat " + tag, "ADVISORY_BOARD").create();
        LocalDate since = today.minusYears(1);
        for (String name : List.of("Albers", "Brinkmann", "Dorn", "Celik", "Engel", "Falk", "Hahn", "Kurz", "Lindner")) {
            long person = fx.person(body, name).male().create();
            people.put(name, person);
            if (List.of("Albers", "Brinkmann", "Dorn", "Celik").contains(name)) {
                fx.membership(person, spd, since).create();
            } else if (List.of("Falk", "Kurz").contains(name)) {
                fx.membership(person, cdu, since).create();
            }
        }
        fx.membership(people.get("Albers"), committee, since).chair(null).create();
        fx.membership(people.get("Brinkmann"), committee, since).create();
        long dorn = fx.membership(people.get("Dorn"), committee, since).create();
        fx.membership(people.get("Celik"), committee, since).deputyFor(dorn).create();
        fx.membership(people.get("Engel"), committee, since).citizenMember(spd).create();
        long falk = fx.membership(people.get("Falk"), committee, since).create();
        fx.membership(people.get("Hahn"), committee, since).citizenMember(cdu).create();
        fx.membership(people.get("Kurz"), committee, since).deputyFor(falk).create();
        fx.membership(people.get("Lindner"), committee, since).residentWithoutVote(board).create();
        meeting = fx.meeting(body, committee, term, Fixtures.berlin(today.plusDays(1), LocalTime.of(16, 0)))
                .numbered(12, "12. Sitzung des Ausschusses für Umwelt " + tag).create();
        planned = fx.meeting(body, committee, term, Fixtures.berlin(today.plusDays(40), LocalTime.of(16, 0))).create();
        fx.execute("UPDATE meeting SET state = 'PLANNED' WHERE id = ?", planned);
        clerk = "attendance-clerk-" + tag;
        otherClerk = "attendance-other-" + tag;
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, clerk, null), "CLERK", committee);
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, otherClerk, null), "CLERK", other);
    }

    @Test
    void the_clerk_records_the_example_attendance_and_the_minutes_list_follows_from_it() {
        WebSession s = MemberLogin.signIn(port, jdbc, clerk);
        String path = "/verwaltung/sitzungen/" + meeting + "/anwesenheit";
        String page = s.get(path).body();
        assertThat(page).contains("Rm Albers (Vorsitzender)").contains("Stimmberechtigte Mitglieder: SPD-Fraktion " + tag)
                .contains("Mitglieder ohne Stimmrecht").contains("sE Lindner");
        assertThat(page).containsSubsequence("Rm Albers", "Rm Brinkmann", "Rm Dorn", "sB Engel", "Rm Falk", "sB Hahn");
        assertThat(options(page, "substitute-" + people.get("Dorn"))).contains("Rm Celik (persönliche Stellvertretung)").doesNotContain("Kurz");
        assertThat(options(page, "substitute-" + people.get("Hahn"))).contains("Rm Kurz").doesNotContain("Celik");

        // a deputy of another faction, times for an excused member and a mistyped time are refused, nothing is stored
        Map<String, String> wrong = form();
        wrong.put("status-" + people.get("Dorn"), "EXCUSED");
        wrong.put("substitute-" + people.get("Dorn"), "" + people.get("Kurz"));
        wrong.put("arrived-" + people.get("Dorn"), "16:10");
        var refused = s.post(path, wrong);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Diese Person kann das Mitglied nicht vertreten.").contains("Zeiten gibt es nur für Anwesende.");
        s.get(path);
        Map<String, String> mistyped = form();
        mistyped.put("arrived-" + people.get("Hahn"), "16.25 Uhr");
        assertThat(s.post(path, mistyped).body()).contains("Bitte geben Sie die Uhrzeit als SS:MM an");
        assertThat(count()).isZero();

        s.get(path);
        Map<String, String> example = form();
        example.put("status-" + people.get("Dorn"), "EXCUSED");
        example.put("substitute-" + people.get("Dorn"), "" + people.get("Celik"));
        example.put("arrived-" + people.get("Hahn"), "16:25");
        example.put("start", "16:00");
        example.put("end", "18:40");
        assertThat(s.post(path, example).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT status || ' ' || coalesce(substitute_for_person_id::text, '-') FROM attendance WHERE meeting_id = ? AND person_id = ?")
                .params(meeting, people.get("Celik")).query(String.class).single()).isEqualTo("PRESENT " + people.get("Dorn"));
        assertThat(count()).as("7 members and the deputy").isEqualTo(8);

        s.get(path);
        assertThat(s.post(path + "/weitere", Map.of("otherCategory", "ADMINISTRATION", "otherSalutation", "Herr", "otherName", "Neumann",
                "otherUnit", "60", "otherFunction", "FBL")).statusCode()).isEqualTo(302);
        s.get(path);
        assertThat(s.post(path + "/weitere", Map.of("otherCategory", "GUEST", "otherSalutation", "Frau", "otherName", "Dr. Quast",
                "otherAffiliation", "Stadtwerke Musterstadt")).statusCode()).isEqualTo(302);
        s.get(path);
        assertThat(s.post(path + "/weitere", Map.of("otherCategory", "GUEST", "otherName", " ")).body()).contains("Bitte geben Sie einen Namen an.");
        s.get(path);
        assertThat(s.post(path + "/weitere", Map.of("otherCategory", "GUEST", "otherName", "Versehen")).statusCode()).isEqualTo(302);
        long mistake = jdbc.sql("SELECT id FROM attendance WHERE meeting_id = ? AND guest_name = 'Versehen'").param(meeting).query(Long.class).single();
        s.get(path);
        assertThat(s.post(path + "/weitere/" + mistake + "/entfernen", Map.of()).statusCode()).isEqualTo(302);

        String saved = s.get(path).body();
        assertThat(saved).contains("Herr Neumann (60/FBL)").contains("Frau Dr. Quast (Stadtwerke Musterstadt)").doesNotContain("Versehen");
        MinutesDocument document = minutes.assemble(meeting, true).orElseThrow();
        List<String> lines = document.present().stream().flatMap(g -> g.subGroups().stream()).flatMap(g -> g.lines().stream()).toList();
        assertThat(lines).contains("Rm Albers (Vorsitzender)", "Rm Celik i. V. für Rm Dorn", "sB Hahn ab 16:25 Uhr", "Herr Neumann (60/FBL)",
                "Frau Dr. Quast (Stadtwerke Musterstadt)");
        assertThat(document.absent()).containsExactly("Rm Dorn (entschuldigt)");
        assertThat(document.actualStart()).isEqualTo(LocalTime.of(16, 0));
        assertThat(document.actualEnd()).isEqualTo(LocalTime.of(18, 40));
        assertThat(jdbc.sql("SELECT count(*) FROM change_log WHERE object_type = 'meeting' AND object_id = ? AND action = 'attendance'")
                .param(meeting).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void a_meeting_not_yet_invited_takes_no_attendance_and_another_organizations_clerk_gets_404() {
        WebSession s = MemberLogin.signIn(port, jdbc, clerk);
        String path = "/verwaltung/sitzungen/" + planned + "/anwesenheit";
        assertThat(s.get(path).body()).contains("erst erfasst werden, wenn zur Sitzung eingeladen wurde");
        assertThat(s.post(path, Map.of("start", "16:00")).body()).contains("erst erfasst werden, wenn zur Sitzung eingeladen wurde");
        WebSession other = MemberLogin.signIn(port, jdbc, otherClerk);
        assertThat(other.get("/verwaltung/sitzungen/" + meeting + "/anwesenheit").statusCode()).isEqualTo(404);
        assertThat(other.post("/verwaltung/sitzungen/" + meeting + "/anwesenheit/weitere", Map.of("otherCategory", "GUEST", "otherName", "X"))
                .statusCode()).isEqualTo(404);
    }

    /** Everyone present, nothing else. */
    private Map<String, String> form() {
        Map<String, String> form = new LinkedHashMap<>();
        for (String name : List.of("Albers", "Brinkmann", "Dorn", "Engel", "Falk", "Hahn", "Lindner")) {
            form.put("status-" + people.get(name), "PRESENT");
        }
        return form;
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM attendance WHERE meeting_id = ? AND person_id IS NOT NULL").param(meeting).query(Long.class).single();
    }

    private static String options(String page, String selectId) {
        int start = page.indexOf("id=\"" + selectId + "\"");
        assertThat(start).as(selectId).isPositive();
        return page.substring(start, page.indexOf("</select>", start));
    }
}
