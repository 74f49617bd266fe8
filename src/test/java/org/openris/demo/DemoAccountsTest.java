package org.openris.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.Seeds;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo sign-ins of the default (small) demo city exist for each kind of member, work with the published secret, and are printed. */
@RisIntegrationTest
class DemoAccountsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MusterstadtDemo demo;
    @Autowired
    DemoAccounts demoAccounts;

    @Test
    void demo_accounts_match_their_description_and_can_sign_in() {
        demo.generate(new DemoOptions(DemoScale.SMALL, Seeds.seed("DemoAccountsTest"), LocalDate.now(), false), System.out);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<DemoAccounts.DemoAccount> accounts = demoAccounts.create(new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(accounts).extracting(DemoAccounts.DemoAccount::username)
                .containsExactly("ratsmitglied", "sachkundig", "bezirk", "ehemalig", "neu", "verwaltung", "sitzungsdienst", "fachbereich", "fraktion");
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).contains(DemoAccounts.PASSWORD).contains(DemoAccounts.TOTP_SECRET).contains("ratsmitglied");

        long council = person(accounts, "ratsmitglied");
        assertThat(currentMemberships(council, "COUNCIL")).isPositive();
        assertThat(currentMemberships(council, "COMMITTEE")).isPositive();
        assertThat(currentMemberships(person(accounts, "sachkundig"), "COUNCIL")).isZero();
        assertThat(currentMemberships(person(accounts, "bezirk"), "DISTRICT_COUNCIL")).isPositive();
        long former = person(accounts, "ehemalig");
        assertThat(jdbc.sql("SELECT count(*) FROM membership WHERE person_id = ? AND (end_date IS NULL OR end_date >= current_date)")
                .param(former).query(Long.class).single()).isZero();

        WebSession member = MemberLogin.signIn(port, jdbc, "ratsmitglied", DemoAccounts.PASSWORD, DemoAccounts.TOTP_SECRET);
        assertThat(member.get("/mitglieder").statusCode()).isEqualTo(200);
        WebSession fresh = new WebSession(port);
        fresh.get("/anmelden");
        assertThat(fresh.post("/anmelden", java.util.Map.of("username", "neu", "password", DemoAccounts.PASSWORD))
                .headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/anmelden/einrichten"));

        assertThat(roles("verwaltung")).containsExactly("ADMINISTRATOR:");
        assertThat(roles("sitzungsdienst")).isNotEmpty().allSatisfy(r -> assertThat(r).matches("CLERK:(COUNCIL|COMMITTEE)"));
        assertThat(roles("fachbereich")).containsExactly("AUTHOR:ADMINISTRATIVE_UNIT");
        assertThat(roles("fraktion")).containsExactly("FACTION_OFFICE:FACTION");
        WebSession clerk = MemberLogin.signIn(port, jdbc, "sitzungsdienst", DemoAccounts.PASSWORD, DemoAccounts.TOTP_SECRET);
        assertThat(clerk.get("/verwaltung").statusCode()).isEqualTo(200);
        assertThat(member.get("/verwaltung").statusCode()).as("a member is no staff").isEqualTo(403);
    }

    private List<String> roles(String username) {
        return jdbc.sql("SELECT r.role || ':' || coalesce(o.kind, '') FROM user_role r JOIN app_user u ON u.id = r.user_id"
                + " LEFT JOIN organization o ON o.id = r.organization_id WHERE u.username = ? ORDER BY 1").param(username).query(String.class).list();
    }

    private static long person(List<DemoAccounts.DemoAccount> accounts, String username) {
        return accounts.stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow().personId();
    }

    private long currentMemberships(long person, String kind) {
        return jdbc.sql("SELECT count(*) FROM membership ms JOIN organization o ON o.id = ms.organization_id WHERE ms.person_id = ?"
                        + " AND o.kind = ? AND ms.start_date <= current_date AND (ms.end_date IS NULL OR ms.end_date >= current_date)")
                .params(person, kind).query(Long.class).single();
    }
}
