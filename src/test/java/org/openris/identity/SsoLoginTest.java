package org.openris.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.OidcTestProvider;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SSO login (issue 3, ADR 0009) against a real OpenID provider (Spring Authorization Server on
 * its own port), driven over HTTP like a browser: button, provider login, callback, our second
 * factor or the provider's, refusals, tampering, throttling of the callback. The only test context
 * with SSO configured; {@link LoginFlowTest} checks that without configuration nothing of it exists.
 */
@RisIntegrationTest
class SsoLoginTest {

    static final OidcTestProvider IDP = OidcTestProvider.start();

    @DynamicPropertySource
    static void sso(DynamicPropertyRegistry registry) {
        registry.add("ris.oidc.issuer-uri", IDP::issuer);
        registry.add("ris.oidc.client-id", () -> OidcTestProvider.CLIENT_ID);
        registry.add("ris.oidc.client-secret", () -> OidcTestProvider.CLIENT_SECRET);
        registry.add("ris.oidc.name", () -> "Rathaus-Login");
        registry.add("ris.oidc.link-by", () -> "username,email");
        registry.add("ris.oidc.mfa-acr-values", () -> "mfa");
        registry.add("ris.oidc.mfa-amr-values", () -> "otp,hwk");
    }

    @AfterAll
    static void stopProvider() {
        IDP.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    @Test
    void a_member_signs_in_through_the_sso_then_gives_our_code_and_the_link_holds_when_the_name_changes() {
        String name = unique("sso-rat");
        long id = MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        String subject = "kc-" + UUID.randomUUID();
        IDP.user(subject, Map.of("preferred_username", name, "acr", "1", "amr", List.of("pwd")));
        Browser browser = new Browser("198.51.100.61");

        HttpResponse<String> login = browser.app.get("/anmelden");
        assertThat(login.body()).contains("Mit Rathaus-Login anmelden").contains("href=\"/oauth2/authorization/sso\"");
        String anonymous = browser.app.cookie("RIS_SESSION");
        String callback = browser.signInAtProvider(subject);
        assertThat(browser.authorizeRequest).contains("state=").contains("nonce=").contains("code_challenge=")
                .contains("code_challenge_method=S256").contains("acr_values=mfa")
                .contains("redirect_uri=http://127.0.0.1:" + port + "/login/oauth2/code/sso&");

        HttpResponse<String> back = browser.app.get(callback);
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(location(back)).endsWith("/anmelden/code");
        assertThat(browser.app.cookie("RIS_SESSION")).as("session id changes when the provider vouched").isNotEqualTo(anonymous);
        assertThat(browser.app.get("/mitglieder").statusCode()).as("the provider's word alone does not open the member area")
                .isEqualTo(302);
        assertThat(links(id)).as("the first link is stored only after our second factor").isEmpty();

        String beforeCode = browser.app.cookie("RIS_SESSION");
        browser.app.get("/anmelden/code");
        HttpResponse<String> done = browser.app.post("/anmelden/code", Map.of("code", MemberLogin.code(MemberLogin.SECRET, Instant.now())));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(location(done)).endsWith("/mitglieder");
        assertThat(browser.app.cookie("RIS_SESSION")).isNotEqualTo(beforeCode);
        assertThat(browser.app.get("/mitglieder").body()).contains("Willkommen, Test " + name + ".");
        assertThat(links(id)).containsExactly(IDP.issuer() + " " + subject);
        assertThat(audit(id)).contains("SSO_LINKED|" + "sso " + IDP.issuer() + " " + subject, "LOGIN|sso");

        // the provider renames the user: the stored link (issuer + subject) still finds the account
        IDP.user(subject, Map.of("preferred_username", "umbenannt-" + name, "acr", "1"));
        jdbc.sql("UPDATE app_user SET totp_last_step = NULL WHERE id = ?").param(id).update();
        Browser again = new Browser("198.51.100.62");
        again.app.get("/anmelden");
        assertThat(location(again.app.get(again.signInAtProvider(subject)))).endsWith("/anmelden/code");
        again.app.get("/anmelden/code");
        assertThat(again.app.post("/anmelden/code", Map.of("code", MemberLogin.code(MemberLogin.SECRET, Instant.now()))).statusCode())
                .isEqualTo(302);
        assertThat(again.app.get("/mitglieder").statusCode()).isEqualTo(200);
    }

    @Test
    void a_second_factor_asserted_by_the_provider_replaces_ours() {
        // acr: Keycloak's step-up level; the account has no TOTP of ours at all
        String name = unique("sso-acr");
        long id = accounts.create(name, "Frau Acr", null, null, MemberLogin.PASSWORD);
        String subject = "kc-" + UUID.randomUUID();
        IDP.user(subject, Map.of("preferred_username", name, "acr", "mfa"));
        Browser browser = new Browser("198.51.100.63");
        browser.app.get("/anmelden");
        String anonymous = browser.app.cookie("RIS_SESSION");
        HttpResponse<String> back = browser.app.get(browser.signInAtProvider(subject));
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(location(back)).endsWith("/mitglieder");
        assertThat(browser.app.cookie("RIS_SESSION")).isNotEqualTo(anonymous);
        assertThat(browser.app.get("/mitglieder").body()).contains("Willkommen, Frau Acr.");
        assertThat(links(id)).containsExactly(IDP.issuer() + " " + subject);
        assertThat(audit(id)).contains("LOGIN|sso");

        // amr: any accepted method suffices
        String other = unique("sso-amr");
        MemberLogin.enrolledAccount(accounts, jdbc, other, null);
        String otherSubject = "kc-" + UUID.randomUUID();
        IDP.user(otherSubject, Map.of("preferred_username", other, "amr", List.of("pwd", "otp")));
        Browser second = new Browser("198.51.100.64");
        second.app.get("/anmelden");
        assertThat(location(second.app.get(second.signInAtProvider(otherSubject)))).endsWith("/mitglieder");
        assertThat(second.app.get("/mitglieder").statusCode()).isEqualTo(200);

        // the replayed callback of a completed login is refused, not a 500
        HttpResponse<String> replay = second.app.get(second.lastCallback);
        assertThat(replay.statusCode()).isEqualTo(302);
        assertThat(location(replay)).endsWith(SsoWebSecurity.FAILED);
    }

    @Test
    void an_sso_user_without_our_second_factor_enrols_it_before_the_session_starts() {
        String name = unique("sso-neu");
        long id = accounts.create(name, "Herr Neu", null, null, MemberLogin.PASSWORD);
        String subject = "kc-" + UUID.randomUUID();
        IDP.user(subject, Map.of("preferred_username", name));
        Browser browser = new Browser("198.51.100.76");
        browser.app.get("/anmelden");
        HttpResponse<String> back = browser.app.get(browser.signInAtProvider(subject));
        assertThat(location(back)).endsWith("/anmelden/einrichten");
        assertThat(browser.app.get("/anmelden/einrichten").body()).contains("<svg").contains("aria-label=\"QR-Code");
        assertThat(browser.app.get("/mitglieder").statusCode()).isEqualTo(302);
        assertThat(links(id)).isEmpty();
        assertThat(audit(id)).doesNotContain("LOGIN|sso");
    }

    @Test
    void unknown_and_disabled_users_get_the_same_refusal_and_nobody_registers_themselves() {
        String unknownSubject = "kc-" + UUID.randomUUID();
        IDP.user(unknownSubject, Map.of("preferred_username", unique("niemand"), "acr", "mfa"));
        String disabled = unique("sso-gesperrt");
        long disabledId = MemberLogin.enrolledAccount(accounts, jdbc, disabled, null);
        jdbc.sql("UPDATE app_user SET enabled = false WHERE id = ?").param(disabledId).update();
        String disabledSubject = "kc-" + UUID.randomUUID();
        IDP.user(disabledSubject, Map.of("preferred_username", disabled, "acr", "mfa"));
        long accountsBefore = jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();

        Browser a = new Browser("198.51.100.65");
        Browser b = new Browser("198.51.100.66");
        a.app.get("/anmelden");
        b.app.get("/anmelden");
        HttpResponse<String> unknown = a.app.get(a.signInAtProvider(unknownSubject));
        HttpResponse<String> refused = b.app.get(b.signInAtProvider(disabledSubject));
        assertThat(unknown.statusCode()).isEqualTo(refused.statusCode()).isEqualTo(302);
        assertThat(location(unknown)).isEqualTo(location(refused)).endsWith(SsoWebSecurity.REFUSED);
        HttpResponse<String> pageA = a.app.followRedirect();
        HttpResponse<String> pageB = b.app.followRedirect();
        assertThat(pageA.statusCode()).isEqualTo(pageB.statusCode()).isEqualTo(200);
        assertThat(pageA.body()).contains("Die Anmeldung über Rathaus-Login ist für dieses Konto nicht möglich").contains("lang=\"de\"");
        assertThat(normalise(pageA.body())).isEqualTo(normalise(pageB.body()));
        assertThat(pageA.headers().map().keySet()).isEqualTo(pageB.headers().map().keySet());
        assertThat(a.app.get("/mitglieder").statusCode()).isEqualTo(302);
        assertThat(b.app.get("/mitglieder").statusCode()).isEqualTo(302);

        assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single()).as("no self-registration").isEqualTo(accountsBefore);
        assertThat(audit(disabledId)).contains("LOGIN_FAILED|sso, disabled account");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'LOGIN_FAILED' AND remote_addr = '198.51.100.65'"
                + " AND detail = 'sso, unknown account'").query(Long.class).single()).isEqualTo(1);
        assertThat(links(disabledId)).isEmpty();
    }

    @Test
    void the_first_login_may_match_a_verified_email_but_never_takes_over_a_linked_account() {
        String name = unique("sso-mail");
        long id = MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        String email = name + "@example.org";

        String unverified = "kc-" + UUID.randomUUID();
        IDP.user(unverified, Map.of("preferred_username", "anders-" + name, "email", email, "email_verified", false, "acr", "mfa"));
        Browser first = new Browser("198.51.100.67");
        first.app.get("/anmelden");
        assertThat(location(first.app.get(first.signInAtProvider(unverified)))).as("unverified address").endsWith(SsoWebSecurity.REFUSED);

        String verified = "kc-" + UUID.randomUUID();
        IDP.user(verified, Map.of("preferred_username", "anders-" + name, "email", email.toUpperCase(), "email_verified", true));
        Browser second = new Browser("198.51.100.68");
        second.app.get("/anmelden");
        assertThat(location(second.app.get(second.signInAtProvider(verified)))).endsWith("/anmelden/code");
        second.app.get("/anmelden/code");
        assertThat(second.app.post("/anmelden/code", Map.of("code", MemberLogin.code(MemberLogin.SECRET, Instant.now()))).statusCode())
                .isEqualTo(302);
        assertThat(links(id)).containsExactly(IDP.issuer() + " " + verified);

        // someone else at the provider with the member's user name (or address) does not get the account
        String intruder = "kc-" + UUID.randomUUID();
        IDP.user(intruder, Map.of("preferred_username", name, "email", email, "email_verified", true, "acr", "mfa"));
        Browser third = new Browser("198.51.100.69");
        third.app.get("/anmelden");
        assertThat(location(third.app.get(third.signInAtProvider(intruder)))).endsWith(SsoWebSecurity.REFUSED);
        assertThat(third.app.get("/mitglieder").statusCode()).isEqualTo(302);
        assertThat(audit(id)).contains("LOGIN_FAILED|sso, account linked to another identity");
        assertThat(links(id)).containsExactly(IDP.issuer() + " " + verified);
    }

    @Test
    void tampered_state_tampered_nonce_and_provider_errors_are_refused_in_german_without_a_500() {
        String name = unique("sso-manip");
        long id = MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        String subject = "kc-" + UUID.randomUUID();
        IDP.user(subject, Map.of("preferred_username", name, "acr", "mfa"));

        Browser state = new Browser("198.51.100.70");
        state.app.get("/anmelden");
        String callback = state.signInAtProvider(subject);
        String tampered = callback.replaceFirst("state=([^&]+)", "state=x$1");
        assertThat(tampered).isNotEqualTo(callback);
        assertRefusedAsFailure(state, state.app.get(tampered));

        // the provider signs an ID token with another nonce than the one of this login
        String nonceSubject = "kc-" + UUID.randomUUID();
        IDP.user(nonceSubject, Map.of("preferred_username", name, "acr", "mfa", "nonce", "gefaelscht"));
        Browser nonce = new Browser("198.51.100.71");
        nonce.app.get("/anmelden");
        assertRefusedAsFailure(nonce, nonce.app.get(nonce.signInAtProvider(nonceSubject)));

        // a stolen callback (code and state) opened in another browser
        Browser victim = new Browser("198.51.100.72");
        victim.app.get("/anmelden");
        String stolen = victim.signInAtProvider(subject);
        Browser thief = new Browser("198.51.100.73");
        assertRefusedAsFailure(thief, thief.app.get(stolen));

        for (String bad : List.of("/login/oauth2/code/sso?error=access_denied&state=abc", "/login/oauth2/code/sso",
                "/login/oauth2/code/sso?code=" + "A".repeat(5000) + "&state=%00%0A%3Cscript%3E")) {
            Browser other = new Browser("198.51.100.74");
            other.app.get("/anmelden");
            assertRefusedAsFailure(other, other.app.get(bad));
        }
        assertThat(links(id)).isEmpty();
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE remote_addr = '198.51.100.71' AND action = 'LOGIN_FAILED'")
                .query(String.class).list()).containsExactly("sso, invalid_nonce");
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE remote_addr = '198.51.100.74' AND action = 'LOGIN_FAILED'")
                .query(String.class).list()).hasSize(3).allMatch(d -> d.startsWith("sso, ") && !d.contains("<"));
    }

    @Test
    void bad_callbacks_are_throttled_per_address_and_the_member_still_gets_in_from_elsewhere() {
        String name = unique("sso-drossel");
        long id = MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        String subject = "kc-" + UUID.randomUUID();
        IDP.user(subject, Map.of("preferred_username", name, "acr", "mfa"));

        Browser attacker = new Browser("203.0.113.161");
        attacker.app.get("/anmelden");
        for (int i = 0; i < ThrottlePolicy.DEFAULT.failuresPerAddress(); i++) {
            HttpResponse<String> bad = attacker.app.get("/login/oauth2/code/sso?code=geraten-" + i + "&state=geraten-" + i);
            assertThat(bad.statusCode()).as("attempt " + i).isEqualTo(302);
        }
        HttpResponse<String> throttled = attacker.app.get("/login/oauth2/code/sso?code=noch-einmal&state=noch-einmal");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.body()).contains("Zu viele fehlgeschlagene Anmeldeversuche").contains("lang=\"de\"");
        assertThat(throttled.headers().firstValue("Cache-Control")).hasValue("no-store");
        // even a genuine callback is refused from that address for now
        HttpResponse<String> genuine = attacker.app.get(attacker.signInAtProvider(subject));
        assertThat(genuine.statusCode()).isEqualTo(429);
        assertThat(attacker.app.get("/mitglieder").statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE remote_addr = '203.0.113.161' AND action = 'LOGIN_THROTTLED'"
                + " AND detail = 'sso'").query(Long.class).single()).isEqualTo(2);

        Browser member = new Browser("198.51.100.75");
        member.app.get("/anmelden");
        assertThat(location(member.app.get(member.signInAtProvider(subject)))).endsWith("/mitglieder");
        assertThat(member.app.get("/mitglieder").statusCode()).isEqualTo(200);
        assertThat(audit(id)).contains("LOGIN|sso");
    }

    @Test
    void the_password_login_and_the_stateless_oparl_api_are_unchanged() {
        String name = unique("sso-pw");
        MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        WebSession member = MemberLogin.signIn(port, jdbc, name);
        assertThat(member.get("/mitglieder").statusCode()).isEqualTo(200);

        HttpResponse<String> withCookie = member.get("/oparl/v1/system");
        HttpResponse<String> without = new WebSession(port).get("/oparl/v1/system");
        assertThat(without.statusCode()).isEqualTo(200);
        assertThat(withCookie.body()).isEqualTo(without.body());
        assertThat(withCookie.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(without.headers().allValues("Set-Cookie")).isEmpty();
        for (String path : List.of("/oparl/oauth2/authorization/sso", "/oparl/login/oauth2/code/sso?code=a&state=b")) {
            HttpResponse<String> oparl = new WebSession(port).get(path);
            assertThat(oparl.statusCode()).as(path).isEqualTo(404);
            assertThat(oparl.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(oparl.headers().firstValue("Location")).as(path).isEmpty();
        }
        assertThat(new WebSession(port).get("/oauth2/authorization/anderer").statusCode()).as("only the configured provider").isEqualTo(404);
    }

    private void assertRefusedAsFailure(Browser browser, HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith(SsoWebSecurity.FAILED);
        HttpResponse<String> page = browser.app.followRedirect();
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Die Anmeldung über Rathaus-Login ist fehlgeschlagen").doesNotContain("Exception");
        assertThat(browser.app.get("/mitglieder").statusCode()).isEqualTo(302);
    }

    /** A browser: one cookie jar for OpenRIS (at 127.0.0.1) and one for the provider (at localhost). */
    final class Browser {
        final WebSession app;
        final WebSession idp = new WebSession(IDP.issuer());
        String authorizeRequest;
        String lastCallback;

        Browser(String address) {
            app = new WebSession("http://127.0.0.1:" + port).from(address);
        }

        /** Presses the button, signs in at the provider and returns the callback it redirects to (not yet opened). */
        String signInAtProvider(String subject) {
            HttpResponse<String> start = app.get("/oauth2/authorization/sso");
            assertThat(start.statusCode()).isEqualTo(302);
            authorizeRequest = location(start);
            assertThat(authorizeRequest).startsWith(IDP.issuer() + "/oauth2/authorize?");
            HttpResponse<String> toLogin = idp.get(pathOf(authorizeRequest));
            assertThat(toLogin.statusCode()).isEqualTo(302);
            assertThat(idp.get(pathOf(location(toLogin))).statusCode()).isEqualTo(200);
            HttpResponse<String> signedIn = idp.post("/login", Map.of("username", subject, "password", OidcTestProvider.PASSWORD));
            assertThat(signedIn.statusCode()).isEqualTo(302);
            HttpResponse<String> toApp = idp.get(pathOf(location(signedIn)));
            assertThat(toApp.statusCode()).as("provider answers the authorization request").isEqualTo(302);
            String callback = location(toApp);
            assertThat(callback).startsWith(app.base() + "/login/oauth2/code/sso?");
            lastCallback = pathOf(callback);
            return lastCallback;
        }
    }

    private List<String> links(long userId) {
        return jdbc.sql("SELECT issuer || ' ' || subject FROM sso_link WHERE user_id = ? AND deleted_at IS NULL")
                .param(userId).query(String.class).list();
    }

    private List<String> audit(long userId) {
        return jdbc.sql("SELECT action || '|' || coalesce(detail, '') FROM audit_log WHERE user_id = ? ORDER BY id")
                .param(userId).query(String.class).list();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode()));
    }

    private static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String normalise(String body) {
        return body.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "CSRF");
    }
}
