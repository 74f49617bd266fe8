package org.openris.backoffice.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The meetings section of the back office over real HTTP as a clerk: a series in the calendar,
 * moving and cancelling with automatic numbers, an agenda like the example (Regularien, two
 * sections with papers from the inbox, an empty section, a non-public part), renumbering, the
 * invitation with notice period, PDF and mails, publication on the portal, the supplement, and
 * what a clerk of another organization gets.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingPlanningTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    Fixtures fx;
    String tag;
    long body;
    long committee;
    long otherCommittee;
    long faction;
    long location;
    long c1;
    long c2;
    long c3;
    long cOther;
    String clerk;
    String otherClerk;
    String memberUser;
    String deputyUser;
    LocalDate today;

    @BeforeAll
    void scene() {
        TestSmtpServer.start();
        fx = new Fixtures(jdbc);
        tag = Long.toString(System.nanoTime(), 36);
        today = LocalDate.now(BERLIN);
        body = fx.body("Stadt Planung " + tag);
        long term = fx.term(body, "2025–2030", today.minusYears(1), today.plusYears(3));
        committee = fx.organization(body, "Ausschuss für Umwelt, Klima und Mobilität " + tag, "COMMITTEE").create();
        otherCommittee = fx.organization(body, "Ausschuss für Schule " + tag, "COMMITTEE").create();
        faction = fx.organization(body, "Fraktion Bündnis 90/Die Grünen " + tag, "FACTION").create();
        location = fx.location("Rathaus Musterstadt", "Sitzungssaal 2", "Marktplatz 1");
        // the previous meeting, held, minutes not approved yet: item 1.4 of the Regularien
        fx.meeting(body, committee, term, Fixtures.berlin(today.minusDays(40), LocalTime.of(16, 0)))
                .numbered(1, "1. Sitzung des Ausschusses für Umwelt, Klima und Mobilität " + tag)
                .held(Fixtures.berlin(today.minusDays(40), LocalTime.of(16, 0)), Fixtures.berlin(today.minusDays(40), LocalTime.of(18, 0)))
                .at(location).create();
        // members: chair, member, deputy for the member, sB of the faction, sE without vote
        long chair = fx.person(body, "Albers").male().create();
        long member = fx.person(body, "Dorn").female().create();
        long deputy = fx.person(body, "Celik").male().create();
        long citizen = fx.person(body, "Engel").female().create();
        long resident = fx.person(body, "Lindner").male().create();
        LocalDate since = today.minusYears(1);
        fx.membership(chair, committee, since).chair("Vorsitzender").create();
        long principal = fx.membership(member, committee, since).create();
        fx.membership(deputy, committee, since).deputyFor(principal).create();
        fx.membership(citizen, committee, since).citizenMember(faction).create();
        fx.membership(resident, committee, since).residentWithoutVote(faction).create();
        memberUser = "plan-member-" + tag;
        deputyUser = "plan-deputy-" + tag;
        MemberLogin.enrolledAccount(accounts, jdbc, memberUser, member);
        MemberLogin.enrolledAccount(accounts, jdbc, deputyUser, deputy);
        // papers whose consultation path reaches the committee
        long report = fx.paperType(body, "Mitteilung", "NOTICE", true);
        long proposal = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        long agendaProposal = fx.paperType(body, "Vorschlag zur TO", "AGENDA_PROPOSAL", true);
        long p1 = fx.paper(body, report, "Klimaanpassungskonzept 2030 " + tag).released("04411-23", today.minusDays(10)).create();
        long p2 = fx.paper(body, proposal, "Neuordnung der Parkraumbewirtschaftung " + tag).released("04129-23", today.minusDays(9)).create();
        long p3 = fx.paper(body, agendaProposal, "Baumpflanzungen an Schulhöfen " + tag).released("04610-23", today.minusDays(8)).create();
        fx.originator(p3, 0, faction);
        long pOther = fx.paper(body, proposal, "Schulentwicklungsplan " + tag).released("04700-23", today.minusDays(8)).create();
        c1 = fx.consultation(p1, committee, null, null, 0, "TO_NOTE", true, null);
        c2 = fx.consultation(p2, committee, null, null, 0, "RECOMMENDATION", false, null);
        c3 = fx.consultation(p3, committee, null, null, 0, "DECISION", true, null);
        cOther = fx.consultation(pOther, otherCommittee, null, null, 0, "DECISION", true, null);
        clerk = "plan-clerk-" + tag;
        otherClerk = "plan-other-" + tag;
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, clerk, null), "CLERK", committee);
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, otherClerk, null), "CLERK", otherCommittee);
    }

    // ------------------------------------------------------------------ calendar

    @Test
    void a_series_of_every_second_tuesday_is_generated_numbered_in_the_term_and_logged() {
        long org = fx.organization(body, "Ausschuss Serie " + tag, "COMMITTEE").create();
        String user = "plan-series-" + tag;
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, user, null), "CLERK", org);
        WebSession s = MemberLogin.signIn(port, jdbc, user);
        assertThat(s.get("/verwaltung/sitzungen/serie?gremium=" + org).statusCode()).isEqualTo(200);
        LocalDate from = today.plusDays(30);
        LocalDate to = from.plusDays(70);

        var bad = s.post("/verwaltung/sitzungen/serie", series(org, to, from, "17:00"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("Das Ende des Zeitraums liegt vor dem Anfang").contains("aria-invalid=\"true\"");
        var badTime = s.post("/verwaltung/sitzungen/serie", series(org, from, to, "25 Uhr"));
        assertThat(badTime.body()).contains("Bitte geben Sie eine Uhrzeit im Format HH:MM an.");
        assertThat(meetingsOf(org)).isEmpty();

        var done = s.post("/verwaltung/sitzungen/serie", series(org, from, to, "17:00"));
        assertThat(done.statusCode()).isEqualTo(302);
        List<LocalDate> expected = new ArrayList<>();
        for (LocalDate d = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)); !d.isAfter(to); d = d.plusWeeks(2)) {
            expected.add(d);
        }
        List<Map<String, Object>> rows = meetingsOf(org);
        assertThat(rows).extracting(r -> zoned(r.get("start_planned")).toLocalDate())
                .containsExactlyElementsOf(expected);
        assertThat(rows).extracting(r -> zoned(r.get("start_planned")).toLocalTime())
                .containsOnly(LocalTime.of(17, 0));
        assertThat(rows).extracting(r -> r.get("number_in_term")).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, expected.size()).boxed().toList());
        assertThat(rows.get(0).get("name")).isEqualTo("1. Sitzung des Ausschusses Serie " + tag);
        assertThat(jdbc.sql("SELECT count(*) FROM change_log WHERE object_type = 'meeting' AND action = 'create' AND object_id IN ("
                + rows.stream().map(r -> r.get("id").toString()).collect(Collectors.joining(",")) + ")").query(Long.class).single())
                .isEqualTo(expected.size());

        var calendar = s.followRedirect();
        assertThat(calendar.body()).contains("Es wurden " + expected.size() + " Sitzungen angelegt.")
                .contains(expected.get(0).format(DE)).contains("1. Sitzung des Ausschusses Serie " + tag);
    }

    @Test
    void moving_a_meeting_renumbers_the_term_and_a_cancelled_meeting_stays_visible_without_number() {
        long org = fx.organization(body, "Ausschuss Verlegen " + tag, "COMMITTEE").create();
        String user = "plan-move-" + tag;
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, user, null), "CLERK", org);
        WebSession s = MemberLogin.signIn(port, jdbc, user);
        s.get("/verwaltung/sitzungen/serie?gremium=" + org);
        LocalDate from = today.plusDays(30).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        assertThat(s.post("/verwaltung/sitzungen/serie", series(org, from, from.plusWeeks(4), "17:00")).statusCode()).isEqualTo(302);
        List<Map<String, Object>> rows = meetingsOf(org);
        assertThat(rows).hasSize(3);
        long first = (Long) rows.get(0).get("id");
        long second = (Long) rows.get(1).get("id");

        s.get("/verwaltung/sitzungen/" + first);
        var moved = s.post("/verwaltung/sitzungen/" + first + "/verlegen", Map.of("date", from.plusWeeks(5).toString(), "time", "16:30",
                "location", "", "locationDescription", "Bürgerhaus Nord", "locationRoom", "Saal"));
        assertThat(moved.statusCode()).isEqualTo(302);
        Map<String, Object> firstNow = meeting(first);
        assertThat(firstNow.get("number_in_term")).isEqualTo(3);
        assertThat(zoned(firstNow.get("start_planned")).toLocalTime()).isEqualTo(LocalTime.of(16, 30));
        assertThat(meeting(second).get("number_in_term")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT l.description FROM meeting m JOIN location l ON l.id = m.location_id WHERE m.id = ?").param(first)
                .query(String.class).single()).isEqualTo("Bürgerhaus Nord");
        assertThat(jdbc.sql("SELECT count(*) FROM change_log WHERE object_type = 'meeting' AND object_id = ? AND action = 'move'").param(first)
                .query(Long.class).single()).isEqualTo(1);

        var invalid = s.post("/verwaltung/sitzungen/" + first + "/verlegen", Map.of("date", "31.02.2027", "time", "16:30"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("Bitte geben Sie ein gültiges Datum an.");

        var unconfirmed = s.post("/verwaltung/sitzungen/" + second + "/absagen", Map.of());
        assertThat(unconfirmed.body()).contains("Bitte bestätigen Sie die Absage.");
        assertThat(meeting(second).get("cancelled")).isEqualTo(false);
        assertThat(s.post("/verwaltung/sitzungen/" + second + "/absagen", Map.of("confirm", "on")).statusCode()).isEqualTo(302);
        assertThat(meeting(second).get("cancelled")).isEqualTo(true);
        assertThat(meeting(second).get("number_in_term")).isNull();
        assertThat(meeting(first).get("number_in_term")).isEqualTo(2);
        var calendar = s.get("/verwaltung/sitzungen?gremium=" + org + "&jahr=" + zoned(meeting(second).get("start_planned")).getYear());
        assertThat(calendar.body()).contains("/verwaltung/sitzungen/" + second).contains("abgesagt");
        var again = s.post("/verwaltung/sitzungen/" + second + "/absagen", Map.of("confirm", "on"));
        assertThat(again.body()).contains("Die Sitzung ist abgesagt.");
    }

    // ------------------------------------------------------------------ agenda, invitation, portal, supplement

    @Test
    void the_agenda_of_the_example_is_built_numbered_invited_as_pdf_and_mail_and_published_on_the_portal() throws Exception {
        WebSession s = MemberLogin.signIn(port, jdbc, clerk);
        LocalDate day = today.plusDays(21).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        s.get("/verwaltung/sitzungen/serie?gremium=" + committee);
        assertThat(s.post("/verwaltung/sitzungen/serie", series(committee, day, day, "16:00", DayOfWeek.THURSDAY, location)).statusCode())
                .isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM meeting WHERE organization_id = ? AND (start_planned AT TIME ZONE 'Europe/Berlin')::date = ?")
                .params(committee, day).query(Long.class).single();
        String base = "/verwaltung/sitzungen/" + id;
        var page = s.get(base);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("04411-23").contains("04129-23").contains("04610-23").doesNotContain("04700-23");

        assertThat(s.post(base + "/regularien", Map.of()).statusCode()).isEqualTo(302);
        assertThat(s.post(base + "/regularien", Map.of()).body()).contains("Die Regularien stehen bereits auf der Tagesordnung.");
        long papers = AgendaSteps.section(s, jdbc, base, "Vorlagen der Verwaltung", true);
        long motions = AgendaSteps.section(s, jdbc, base, "Anträge und Anfragen der Fraktionen", true);
        AgendaSteps.section(s, jdbc, base, "Mitteilungen des Vorsitzenden", true);
        long closed = AgendaSteps.section(s, jdbc, base, "Nichtöffentliche Angelegenheiten", false);
        assertThat(s.post(base + "/abschnitt", Map.of("sectionName", "  ")).body()).contains("Bitte geben Sie einen Titel an.");
        s.get(base);
        assertThat(s.post(base + "/vorlage", Map.of("consultation", Long.toString(c1), "parent", Long.toString(papers))).statusCode()).isEqualTo(302);
        assertThat(s.post(base + "/vorlage", Map.of("consultation", Long.toString(c2), "parent", Long.toString(papers))).statusCode()).isEqualTo(302);
        assertThat(s.post(base + "/vorlage", Map.of("consultation", Long.toString(c3), "parent", Long.toString(motions))).statusCode()).isEqualTo(302);
        assertThat(s.post(base + "/vorlage", Map.of("consultation", Long.toString(cOther), "parent", Long.toString(papers))).body())
                .contains("Diese Vorlage steht nicht (mehr) im Eingang dieses Gremiums.");
        assertThat(s.post(base + "/punkt", Map.of("parent", Long.toString(closed), "itemName", "Grundstücksangelegenheit Geheimweg " + tag,
                "treatment", "DECISION", "itemPublic", "on")).statusCode()).isEqualTo(302);

        assertThat(AgendaSteps.agenda(jdbc, id)).containsExactly(
                "1 Regularien", "1.1 Benennung eines Ausschussmitgliedes zur Mitunterzeichnung der Niederschrift",
                "1.2 Hinweis auf das Mitwirkungsverbot gem. §§ 31 und 43 Abs. 2 GO NRW", "1.3 Feststellung der Tagesordnung",
                "1.4 Genehmigung der Niederschrift über die 1. Sitzung des Ausschusses für Umwelt, Klima und Mobilität " + tag
                        + " am " + today.minusDays(40).format(DE),
                "2 Vorlagen der Verwaltung", "2.1 Klimaanpassungskonzept 2030 " + tag, "2.2 Neuordnung der Parkraumbewirtschaftung " + tag,
                "3 Anträge und Anfragen der Fraktionen", "3.1 Baumpflanzungen an Schulhöfen " + tag,
                "4 Mitteilungen des Vorsitzenden", "5 Nichtöffentliche Angelegenheiten", "5.1 Grundstücksangelegenheit Geheimweg " + tag);
        assertThat(jdbc.sql("SELECT empty_marker FROM agenda_item WHERE meeting_id = ? AND number = '4'").param(id).query(String.class).single())
                .isEqualTo("- unbesetzt -");
        assertThat(jdbc.sql("SELECT coalesce(public_part, public) FROM agenda_item WHERE meeting_id = ? AND number = '5.1'").param(id)
                .query(Boolean.class).single()).as("an item of a non-public section is non-public").isFalse();
        assertThat(jdbc.sql("SELECT agenda_item_id IS NOT NULL AND meeting_id = ? FROM consultation WHERE id = ?").params(id, c1)
                .query(Boolean.class).single()).isTrue();
        assertThat(s.get(base).body()).doesNotContain(">04411-23<");

        // renumber: 2.2 up becomes 2.1
        long parking = AgendaSteps.itemId(jdbc, id, "2.2");
        assertThat(s.post(base + "/verschieben", Map.of("item", Long.toString(parking), "direction", "hoch")).statusCode()).isEqualTo(302);
        assertThat(AgendaSteps.agenda(jdbc, id)).contains("2.1 Neuordnung der Parkraumbewirtschaftung " + tag, "2.2 Klimaanpassungskonzept 2030 " + tag);
        assertThat(s.post(base + "/verschieben", Map.of("item", Long.toString(parking), "direction", "hoch")).body())
                .contains("Der Punkt steht bereits an erster Stelle seines Abschnitts.");
        s.post(base + "/verschieben", Map.of("item", Long.toString(parking), "direction", "runter"));
        assertThat(AgendaSteps.itemId(jdbc, id, "2.2")).isEqualTo(parking);

        // portal before the invitation: the meeting is in the calendar, its agenda is not
        WebSession anonymous = new WebSession(port);
        assertThat(anonymous.get("/sitzungen/" + id).body()).doesNotContain("Klimaanpassungskonzept 2030 " + tag);
        // members before the invitation: the meeting, but not the draft agenda (not even its non-public part)
        WebSession member = MemberLogin.signIn(port, jdbc, memberUser);
        String memberDraft = member.get("/mitglieder/sitzungen/" + id).body();
        assertThat(memberDraft).doesNotContain("Klimaanpassungskonzept 2030 " + tag).doesNotContain("Geheimweg " + tag);

        // the PDF
        String pdf = pdfText(s, base + "/einladung.pdf");
        assertThat(pdf).contains("Einladung", "Tagesordnung", "Ausschusses für Umwelt, Klima und Mobilität " + tag, day.format(DE),
                "Beginn 16:00 Uhr", "Rathaus Musterstadt, Sitzungssaal 2, Marktplatz 1", "(Drucksache Nr.: 04411-23)",
                "(Drucksache Nr.: 04129-23)", "(Drucksache Nr.: 04610-23)", "Kenntnisnahme", "Empfehlung",
                "Vorschlag zur TO (Fraktion Bündnis 90/Die Grünen " + tag + ")", "- unbesetzt -");
        assertThat(pdf).containsSubsequence("Einladung", "Tagesordnung", "Öffentlicher Teil", "1. Regularien",
                "1.1 Benennung eines Ausschussmitgliedes", "1.4 Genehmigung der Niederschrift", "2. Vorlagen der Verwaltung",
                "2.1 Klimaanpassungskonzept 2030", "(Drucksache Nr.: 04411-23)", "2.2 Neuordnung der Parkraumbewirtschaftung",
                "3. Anträge und Anfragen der Fraktionen", "3.1 Baumpflanzungen an Schulhöfen", "4. Mitteilungen des Vorsitzenden",
                "- unbesetzt -", "Nichtöffentlicher Teil", "5. Nichtöffentliche Angelegenheiten", "5.1 Grundstücksangelegenheit Geheimweg");

        // the invitation: notice kept (three weeks ahead), mails with a link only, published at once
        var preview = s.get(base + "/einladung");
        assertThat(preview.body()).contains("wird eingehalten").contains("2 Mitglieder und Stellvertretungen erhalten eine E-Mail")
                .contains("3 ohne E-Mail-Zugang");
        assertThat(s.post(base + "/einladung", Map.of()).statusCode()).isEqualTo(302);
        Map<String, Object> invited = meeting(id);
        assertThat(invited.get("state")).isEqualTo("INVITED");
        assertThat(invited.get("invitation_sent_at")).isNotNull();
        // GreenMail lists mails per mailbox, not in order of arrival: look for the ones of this meeting
        List<MimeMessage> mails = TestSmtpServer.received();
        for (String user : List.of(memberUser, deputyUser)) {
            MimeMessage mail = mails.stream().filter(m -> recipient(m).equals(user + "@example.org")
                    && body(m).contains("/mitglieder/sitzungen/" + id)).findFirst().orElseThrow(() -> new AssertionError("no invitation for " + user
                    + " in " + mails.stream().map(m -> recipient(m) + ": " + body(m)).toList()));
            assertThat(mail.getContentType().toLowerCase()).contains("text/plain");
            assertThat(body(mail)).doesNotContain("Geheimweg");
        }
        assertThat(anonymous.get("/sitzungen/" + id).body()).contains("Klimaanpassungskonzept 2030 " + tag)
                .contains("Baumpflanzungen an Schulhöfen " + tag).doesNotContain("Geheimweg");
        assertThat(member.get("/mitglieder/sitzungen/" + id).body()).as("after the invitation the member sees the whole agenda")
                .contains("Klimaanpassungskonzept 2030 " + tag).contains("Grundstücksangelegenheit Geheimweg " + tag);
        assertThat(s.post(base + "/einladung", Map.of()).body()).contains("Die Einladung wurde bereits versandt.");

        // supplement: an item after the invitation is marked and published at once; a supplement mail goes out
        s.get(base);
        assertThat(s.post(base + "/punkt", Map.of("parent", Long.toString(motions), "itemName", "Sachstand Radweg Nordring " + tag,
                "treatment", "TO_NOTE", "itemPublic", "on")).statusCode()).isEqualTo(302);
        String withLate = s.get(base).body();
        assertThat(withLate).contains("nachträglich aufgenommen am " + today.format(DE)).contains("Nachtrag: Tagesordnungspunkt");
        assertThat(anonymous.get("/sitzungen/" + id).body()).contains("Sachstand Radweg Nordring " + tag);
        assertThat(s.post(base + "/nachtrag", Map.of()).statusCode()).isEqualTo(302);
        List<MimeMessage> supplements = TestSmtpServer.received().stream().filter(m -> subject(m).startsWith("Nachtrag zur Tagesordnung")
                && body(m).contains("/mitglieder/sitzungen/" + id)).toList();
        assertThat(supplements).extracting(MeetingPlanningTest::recipient)
                .containsExactlyInAnyOrder(memberUser + "@example.org", deputyUser + "@example.org");
        assertThat(body(supplements.get(0))).contains("/mitglieder/sitzungen/" + id).doesNotContain("Radweg");
        assertThat(meeting(id).get("supplement_sent_at")).isNotNull();
        assertThat(jdbc.sql("SELECT count(*) FROM change_log WHERE object_type = 'meeting' AND object_id = ? AND action IN ('invite', 'supplement')")
                .param(id).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_violated_notice_period_warns_and_needs_a_confirmation() {
        WebSession s = MemberLogin.signIn(port, jdbc, clerk);
        LocalDate day = today.plusDays(3);
        s.get("/verwaltung/sitzungen/serie?gremium=" + committee);
        assertThat(s.post("/verwaltung/sitzungen/serie", series(committee, day, day, "18:00", day.getDayOfWeek(), location)).statusCode())
                .isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM meeting WHERE organization_id = ? AND (start_planned AT TIME ZONE 'Europe/Berlin')::date = ?"
                + " AND NOT cancelled").params(committee, day).query(Long.class).single();
        String base = "/verwaltung/sitzungen/" + id;
        assertThat(s.post(base + "/einladung", Map.of()).body()).contains("Die Tagesordnung ist leer");
        s.post(base + "/regularien", Map.of());
        var preview = s.get(base + "/einladung");
        assertThat(preview.body()).contains("Die Ladungsfrist von 7 Tagen wird nicht eingehalten")
                .contains(today.plusDays(3).minusDays(8).format(DE));
        var refused = s.post(base + "/einladung", Map.of());
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Bitte bestätigen Sie, dass Sie trotzdem versenden.");
        assertThat(meeting(id).get("state")).isEqualTo("PLANNED");
        assertThat(s.post(base + "/einladung", Map.of("confirmNotice", "on")).statusCode()).isEqualTo(302);
        assertThat(meeting(id).get("state")).isEqualTo("INVITED");
        assertThat(jdbc.sql("SELECT summary FROM change_log WHERE object_type = 'meeting' AND object_id = ? AND action = 'invite'").param(id)
                .query(String.class).single()).contains("Ladungsfrist unterschritten");
    }

    @Test
    void a_clerk_of_another_organization_gets_404_and_a_member_without_staff_role_403() {
        long id = jdbc.sql("SELECT min(id) FROM meeting WHERE organization_id = ?").param(committee).query(Long.class).single();
        WebSession other = MemberLogin.signIn(port, jdbc, otherClerk);
        assertThat(other.get("/verwaltung/sitzungen").statusCode()).isEqualTo(200);
        assertThat(other.get("/verwaltung/sitzungen/" + id).statusCode()).isEqualTo(404);
        assertThat(other.get("/verwaltung/sitzungen/" + id + "/einladung").statusCode()).isEqualTo(404);
        assertThat(other.get("/verwaltung/sitzungen/" + id + "/einladung.pdf").statusCode()).isEqualTo(404);
        assertThat(other.get("/verwaltung/sitzungen?gremium=" + committee).statusCode()).isEqualTo(404);
        assertThat(other.post("/verwaltung/sitzungen/" + id + "/regularien", Map.of()).statusCode()).isEqualTo(404);
        assertThat(other.post("/verwaltung/sitzungen/serie", series(committee, today.plusDays(30), today.plusDays(40), "17:00")).body())
                .contains("Bitte wählen Sie ein Gremium, das Sie betreuen.");
        assertThat(other.get("/verwaltung/sitzungen/abc").statusCode()).isEqualTo(404);
        WebSession member = MemberLogin.signIn(port, jdbc, memberUser);
        assertThat(member.get("/verwaltung/sitzungen").statusCode()).isEqualTo(403);
        assertThat(member.get("/verwaltung/sitzungen/" + id).statusCode()).isEqualTo(403);
    }

    // ------------------------------------------------------------------ helpers

    private Map<String, String> series(long org, LocalDate from, LocalDate to, String time) {
        return series(org, from, to, time, DayOfWeek.TUESDAY, null);
    }

    private Map<String, String> series(long org, LocalDate from, LocalDate to, String time, DayOfWeek weekday, Long place) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("organization", Long.toString(org));
        form.put("from", from.toString());
        form.put("to", to.toString());
        form.put("weekday", Integer.toString(weekday.getValue()));
        form.put("everyWeeks", "2");
        form.put("time", time);
        form.put("duration", "180");
        form.put("location", place == null ? "" : place.toString());
        form.put("publicMeeting", "on");
        return form;
    }

    private List<Map<String, Object>> meetingsOf(long org) {
        return jdbc.sql("SELECT id, name, number_in_term, start_planned, cancelled FROM meeting WHERE organization_id = ? ORDER BY start_planned")
                .param(org).query().listOfRows();
    }

    private Map<String, Object> meeting(long id) {
        return jdbc.sql("SELECT * FROM meeting WHERE id = ?").param(id).query().singleRow();
    }

    private String pdfText(WebSession s, String path) throws Exception {
        String cookies = java.util.stream.Stream.of("RIS_SESSION", "SESSION").filter(n -> s.cookie(n) != null)
                .map(n -> n + "=" + s.cookie(n)).collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.base() + path))
                .header("Cookie", cookies).header("X-Forwarded-For", "127.0.0.1").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).replace("\r", "");
        }
    }

    private static java.time.ZonedDateTime zoned(Object timestamp) {
        if (timestamp instanceof java.time.OffsetDateTime odt) {
            return odt.atZoneSameInstant(BERLIN);
        }
        return ((java.sql.Timestamp) timestamp).toInstant().atZone(BERLIN);
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text : String.valueOf(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
