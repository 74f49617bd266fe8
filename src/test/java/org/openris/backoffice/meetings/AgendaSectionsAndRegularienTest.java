package org.openris.backoffice.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
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
import org.openris.testsupport.TestSmtpServer;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two things a clerk expects of the agenda builder, over real HTTP: the organization's own wording
 * of the Regularien (validated, logged, used by the next "Regularien einfügen", reset to standard),
 * and moving an item into another section (renumbered; into the non-public part it becomes
 * non-public at once, even after the invitation; a non-public item never becomes public by moving).
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaSectionsAndRegularienTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    org.openris.meeting.PublicHolidays holidays;

    Fixtures fx;
    String tag;
    long committee;
    long council;
    long consultation;
    String clerk;
    String otherClerk;
    LocalDate today;

    @BeforeAll
    void scene() {
        TestSmtpServer.start();
        fx = new Fixtures(jdbc);
        tag = Long.toString(System.nanoTime(), 36);
        today = LocalDate.now(BERLIN);
        long body = fx.body("Stadt Abschnitte " + tag);
        fx.term(body, "2025–2030", today.minusYears(1), today.plusYears(3));
        committee = fx.organization(body, "Bezirksvertretung Nord " + tag, "DISTRICT_COUNCIL").create();
        council = fx.organization(body, "Rat " + tag, "COUNCIL").create();
        long type = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        long paper = fx.paper(body, type, "Spielplatz Lindenstraße " + tag).released("00042-26", today.minusDays(5)).create();
        consultation = fx.consultation(paper, committee, null, null, 0, "DECISION", true, null);
        clerk = "sections-clerk-" + tag;
        otherClerk = "sections-other-" + tag;
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, clerk, null), "CLERK", committee);
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, otherClerk, null), "CLERK", council);
    }

    @Test
    void the_organizations_own_regularien_wording_is_validated_logged_used_and_can_be_reset() {
        WebSession s = MemberLogin.signIn(port, jdbc, clerk);
        String page = "/verwaltung/sitzungen/regularien?gremium=" + committee;
        var form = s.get(page);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Standardwortlaut").contains("Benennung eines Mitgliedes der Bezirksvertretung zur Mitunterzeichnung");

        Map<String, String> blank = wording("  ", "", "Hinweis auf das Mitwirkungsverbot", "Feststellung der Tagesordnung", true, "");
        var rejected = s.post(page, blank);
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(rejected.body()).contains("Bitte geben Sie eine Überschrift ein").contains("aria-invalid=\"true\"");
        assertThat(stored()).isZero();

        Map<String, String> own = wording("Eröffnung", "", "Hinweis auf das Mitwirkungsverbot gem. § 31 GO NRW",
                "Feststellung der Tagesordnung", false, "Einwohnerfragestunde\n\nMitteilungen der Bezirksbürgermeisterin");
        s.get(page);
        assertThat(s.post(page, own).statusCode()).isEqualTo(302);
        assertThat(stored()).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM change_log WHERE object_type = 'organization' AND object_id = ? AND action = 'regularien'")
                .param(committee).query(Long.class).single()).isOne();
        assertThat(s.get(page).body()).contains("eigenen Wortlaut").contains("1.3 Einwohnerfragestunde");

        long meeting = meeting(s);
        assertThat(s.post("/verwaltung/sitzungen/" + meeting + "/regularien", Map.of()).statusCode()).isEqualTo(302);
        assertThat(AgendaSteps.agenda(jdbc, meeting)).containsExactly("1 Eröffnung", "1.1 Hinweis auf das Mitwirkungsverbot gem. § 31 GO NRW",
                "1.2 Feststellung der Tagesordnung", "1.3 Einwohnerfragestunde", "1.4 Mitteilungen der Bezirksbürgermeisterin");

        s.get(page);
        assertThat(s.post(page, Map.of("action", "standard")).statusCode()).isEqualTo(302);
        assertThat(stored()).isZero();
        assertThat(s.get(page).body()).contains("Standardwortlaut");
        assertThat(AgendaSteps.agenda(jdbc, meeting)).as("an agenda already built keeps its wording").contains("1 Eröffnung");

        WebSession other = MemberLogin.signIn(port, jdbc, otherClerk);
        assertThat(other.get(page).statusCode()).isEqualTo(404);
        assertThat(other.post(page, own).statusCode()).isEqualTo(404);
        assertThat(other.get("/verwaltung/sitzungen/regularien").statusCode()).isEqualTo(404);
    }

    @Test
    void an_item_moves_into_another_section_renumbered_and_never_becomes_public_by_moving() {
        WebSession s = MemberLogin.signIn(port, jdbc, clerk);
        long meeting = meeting(s);
        String base = "/verwaltung/sitzungen/" + meeting;
        long first = AgendaSteps.section(s, jdbc, base, "Anträge", true);
        long second = AgendaSteps.section(s, jdbc, base, "Anfragen", true);
        long closed = AgendaSteps.section(s, jdbc, base, "Nichtöffentliche Angelegenheiten", false);
        s.get(base);
        assertThat(s.post(base + "/vorlage", Map.of("consultation", Long.toString(consultation), "parent", Long.toString(first))).statusCode())
                .isEqualTo(302);
        s.get(base);
        assertThat(s.post(base + "/punkt", Map.of("parent", Long.toString(first), "itemName", "Baumschutzsatzung " + tag,
                "itemPublic", "on")).statusCode()).isEqualTo(302);
        s.get(base);
        assertThat(s.post(base + "/punkt", Map.of("parent", Long.toString(closed), "itemName", "Grundstück Geheimweg " + tag)).statusCode())
                .isEqualTo(302);
        long playground = AgendaSteps.itemId(jdbc, meeting, "1.1");
        long trees = AgendaSteps.itemId(jdbc, meeting, "1.2");
        long secret = AgendaSteps.itemId(jdbc, meeting, "3.1");

        s.get(base);
        assertThat(s.post(base + "/abschnitt-wechseln", Map.of("item", Long.toString(playground), "section", Long.toString(second)))
                .statusCode()).isEqualTo(302);
        assertThat(AgendaSteps.agenda(jdbc, meeting)).containsExactly("1 Anträge", "1.1 Baumschutzsatzung " + tag, "2 Anfragen",
                "2.1 Spielplatz Lindenstraße " + tag, "3 Nichtöffentliche Angelegenheiten", "3.1 Grundstück Geheimweg " + tag);
        assertThat(part(playground)).isTrue();
        assertThat(jdbc.sql("SELECT agenda_item_id FROM consultation WHERE id = ?").param(consultation).query(Long.class).single())
                .as("the paper's consultation stays with its item").isEqualTo(playground);

        assertThat(s.post(base + "/abschnitt-wechseln", Map.of("item", Long.toString(playground), "section", Long.toString(second))).body())
                .contains("Der Punkt steht bereits in diesem Abschnitt.");
        assertThat(s.post(base + "/abschnitt-wechseln", Map.of("item", Long.toString(first), "section", Long.toString(second))).body())
                .contains("Nur Tagesordnungspunkte können in einen anderen Abschnitt verschoben werden");
        assertThat(s.post(base + "/abschnitt-wechseln", Map.of("item", Long.toString(trees), "section", Long.toString(trees))).body())
                .contains("Bitte wählen Sie einen Abschnitt dieser Tagesordnung.");

        // a non-public item moved into a public section stays non-public
        assertThat(s.post(base + "/abschnitt-wechseln", Map.of("item", Long.toString(secret), "section", Long.toString(first))).statusCode())
                .isEqualTo(302);
        assertThat(part(secret)).isFalse();
        assertThat(jdbc.sql("SELECT empty_marker FROM agenda_item WHERE id = ?").param(closed).query(String.class).single())
                .isEqualTo("- unbesetzt -");

        // after the invitation a public item moved into the non-public part is hidden at once
        s.get(base + "/einladung");
        assertThat(s.post(base + "/einladung", Map.of("confirmNotice", "on")).statusCode()).isEqualTo(302);
        assertThat(new WebSession(port).get("/sitzungen/" + meeting).body()).contains("Baumschutzsatzung " + tag);
        s.get(base);
        assertThat(s.post(base + "/abschnitt-wechseln", Map.of("item", Long.toString(trees), "section", Long.toString(closed))).statusCode())
                .isEqualTo(302);
        assertThat(part(trees)).isFalse();
        assertThat(jdbc.sql("SELECT public FROM agenda_item WHERE id = ?").param(trees).query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT added_after_invitation_at IS NOT NULL FROM agenda_item WHERE id = ?").param(trees)
                .query(Boolean.class).single()).isTrue();
        assertThat(new WebSession(port).get("/sitzungen/" + meeting).body()).doesNotContain("Baumschutzsatzung " + tag);
        assertThat(jdbc.sql("SELECT summary FROM change_log WHERE object_type = 'meeting' AND object_id = ? ORDER BY id DESC LIMIT 1")
                .param(meeting).query(String.class).single()).startsWith("Nachtrag: TOP").endsWith("(anderer Abschnitt)");

        WebSession other = MemberLogin.signIn(port, jdbc, otherClerk);
        assertThat(other.post(base + "/abschnitt-wechseln", Map.of("item", Long.toString(trees), "section", Long.toString(first))).statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_weekly_series_leaves_out_easter_monday_and_says_so() {
        WebSession s = MemberLogin.signIn(port, jdbc, clerk);
        LocalDate easterMonday = holidays.between(LocalDate.of(today.getYear() + 1, 3, 1), LocalDate.of(today.getYear() + 1, 5, 1))
                .entrySet().stream().filter(h -> h.getValue().equals("Ostermontag")).findFirst().orElseThrow().getKey();
        s.get("/verwaltung/sitzungen/serie?gremium=" + council);
        long org = council;
        accounts.grantRole(jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(clerk).query(Long.class).single(), "CLERK", org);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("organization", Long.toString(org));
        form.put("from", easterMonday.minusWeeks(1).toString());
        form.put("to", easterMonday.plusWeeks(1).toString());
        form.put("weekday", "1");
        form.put("everyWeeks", "1");
        form.put("time", "18:00");
        form.put("duration", "120");
        form.put("location", "");
        form.put("skipHolidays", "on");
        s.get("/verwaltung/sitzungen/serie?gremium=" + org);
        assertThat(s.post("/verwaltung/sitzungen/serie", form).statusCode()).isEqualTo(302);
        assertThat(s.followRedirect().body()).contains("Es wurden 2 Sitzungen angelegt.").contains("Ostermontag");
        assertThat(jdbc.sql("SELECT (start_planned AT TIME ZONE 'Europe/Berlin')::date FROM meeting WHERE organization_id = ? ORDER BY 1")
                .param(org).query(LocalDate.class).list()).containsExactly(easterMonday.minusWeeks(1), easterMonday.plusWeeks(1));
    }

    private Map<String, String> wording(String heading, String coSigner, String ban, String confirmation, boolean approvals, String further) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("heading", heading);
        form.put("coSigner", coSigner);
        form.put("participationBan", ban);
        form.put("agendaConfirmation", confirmation);
        if (approvals) {
            form.put("minutesApproval", "on");
        }
        form.put("furtherItems", further);
        form.put("action", "save");
        return form;
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM regularien_template WHERE organization_id = ?").param(committee).query(Long.class).single();
    }

    /** A new meeting of the committee through the series form, a day not used by another test of this class. */
    private long meeting(WebSession s) {
        long existing = jdbc.sql("SELECT count(*) FROM meeting WHERE organization_id = ?").param(committee).query(Long.class).single();
        LocalDate day = today.plusWeeks(3 + existing).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        s.get("/verwaltung/sitzungen/serie?gremium=" + committee);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("organization", Long.toString(committee));
        form.put("from", day.toString());
        form.put("to", day.toString());
        form.put("weekday", "3");
        form.put("everyWeeks", "1");
        form.put("time", "17:00");
        form.put("duration", "120");
        form.put("location", "");
        form.put("publicMeeting", "on");
        assertThat(s.post("/verwaltung/sitzungen/serie", form).statusCode()).isEqualTo(302);
        return jdbc.sql("SELECT id FROM meeting WHERE organization_id = ? AND (start_planned AT TIME ZONE 'Europe/Berlin')::date = ?")
                .params(committee, day).query(Long.class).single();
    }

    private boolean part(long item) {
        return jdbc.sql("SELECT coalesce(public_part, public) FROM agenda_item WHERE id = ?").param(item).query(Boolean.class).single();
    }
}
