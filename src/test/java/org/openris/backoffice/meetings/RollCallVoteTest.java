package org.openris.backoffice.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * A roll-call vote (namentliche Abstimmung) recorded over HTTP as the clerk: the roll lists the voting
 * members present (the deputy in the seat of the excused member, not the advisory member, not the
 * absentee), a recused member is out; the counts and faction positions come from the ballots; the
 * minutes name the members; the portal and OParl publish the ballots of the public item only; a
 * secret vote keeps counts only; switching to an open vote removes the ballots.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollCallVoteTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    String tag;
    long spd;
    long fdp;
    long meeting;
    long procurement;
    long staffing;
    long election;
    Map<String, Long> people = new LinkedHashMap<>();
    String clerk;

    @BeforeAll
    void scene() {
        Fixtures fx = new Fixtures(jdbc);
        tag = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        long body = fx.body("Stadt Namentlich " + tag);
        long term = fx.term(body, "2025–2030", today.minusYears(1), today.plusYears(3));
        long committee = fx.organization(body, "Ausschuss für Umwelt " + tag, "COMMITTEE").create();
        spd = fx.organization(body, "SPD-Fraktion", "FACTION").create();
        fdp = fx.organization(body, "FDP-Fraktion", "FACTION").create();
        LocalDate since = today.minusYears(1);
        meeting = fx.meeting(body, committee, term, Fixtures.berlin(today, LocalTime.of(16, 0))).numbered(3, "3. Sitzung " + tag).create();
        fx.execute("UPDATE meeting SET invitation_sent_at = now() - interval '10 days' WHERE id = ?", meeting);
        int position = 0;
        Map<String, Long> seats = new LinkedHashMap<>();
        for (String name : List.of("Albers", "Brinkmann", "Dorn", "Falk", "Krüger", "Weiß", "Celik", "Engel")) {
            long person = fx.person(body, name + "-" + tag).male().create();
            people.put(name, person);
            fx.membership(person, name.equals("Krüger") ? fdp : spd, since).create();
        }
        for (String name : List.of("Albers", "Brinkmann", "Dorn", "Falk", "Krüger", "Weiß")) {
            seats.put(name, fx.membership(people.get(name), committee, since).create());
        }
        long celikSeat = fx.membership(people.get("Celik"), committee, since).deputyFor(seats.get("Dorn")).create();
        long engelSeat = fx.membership(people.get("Engel"), committee, since).residentWithoutVote(committee).create();
        for (String name : List.of("Albers", "Brinkmann", "Falk", "Krüger")) {
            fx.attendance(meeting, "VOTING_MEMBER", position++).member(people.get(name), seats.get(name), name.equals("Krüger") ? fdp : spd).create();
        }
        fx.attendance(meeting, "VOTING_MEMBER", position++).member(people.get("Dorn"), seats.get("Dorn"), spd).excused().create();
        fx.attendance(meeting, "VOTING_MEMBER", position++).member(people.get("Celik"), celikSeat, spd).substituting(people.get("Dorn")).create();
        fx.attendance(meeting, "MEMBER_WITHOUT_VOTE", position++).member(people.get("Engel"), engelSeat, null).create();
        long section = fx.agendaItem(meeting, "1", "Vorlagen der Verwaltung").heading().create();
        procurement = fx.agendaItem(meeting, "1.1", "Beschaffung von Kehrmaschinen").under(section).treatment("DECISION", "Beschluss").create();
        election = fx.agendaItem(meeting, "1.2", "Wahl der Schiedsperson").under(section).treatment("DECISION", "Beschluss").create();
        long closed = fx.agendaItem(meeting, "2", "Nichtöffentlicher Teil").heading().nonPublic().create();
        staffing = fx.agendaItem(meeting, "2.1", "Stellenbesetzung " + tag).under(closed).nonPublic().treatment("DECISION", "Beschluss").create();
        clerk = "rollcall-clerk-" + tag;
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, clerk, null), "CLERK", committee);
    }

    private String label(String name) {
        return "Rm " + name + "-" + tag;
    }

    @Test
    void the_roll_lists_the_present_voting_members_the_counts_come_from_the_ballots_and_the_minutes_name_them() {
        WebSession s = MemberLogin.signIn(port, jdbc, clerk);
        String path = "/verwaltung/tagesordnungspunkte/" + procurement;
        String page = s.get(path).body();
        assertThat(page).contains("Namentliche Abstimmung").contains("<legend>" + label("Albers") + "</legend>")
                .as("the deputy votes in the seat of the excused member").contains("<legend>" + label("Celik") + "</legend>")
                .doesNotContain("<legend>" + label("Dorn") + "</legend>").doesNotContain("<legend>" + label("Weiß") + "</legend>")
                .as("an advisory member has no vote").doesNotContain("name=\"ballot-" + people.get("Engel") + "\"");

        Map<String, String> incomplete = rollCall(Map.of("Albers", "YES", "Brinkmann", "YES", "Celik", "NOT_VOTED"));
        assertThat(s.post(path, incomplete).body()).contains("Bitte erfassen Sie die Stimme jedes anwesenden stimmberechtigten Mitglieds");
        assertThat(jdbc.sql("SELECT count(*) FROM decision WHERE agenda_item_id = ?").param(procurement).query(Long.class).single()).isZero();

        s.get(path);
        Map<String, String> complete = rollCall(Map.of("Albers", "YES", "Brinkmann", "YES", "Celik", "NOT_VOTED", "Krüger", "NO",
                "Falk", "YES"));
        complete.put("yes", "9");
        assertThat(s.post(path, complete).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT vote_kind || ' ' || majority || ' ' || yes_count || '/' || no_count || '/' || abstain_count FROM decision"
                + " WHERE agenda_item_id = ? AND deleted_at IS NULL").param(procurement).query(String.class).single())
                .as("counts from the ballots; the typed 9 and the recused member's ballot are ignored").isEqualTo("ROLL_CALL MAJORITY 2/1/0");
        assertThat(ballots(procurement)).containsExactlyInAnyOrderEntriesOf(Map.of(people.get("Albers"), "YES", people.get("Brinkmann"), "YES",
                people.get("Celik"), "NOT_VOTED", people.get("Krüger"), "NO"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE decision SET yes_count = 5 WHERE agenda_item_id = ? AND deleted_at IS NULL")
                .param(procurement).update()).as("the database keeps the counts equal to the ballots").hasMessageContaining("do not agree");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM roll_call_ballot WHERE person_id = ?").param(people.get("Krüger")).update())
                .hasMessageContaining("do not agree");
        assertThat(jdbc.sql("SELECT fp.faction_id, fp.position FROM decision_faction_position fp JOIN decision d ON d.id = fp.decision_id"
                        + " WHERE d.agenda_item_id = ?").param(procurement).query((rs, n) -> rs.getLong(1) + ":" + rs.getString(2)).list())
                .containsExactlyInAnyOrder(spd + ":YES", fdp + ":NO");
        assertThat(jdbc.sql("SELECT minutes_text FROM agenda_item WHERE id = ?").param(procurement).query(String.class).single())
                .isEqualTo("<p>" + label("Falk") + " hat den Sitzungssaal verlassen.</p><p>Der Ausschuss für Umwelt " + tag
                        + " beschließt in namentlicher Abstimmung mit 2 Ja-Stimmen (" + label("Albers") + " und " + label("Brinkmann")
                        + "), 1 Nein-Stimme (" + label("Krüger") + ") und ohne Enthaltungen:</p>"
                        + "<p>Die Verwaltung wird beauftragt, Kehrmaschinen zu beschaffen.</p>"
                        + "<p>An der Abstimmung nahm " + label("Celik") + " nicht teil.</p>");
        String saved = s.get(path).body();
        assertThat(saved).contains("name=\"ballot-" + people.get("Krüger") + "\" value=\"NO\" checked>")
                .contains(label("Falk") + ": befangen, nimmt an der Abstimmung nicht teil")
                .contains("Gezählt: 2 Ja, 1 Nein, 0 Enthaltungen, 1 nicht abgestimmt.")
                .contains("In der Niederschrift: „in namentlicher Abstimmung mit 2 Ja-Stimmen");
        assertThat(jdbc.sql("SELECT changes::text FROM change_log WHERE object_type = 'meeting' AND object_id = ? AND action = 'item'"
                + " ORDER BY id DESC LIMIT 1").param(meeting).query(String.class).single()).contains("2 Ja, 1 Nein, 0 Enthaltung");

        // a roll call in the non-public part
        String closedPath = "/verwaltung/tagesordnungspunkte/" + staffing;
        s.get(closedPath);
        assertThat(s.post(closedPath, rollCall(Map.of("Albers", "YES", "Brinkmann", "YES", "Celik", "YES", "Krüger", "YES", "Falk", "NO")))
                .statusCode()).isEqualTo(302);

        // published: portal and OParl show the public item's ballots only
        String portal = anonymous("/sitzungen/" + meeting).body();
        assertThat(portal).contains("Namentliche Abstimmung").contains(">" + label("Albers") + "</a>").contains("Nein (1)")
                .doesNotContain("Stellenbesetzung " + tag);
        assertThat(portal.split("class=\"roll-call-votes\"", -1)).as("one roll call published").hasSize(2);
        String oparl = anonymous("/oparl/v1/agendaItem/" + procurement).body();
        assertThat(oparl).contains("\"voteKind\":\"ROLL_CALL\"").contains("\"rollCall\"")
                .contains("/oparl/v1/person/" + people.get("Krüger") + "\",\"ballot\":\"NO\"");
        assertThat(anonymous("/oparl/v1/agendaItem/" + staffing).statusCode()).isEqualTo(404);

        // switching to an open vote removes the ballots
        s.get(path);
        Map<String, String> open = rollCall(Map.of("Albers", "YES", "Brinkmann", "YES", "Celik", "NOT_VOTED", "Krüger", "NO"));
        open.put("voteKind", "OPEN");
        open.put("yes", "2");
        open.put("no", "1");
        open.put("abstain", "0");
        assertThat(s.post(path, open).statusCode()).isEqualTo(302);
        assertThat(ballots(procurement)).isEmpty();
        assertThat(jdbc.sql("SELECT vote_kind FROM decision WHERE agenda_item_id = ? AND deleted_at IS NULL").param(procurement)
                .query(String.class).single()).isEqualTo("OPEN");
        assertThat(ballots(staffing)).hasSize(4);
    }

    @Test
    void a_secret_vote_keeps_counts_only_whatever_ballots_are_sent() {
        WebSession s = MemberLogin.signIn(port, jdbc, clerk);
        String path = "/verwaltung/tagesordnungspunkte/" + election;
        s.get(path);
        Map<String, String> secret = rollCall(Map.of("Albers", "YES", "Brinkmann", "NO", "Celik", "YES", "Krüger", "YES", "Falk", "YES"));
        secret.remove("recused-" + people.get("Falk"));
        secret.put("voteKind", "SECRET");
        secret.put("yes", "4");
        secret.put("no", "1");
        secret.put("abstain", "0");
        assertThat(s.post(path, secret).statusCode()).isEqualTo(302);
        assertThat(ballots(election)).isEmpty();
        assertThat(jdbc.sql("SELECT minutes_text FROM agenda_item WHERE id = ?").param(election).query(String.class).single())
                .contains("in geheimer Abstimmung mit 4 Ja-Stimmen, 1 Nein-Stimme und ohne Enthaltungen").doesNotContain("Albers");
        assertThat(anonymous("/oparl/v1/agendaItem/" + election).body()).contains("\"voteKind\":\"SECRET\"").doesNotContain("\"rollCall\"");
    }

    private Map<Long, String> ballots(long item) {
        Map<Long, String> ballots = new LinkedHashMap<>();
        jdbc.sql("SELECT b.person_id, b.ballot FROM roll_call_ballot b JOIN decision d ON d.id = b.decision_id WHERE d.agenda_item_id = ?")
                .param(item).query((rs, n) -> ballots.put(rs.getLong(1), rs.getString(2))).list();
        return ballots;
    }

    private HttpResponse<String> anonymous(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An adopted decision with a roll call; Falk is recused. */
    private Map<String, String> rollCall(Map<String, String> ballots) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("status", "TREATED");
        form.put("outcome", "ADOPTED");
        form.put("minutesText", "");
        form.put("resolutionText", "Die Verwaltung wird beauftragt, Kehrmaschinen zu beschaffen.");
        form.put("voteKind", "ROLL_CALL");
        form.put("recused-" + people.get("Falk"), "on");
        ballots.forEach((name, ballot) -> form.put("ballot-" + people.get(name), ballot));
        return form;
    }
}
