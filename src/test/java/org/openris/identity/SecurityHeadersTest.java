package org.openris.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** TESTING.md §E: cookies, security headers, no-store when signed in, CSRF on the login forms. */
@RisIntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    @Test
    void the_session_cookie_is_http_only_secure_and_same_site() {
        WebSession web = new WebSession(port);
        HttpResponse<String> login = web.get("/anmelden");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("RIS_SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("the login form needs a session for its CSRF token"));
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax");
        assertThat(login.body()).doesNotContain("jsessionid").doesNotContain("RIS_SESSION");
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void there_is_no_default_account_besides_the_own_login() {
        assertThat(context.getBeanNamesForType(org.springframework.security.core.userdetails.UserDetailsService.class))
                .as("Spring Boot's generated in-memory user").isEmpty();
    }

    @Test
    void session_ids_have_more_than_128_random_bits_and_are_no_uuids() {
        WebSession web = new WebSession(port);
        web.get("/anmelden");
        String anonymous = new String(java.util.Base64.getDecoder().decode(web.cookie("RIS_SESSION")), java.nio.charset.StandardCharsets.US_ASCII);
        String name = "id-" + UUID.randomUUID().toString().substring(0, 8);
        long userId = MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        MemberLogin.signIn(port, jdbc, name);
        List<String> stored = jdbc.sql("SELECT session_id FROM spring_session WHERE principal_name = ?").param("user:" + userId)
                .query(String.class).list();
        assertThat(stored).hasSize(1);
        for (String id : List.of(anonymous, stored.get(0))) {
            // 36 URL-safe Base64 characters = 27 random bytes = 216 bits (a UUID has 122)
            assertThat(id).matches("[A-Za-z0-9_-]{36}").doesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(java.util.Base64.getUrlDecoder().decode(id)).hasSize(SessionIds.BYTES);
        }
        assertThat(new SessionIds().generate()).isNotEqualTo(new SessionIds().generate());
    }

    @Test
    void pages_carry_the_security_headers_and_signed_in_pages_are_never_stored() {
        for (String path : List.of("/", "/anmelden", "/gibt-es-nicht")) {
            HttpResponse<String> page = new WebSession(port).get(path);
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'").contains("frame-ancestors 'none'")
                            .contains("object-src 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(page.headers().firstValue("Permissions-Policy")).as(path).isPresent();
        }
        assertThat(new WebSession(port).get("/anmelden").headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(new WebSession(port).get("/").headers().firstValue("Cache-Control")).as("public pages stay cacheable")
                .isNotEqualTo(java.util.Optional.of("no-store"));

        String name = "kopf-" + UUID.randomUUID().toString().substring(0, 8);
        MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        WebSession member = MemberLogin.signIn(port, jdbc, name);
        for (String path : List.of("/", "/mitglieder", "/gibt-es-nicht")) {
            assertThat(member.get(path).headers().firstValue("Cache-Control")).as("signed in: " + path).hasValue("no-store");
        }
    }

    @Test
    void login_forms_reject_a_missing_or_foreign_csrf_token_with_a_german_page() {
        WebSession stranger = new WebSession(port);
        stranger.get("/anmelden");
        for (Map<String, String> form : List.of(Map.of("username", "x", "password", "y"),
                Map.of("username", "x", "password", "y", "_csrf", "fremd"))) {
            WebSession fresh = new WebSession(port);
            fresh.setCookie("RIS_SESSION", stranger.cookie("RIS_SESSION") + "x");
            HttpResponse<String> refused = fresh.post("/anmelden", form);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("lang=\"de\"").contains("Das Formular ist abgelaufen");
        }
        for (String path : List.of("/anmelden/code", "/anmelden/einrichten", "/abmelden")) {
            assertThat(new WebSession(port).post(path, Map.of("code", "123456")).statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void oparl_ignores_sessions_and_never_creates_one() {
        String name = "oparl-" + UUID.randomUUID().toString().substring(0, 8);
        MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        WebSession member = MemberLogin.signIn(port, jdbc, name);
        HttpResponse<String> withCookie = member.get("/oparl/v1/system");
        HttpResponse<String> without = new WebSession(port).get("/oparl/v1/system");
        assertThat(withCookie.body()).isEqualTo(without.body());
        assertThat(withCookie.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(without.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(without.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).doesNotContain("no-store"));
    }
}
