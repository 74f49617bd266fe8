package org.openris.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The login over real HTTP: password, second factor (enrolment, TOTP, recovery codes), session, logout. */
@RisIntegrationTest
class LoginFlowTest {

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
    void first_login_enrols_the_second_factor_with_a_qr_code_and_shows_recovery_codes_once() {
        String name = unique("neu");
        long id = accounts.create(name, "Neue Ratsfrau", null, null, MemberLogin.PASSWORD);
        WebSession web = new WebSession(port);

        web.get("/anmelden");
        String anonymousSession = web.cookie("RIS_SESSION");
        HttpResponse<String> afterPassword = web.post("/anmelden", Map.of("username", name, "password", MemberLogin.PASSWORD));
        assertThat(afterPassword.statusCode()).isEqualTo(302);
        assertThat(afterPassword.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/anmelden/einrichten"));
        assertThat(web.cookie("RIS_SESSION")).as("session id changes at the password step").isNotEqualTo(anonymousSession);

        assertThat(web.get("/mitglieder").statusCode()).as("password alone does not open the member area").isEqualTo(302);

        HttpResponse<String> enrol = web.get("/anmelden/einrichten");
        assertThat(enrol.statusCode()).isEqualTo(200);
        assertThat(enrol.body()).contains("<svg").contains("aria-label=\"QR-Code");
        String secret = secretShownOn(enrol.body());
        assertThat(web.get("/anmelden/einrichten").body()).as("the same secret on reload").contains(secretGroups(secret));

        HttpResponse<String> wrong = web.post("/anmelden/einrichten", Map.of("code", "000000".equals(MemberLogin.code(secret, Instant.now())) ? "111111" : "000000"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("Der Code passt nicht zum Schlüssel");
        assertThat(jdbc.sql("SELECT totp_confirmed_at IS NULL FROM app_user WHERE id = ?").param(id).query(Boolean.class).single()).isTrue();

        String beforeCompletion = web.cookie("RIS_SESSION");
        HttpResponse<String> done = web.post("/anmelden/einrichten", Map.of("code", MemberLogin.code(secret, Instant.now())));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(web.cookie("RIS_SESSION")).as("session id changes when the login completes").isNotEqualTo(beforeCompletion);
        HttpResponse<String> codesPage = web.followRedirect();
        List<String> codes = recoveryCodesShownOn(codesPage.body());
        assertThat(codes).hasSize(10);
        assertThat(web.get("/anmelden/wiederherstellungscodes").statusCode()).as("shown once").isEqualTo(302);

        HttpResponse<String> dashboard = web.get("/mitglieder");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Willkommen, Neue Ratsfrau.").contains("Abmelden");
        assertThat(jdbc.sql("SELECT totp_secret FROM app_user WHERE id = ?").param(id).query(String.class).single()).isEqualTo(secret);
        assertThat(jdbc.sql("SELECT count(*) FROM recovery_code WHERE user_id = ? AND used_at IS NULL AND deleted_at IS NULL")
                .param(id).query(Integer.class).single()).isEqualTo(10);
        assertThat(actions(id)).contains("SECOND_FACTOR_FAILED", "SECOND_FACTOR_ENROLLED", "LOGIN");
    }

    @Test
    void a_totp_code_works_once_and_a_recovery_code_works_once() {
        String name = unique("rat");
        long id = MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        WebSession first = MemberLogin.signIn(port, jdbc, name);
        assertThat(first.get("/mitglieder").statusCode()).isEqualTo(200);

        // the code just used does not work again (replay), even in a fresh login
        long usedStep = jdbc.sql("SELECT totp_last_step FROM app_user WHERE id = ?").param(id).query(Long.class).single();
        String replayed = MemberLogin.code(MemberLogin.SECRET, Instant.ofEpochSecond(usedStep * 30));
        WebSession second = passwordStep(name, "127.0.0.1");
        HttpResponse<String> replay = second.post("/anmelden/code", Map.of("code", replayed));
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("Der Code ist nicht gültig");

        String recovery = renewCodes(id).get(3);
        assertThat(second.post("/anmelden/code", Map.of("code", recovery.toUpperCase())).statusCode()).isEqualTo(302);
        assertThat(second.get("/mitglieder").statusCode()).isEqualTo(200);
        WebSession third = passwordStep(name, "127.0.0.1");
        assertThat(third.post("/anmelden/code", Map.of("code", recovery)).body()).contains("Der Code ist nicht gültig");
        assertThat(actions(id)).contains("RECOVERY_CODE_USED");
    }

    @Test
    void the_member_area_needs_a_completed_login_and_returns_there_afterwards() {
        String name = unique("ziel");
        MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        WebSession web = new WebSession(port);
        HttpResponse<String> guarded = web.get("/mitglieder");
        assertThat(guarded.statusCode()).isEqualTo(302);
        assertThat(guarded.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/anmelden"));
        web.get("/anmelden");
        web.post("/anmelden", Map.of("username", name.toUpperCase(), "password", MemberLogin.PASSWORD));
        HttpResponse<String> done = web.post("/anmelden/code", Map.of("code", MemberLogin.code(MemberLogin.SECRET, Instant.now())));
        assertThat(done.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/mitglieder"));
    }

    @Test
    void logout_needs_the_csrf_token_ends_the_session_and_clears_the_offline_copies() {
        String name = unique("aus");
        long id = MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        WebSession web = MemberLogin.signIn(port, jdbc, name);
        String page = web.get("/mitglieder").body();
        assertThat(sessionsInDatabase(id)).as("the session lives in PostgreSQL, for every app instance").isEqualTo(1);
        assertThat(page).contains("action=\"/abmelden\"");

        HttpResponse<String> forged = web.post("/abmelden", Map.of("_csrf", "gefaelscht"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Das Formular ist abgelaufen").doesNotContain("Exception").doesNotContain("at org.");
        assertThat(web.get("/mitglieder").statusCode()).as("still signed in").isEqualTo(200);

        HttpResponse<String> out = web.post("/abmelden", Map.of());
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Clear-Site-Data")).hasValueSatisfying(v -> assertThat(v).contains("\"cache\"").contains("\"storage\""));
        assertThat(web.get("/mitglieder").statusCode()).isEqualTo(302);
        assertThat(sessionsInDatabase(id)).as("logout removes the session").isZero();
    }

    @Test
    void a_password_is_checked_in_full_never_by_its_first_72_bytes() {
        String name = unique("lang");
        String password = "Ein-sehr-langer-Passsatz-".repeat(3).substring(0, PasswordPolicy.MAX_BYTES);
        long id = accounts.create(name, "Lange Passwörter", null, null, password);
        jdbc.sql("UPDATE app_user SET totp_secret = ?, totp_confirmed_at = now() WHERE id = ?").params(MemberLogin.SECRET, id).update();
        for (String longer : List.of(password + "x", password + "beliebiger Rest, den BCrypt abschneiden würde")) {
            WebSession web = new WebSession(port).from("10.9.9.72");
            web.get("/anmelden");
            HttpResponse<String> answer = web.post("/anmelden", Map.of("username", name, "password", longer));
            assertThat(answer.statusCode()).as(longer).isEqualTo(200);
            assertThat(answer.body()).contains("Benutzername oder Passwort ist falsch.");
        }
        WebSession web = new WebSession(port).from("10.9.9.73");
        web.get("/anmelden");
        assertThat(web.post("/anmelden", Map.of("username", name, "password", password)).statusCode()).isEqualTo(302);
    }

    @Test
    void a_disabled_account_gets_the_same_answer_as_a_wrong_password() {
        String name = unique("gesperrt");
        long id = MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        jdbc.sql("UPDATE app_user SET enabled = false WHERE id = ?").param(id).update();
        WebSession web = new WebSession(port).from("10.9.9.9");
        web.get("/anmelden");
        HttpResponse<String> answer = web.post("/anmelden", Map.of("username", name, "password", MemberLogin.PASSWORD));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Benutzername oder Passwort ist falsch.");
    }

    @Test
    void a_pending_login_expires_and_the_code_step_cannot_be_reached_without_the_password_step() {
        WebSession web = new WebSession(port);
        HttpResponse<String> code = web.get("/anmelden/code");
        assertThat(code.statusCode()).isEqualTo(302);
        assertThat(code.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/anmelden?abgelaufen"));
        web.get("/anmelden");
        assertThat(web.post("/anmelden/code", Map.of("code", "123456")).statusCode()).isEqualTo(302);
        assertThat(web.post("/anmelden/einrichten", Map.of("code", "123456")).statusCode()).isEqualTo(302);
    }

    @Test
    void without_sso_configuration_there_is_no_sso_client_route_or_button() {
        assertThat(context.getBeanProvider(org.springframework.security.oauth2.client.registration.ClientRegistrationRepository.class)
                .getIfAvailable()).isNull();
        assertThat(context.getBeanProvider(SsoWebSecurity.class).getIfAvailable()).isNull();
        WebSession web = new WebSession(port);
        HttpResponse<String> login = web.get("/anmelden");
        assertThat(login.body()).doesNotContain("oauth2").doesNotContain("Mit SSO anmelden");
        for (String path : List.of("/oauth2/authorization/sso", "/login/oauth2/code/sso?code=abc&state=def", "/anmelden?sso-abgelehnt")) {
            HttpResponse<String> answer = web.get(path);
            if (path.startsWith("/anmelden")) {
                assertThat(answer.body()).as(path).doesNotContain("SSO");
            } else {
                assertThat(answer.statusCode()).as(path).isEqualTo(404);
            }
        }
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    private WebSession passwordStep(String name, String address) {
        WebSession web = new WebSession(port).from(address);
        web.get("/anmelden");
        HttpResponse<String> r = web.post("/anmelden", Map.of("username", name, "password", MemberLogin.PASSWORD));
        assertThat(r.statusCode()).isEqualTo(302);
        web.get("/anmelden/code");
        return web;
    }

    @Autowired
    SecondFactor secondFactor;

    private List<String> renewCodes(long id) {
        return secondFactor.renewRecoveryCodes(id);
    }

    private long sessionsInDatabase(long userId) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param("user:" + userId).query(Long.class).single();
    }

    private List<String> actions(long userId) {
        return jdbc.sql("SELECT action FROM audit_log WHERE user_id = ? ORDER BY id").param(userId).query(String.class).list();
    }

    private static String secretShownOn(String html) {
        Matcher m = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(html);
        assertThat(m.find()).as("secret shown for manual entry").isTrue();
        return m.group(1).replace(" ", "");
    }

    private static String secretGroups(String secret) {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }

    private static List<String> recoveryCodesShownOn(String html) {
        Matcher m = Pattern.compile("<code>([a-z2-9]{4}(?:-[a-z2-9]{4}){5})</code>").matcher(html);
        List<String> codes = new java.util.ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }
}
