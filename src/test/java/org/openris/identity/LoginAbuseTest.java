package org.openris.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.Seeds;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * TESTING.md §D: throttling per account+address and per address on the password and the code step,
 * no lock-out of the real member from another address, identical answers for known and unknown names.
 */
@RisIntegrationTest
class LoginAbuseTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void an_attacker_is_throttled_but_the_member_still_gets_in_from_elsewhere() {
        String member = unique("ratsherr");
        MemberLogin.enrolledAccount(accounts, jdbc, member, null);
        WebSession attacker = new WebSession(port).from("203.0.113.7");
        attacker.get("/anmelden");
        for (int i = 0; i < ThrottlePolicy.DEFAULT.failuresPerAccountAndAddress(); i++) {
            assertThat(attacker.post("/anmelden", Map.of("username", member, "password", "falsch-" + i)).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = attacker.post("/anmelden", Map.of("username", member, "password", MemberLogin.PASSWORD));
        assertThat(refused.statusCode()).as("even the right password is refused from the attacking address").isEqualTo(429);
        assertThat(refused.body()).contains("Zu viele fehlgeschlagene Anmeldeversuche");

        WebSession realMember = new WebSession(port).from("198.51.100.20");
        realMember.get("/anmelden");
        HttpResponse<String> ok = realMember.post("/anmelden", Map.of("username", member, "password", MemberLogin.PASSWORD));
        assertThat(ok.statusCode()).as("the member on the town hall wifi is not locked out").isEqualTo(302);
    }

    @Test
    void one_address_trying_many_names_is_throttled_for_every_name() {
        WebSession sprayer = new WebSession(port).from("203.0.113.99");
        sprayer.get("/anmelden");
        for (int i = 0; i < ThrottlePolicy.DEFAULT.failuresPerAddress(); i++) {
            sprayer.post("/anmelden", Map.of("username", unique("name" + i), "password", "Sommer2026!"));
        }
        String member = unique("spray-opfer");
        MemberLogin.enrolledAccount(accounts, jdbc, member, null);
        assertThat(sprayer.post("/anmelden", Map.of("username", member, "password", MemberLogin.PASSWORD)).statusCode()).isEqualTo(429);
        WebSession other = new WebSession(port).from("198.51.100.21");
        other.get("/anmelden");
        assertThat(other.post("/anmelden", Map.of("username", member, "password", MemberLogin.PASSWORD)).statusCode()).isEqualTo(302);
    }

    @Test
    void guessing_the_code_is_throttled_on_the_second_step_too() {
        String member = unique("code");
        MemberLogin.enrolledAccount(accounts, jdbc, member, null);
        WebSession attacker = passwordStep(member, "203.0.113.50");
        String right = MemberLogin.code(MemberLogin.SECRET, Instant.now());
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < ThrottlePolicy.DEFAULT.failuresPerAccountAndAddress(); i++) {
            assertThat(attacker.post("/anmelden/code", Map.of("code", wrong)).statusCode()).isEqualTo(200);
        }
        assertThat(attacker.post("/anmelden/code", Map.of("code", right)).statusCode()).isEqualTo(429);

        WebSession realMember = passwordStep(member, "198.51.100.30");
        assertThat(realMember.post("/anmelden/code", Map.of("code", MemberLogin.code(MemberLogin.SECRET, Instant.now().plusSeconds(30))))
                .statusCode()).isEqualTo(302);
    }

    @Test
    void known_and_unknown_names_get_identical_answers() {
        long seed = Seeds.seed("LoginAbuseTest");
        Random random = new Random(seed);
        String known = unique("bekannt");
        MemberLogin.enrolledAccount(accounts, jdbc, known, null);
        String unknown = unique("unbekannt");
        for (int round = 0; round < 3; round++) {
            String password = "Versuch-" + random.nextInt(1_000_000);
            HttpResponse<String> a = attempt(known, password, "192.0.2." + (10 + round));
            HttpResponse<String> b = attempt(unknown, password, "192.0.2." + (20 + round));
            assertThat(a.statusCode()).isEqualTo(b.statusCode()).isEqualTo(200);
            assertThat(normalise(a.body(), known)).as("seed " + seed).isEqualTo(normalise(b.body(), unknown));
            assertThat(a.headers().map().keySet()).isEqualTo(b.headers().map().keySet());
        }
        // throttled answers do not tell them apart either
        WebSession k = new WebSession(port).from("192.0.2.77");
        WebSession u = new WebSession(port).from("192.0.2.78");
        k.get("/anmelden");
        u.get("/anmelden");
        HttpResponse<String> kLast = null;
        HttpResponse<String> uLast = null;
        for (int i = 0; i <= ThrottlePolicy.DEFAULT.failuresPerAccountAndAddress(); i++) {
            kLast = k.post("/anmelden", Map.of("username", known, "password", "x" + i));
            uLast = u.post("/anmelden", Map.of("username", unknown, "password", "x" + i));
        }
        assertThat(kLast.statusCode()).isEqualTo(uLast.statusCode()).isEqualTo(429);
        assertThat(normalise(kLast.body(), known)).isEqualTo(normalise(uLast.body(), unknown));
    }

    @Test
    void audit_log_records_failed_and_throttled_logins_without_the_typed_password() {
        String member = unique("audit");
        long id = MemberLogin.enrolledAccount(accounts, jdbc, member, null);
        WebSession web = new WebSession(port).from("203.0.113.200");
        web.get("/anmelden");
        for (int i = 0; i <= ThrottlePolicy.DEFAULT.failuresPerAccountAndAddress(); i++) {
            web.post("/anmelden", Map.of("username", member, "password", "Geheimnis-" + i));
        }
        var rows = jdbc.sql("SELECT action, remote_addr, coalesce(detail, '') FROM audit_log WHERE user_id = ? ORDER BY id")
                .param(id).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).list();
        assertThat(rows).anyMatch(r -> r.startsWith("LOGIN_FAILED|203.0.113.200")).anyMatch(r -> r.startsWith("LOGIN_THROTTLED|"));
        assertThat(rows).noneMatch(r -> r.contains("Geheimnis"));
    }

    private HttpResponse<String> attempt(String name, String password, String address) {
        WebSession web = new WebSession(port).from(address);
        web.get("/anmelden");
        return web.post("/anmelden", Map.of("username", name, "password", password));
    }

    private WebSession passwordStep(String name, String address) {
        WebSession web = new WebSession(port).from(address);
        web.get("/anmelden");
        assertThat(web.post("/anmelden", Map.of("username", name, "password", MemberLogin.PASSWORD)).statusCode()).isEqualTo(302);
        web.get("/anmelden/code");
        return web;
    }

    /** The answer with the parts that must differ (the echoed name, the per-session CSRF token) blanked. */
    private static String normalise(String body, String typedName) {
        return body.replace(typedName, "NAME").replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "CSRF");
    }
}
