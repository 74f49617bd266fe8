package org.openris.backoffice.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sitzungsgeld over HTTP: the administrator sets the rule (German messages for bad amounts), the
 * clerk sees the statements computed from the attendance (chair surcharge, daily cap, the substitute
 * paid, the excused member and the administration not), exports CSV and a PDF, and the member sees
 * their own statement.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllowanceStatementTest {

    private static final DateTimeFormatter DE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    String tag;
    long albers;
    long celik;
    String admin;
    String clerk;
    String member;
    String period;
    LocalDate day;

    @BeforeAll
    void scene() {
        Fixtures fx = new Fixtures(jdbc);
        tag = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        day = today.minusDays(10);
        long body = fx.body("Stadt Sitzungsgeld " + tag);
        long term = fx.term(body, "2025–2030", today.minusYears(2), today.plusYears(3));
        long committee = fx.organization(body, "Umweltausschuss " + tag, "COMMITTEE").create();
        long board = fx.organization(body, "Beirat " + tag, "ADVISORY_BOARD").create();
        albers = fx.person(body, "Albers" + tag).male().create();
        long dorn = fx.person(body, "Dorn" + tag).male().create();
        celik = fx.person(body, "Celik" + tag).male().create();
        long albersSeat = fx.membership(albers, committee, today.minusYears(1)).chair("Vorsitzender").create();
        long dornSeat = fx.membership(dorn, committee, today.minusYears(1)).create();
        long celikSeat = fx.membership(celik, committee, today.minusYears(1)).deputyFor(dornSeat).create();
        long albersBoard = fx.membership(albers, board, today.minusYears(1)).create();
        long held = fx.meeting(body, committee, term, Fixtures.berlin(day, LocalTime.of(16, 0))).numbered(5, "5. Sitzung " + tag)
                .held(Fixtures.berlin(day, LocalTime.of(16, 0)), Fixtures.berlin(day, LocalTime.of(18, 0))).create();
        long sameDay = fx.meeting(body, board, term, Fixtures.berlin(day, LocalTime.of(19, 0))).numbered(2, "2. Sitzung des Beirats " + tag)
                .held(Fixtures.berlin(day, LocalTime.of(19, 0)), Fixtures.berlin(day, LocalTime.of(20, 0))).create();
        // minutes already approved: the meeting was held all the same and counts
        fx.execute("UPDATE meeting SET state = 'MINUTES_APPROVED' WHERE id = ?", sameDay);
        long future = fx.meeting(body, committee, term, Fixtures.berlin(today.plusDays(10), LocalTime.of(16, 0))).numbered(6, "6. Sitzung " + tag).create();
        fx.attendance(held, "VOTING_MEMBER", 0).member(albers, albersSeat, null).chairing("Vorsitzender").create();
        fx.attendance(held, "VOTING_MEMBER", 1).member(dorn, dornSeat, null).excused().create();
        fx.attendance(held, "VOTING_MEMBER", 2).member(celik, celikSeat, null).substituting(dorn).create();
        fx.attendance(held, "ADMINISTRATION", 3).guest("Herr", "Neumann " + tag, null).create();
        fx.attendance(sameDay, "VOTING_MEMBER", 0).member(albers, albersBoard, null).create();
        fx.attendance(future, "VOTING_MEMBER", 0).member(celik, celikSeat, null).create();
        admin = "geld-admin-" + tag;
        clerk = "geld-clerk-" + tag;
        member = "geld-member-" + tag;
        long adminId = MemberLogin.enrolledAccount(accounts, jdbc, admin, null);
        accounts.grantRole(adminId, "ADMINISTRATOR", null);
        accounts.grantRole(adminId, "CLERK", committee);
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, clerk, null), "CLERK", committee);
        MemberLogin.enrolledAccount(accounts, jdbc, member, celik);
        period = "?von=" + day.minusDays(1).format(DE) + "&bis=" + today.format(DE);
    }

    @Test
    void the_rule_set_by_the_administrator_gives_the_statements_the_export_and_the_members_own_view() throws Exception {
        WebSession a = MemberLogin.signIn(port, jdbc, admin);
        a.get("/verwaltung/sitzungsgeld");
        assertThat(a.post("/verwaltung/sitzungsgeld/regel", rule("01.01.2020", "zwanzig", "", "")).body())
                .contains("Bitte einen Betrag in Euro angeben, z. B. 22,90.");
        a.get("/verwaltung/sitzungsgeld");
        assertThat(a.post("/verwaltung/sitzungsgeld/regel", rule("01.01.2020", "22,90", "22,90", "20")).body())
                .contains("Der Höchstbetrag je Tag darf nicht unter dem Betrag je Sitzung liegen.");
        a.get("/verwaltung/sitzungsgeld");
        assertThat(a.post("/verwaltung/sitzungsgeld/regel", rule("01.01.2020", "22,90", "22,90", "45,80")).statusCode()).isEqualTo(302);

        WebSession c = MemberLogin.signIn(port, jdbc, clerk);
        assertThat(c.post("/verwaltung/sitzungsgeld/regel", rule("01.01.2021", "30", "", "")).statusCode()).isEqualTo(403);
        String overview = c.get("/verwaltung/sitzungsgeld" + period).body();
        assertThat(overview).contains("Albers" + tag).contains("45,80 €").contains("Celik" + tag).contains("22,90 €")
                .doesNotContain("Dorn" + tag).doesNotContain("Neumann " + tag).contains("68,70 €");

        String csv = c.get("/verwaltung/sitzungsgeld/export.csv" + period).body();
        assertThat(csv).startsWith("\uFEFFPersonennummer;Name;Sitzungen;Betrag in Euro")
                .contains(albers + ";Albers" + tag + ";2;45,80").contains(celik + ";Celik" + tag + ";1;22,90");

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/verwaltung/sitzungsgeld/aufstellung.pdf" + period + "&person=" + albers))
                .header("Cookie", "RIS_SESSION=" + c.cookie("RIS_SESSION")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Aufstellung Sitzungsgeld").contains("(Vorsitz)")
                    .contains("(Tageshöchstbetrag)").contains("Summe (2 Sitzungen)").contains("45,80 €");
        }

        WebSession m = MemberLogin.signIn(port, jdbc, member);
        String own = m.get("/mitglieder/sitzungsgeld?jahr=" + day.getYear()).body();
        assertThat(own).contains("5. Sitzung " + tag).contains("22,90 €").doesNotContain("6. Sitzung " + tag).doesNotContain("Albers" + tag);
        assertThat(m.get("/verwaltung/sitzungsgeld").statusCode()).isEqualTo(403);
    }

    private static Map<String, String> rule(String from, String perMeeting, String surcharge, String max) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("validFrom", from);
        form.put("perMeeting", perMeeting);
        form.put("chairSurcharge", surcharge);
        form.put("maxPerDay", max);
        return form;
    }
}
