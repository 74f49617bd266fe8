package org.openris.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A signed-in session ends at once when its account is disabled or its password changed elsewhere, and at its maximum age. */
@RisIntegrationTest
class SessionValidityTest {

    private static final Instant LOGIN = Instant.parse("2026-11-28T08:00:00Z");
    private static final Duration MAX_AGE = Duration.ofHours(12);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    @Test
    void the_rules() {
        Optional<Accounts.SessionState> active = Optional.of(new Accounts.SessionState(true, LOGIN.minusSeconds(3600)));
        assertThat(SessionValidity.check(active, LOGIN, LOGIN.plusSeconds(60), MAX_AGE)).isEmpty();
        assertThat(SessionValidity.check(Optional.of(new Accounts.SessionState(false, null)), LOGIN, LOGIN.plusSeconds(60), MAX_AGE))
                .hasValue(SessionValidity.End.ACCOUNT_INACTIVE);
        assertThat(SessionValidity.check(Optional.empty(), LOGIN, LOGIN.plusSeconds(60), MAX_AGE)).hasValue(SessionValidity.End.ACCOUNT_INACTIVE);
        assertThat(SessionValidity.check(Optional.of(new Accounts.SessionState(true, LOGIN.plusSeconds(1))), LOGIN, LOGIN.plusSeconds(60), MAX_AGE))
                .hasValue(SessionValidity.End.PASSWORD_CHANGED);
        assertThat(SessionValidity.check(active, LOGIN, LOGIN.plus(MAX_AGE).minusSeconds(1), MAX_AGE)).isEmpty();
        assertThat(SessionValidity.check(active, LOGIN, LOGIN.plus(MAX_AGE), MAX_AGE)).hasValue(SessionValidity.End.MAX_AGE_REACHED);
        assertThat(SessionValidity.check(active, null, LOGIN, MAX_AGE)).hasValue(SessionValidity.End.LOGIN_TIME_UNKNOWN);
    }

    @Test
    void disabling_an_account_ends_its_session_on_the_next_request() {
        String name = "gesperrt-" + UUID.randomUUID().toString().substring(0, 8);
        long id = MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        WebSession web = MemberLogin.signIn(port, jdbc, name);
        assertThat(web.get("/mitglieder").statusCode()).isEqualTo(200);

        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE id = ?").param(id).update();
        HttpResponse<String> after = web.get("/mitglieder");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/anmelden");
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE user_id = ? AND action = 'SESSION_ENDED'").param(id).query(String.class).list())
                .containsExactly("ACCOUNT_INACTIVE");

        jdbc.sql("UPDATE app_user SET enabled = TRUE WHERE id = ?").param(id).update();
        assertThat(web.get("/mitglieder").statusCode()).as("the ended session stays ended").isEqualTo(302);
    }

    @Test
    void changing_the_password_ends_the_other_sessions_but_not_this_one() {
        String name = "wechsel-" + UUID.randomUUID().toString().substring(0, 8);
        long id = MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        WebSession here = MemberLogin.signIn(port, jdbc, name);
        WebSession tablet = MemberLogin.signIn(port, jdbc, name);
        assertThat(tablet.get("/mitglieder").statusCode()).isEqualTo(200);

        here.get("/konto");
        assertThat(here.post("/konto/passwort", Map.of("current", MemberLogin.PASSWORD, "password", "Ein-ganz-neues-Passwort-2026",
                "repeated", "Ein-ganz-neues-Passwort-2026")).statusCode()).isEqualTo(302);

        assertThat(here.get("/mitglieder").statusCode()).as("the session that changed it").isEqualTo(200);
        assertThat(tablet.get("/mitglieder").statusCode()).as("another session of the account").isEqualTo(302);
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE user_id = ? AND action = 'SESSION_ENDED'").param(id).query(String.class).list())
                .containsExactly("PASSWORD_CHANGED");
    }
}
