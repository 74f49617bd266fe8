package org.openris.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * TESTING.md §E over the application's own request mappings (new routes are covered without
 * editing this test): every state-changing route rejects a missing and a foreign CSRF token, also
 * for a signed-in member; every page route carries the security headers, and every answer to a
 * signed-in member outside the (session-less) OParl API is {@code no-store}.
 */
@RisIntegrationTest
class CsrfAndHeadersMatrixTest {

    private static final Set<String> USER_INDEPENDENT = Set.of("/manifest.webmanifest");
    /**
     * The one route whose POST needs no CSRF token (RFC 8058 one-click unsubscribe from a mail
     * program, see CsrfExemptions): it must refuse every request without its own single-use token.
     */
    private static final String TOKEN_INSTEAD_OF_CSRF = CsrfExemptions.ONE_CLICK_UNSUBSCRIBE;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_state_changing_route_rejects_a_missing_or_foreign_csrf_token() {
        String name = "csrf-" + UUID.randomUUID().toString().substring(0, 8);
        MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        WebSession member = MemberLogin.signIn(port, jdbc, name);
        List<String> routes = routes(false);
        assertThat(routes).as("state-changing routes found").contains("/anmelden", "/konto/passwort");
        int requests = 0;
        assertThat(routes).as("the exempt route exists").contains(TOKEN_INSTEAD_OF_CSRF);
        for (String route : routes) {
            String path = route.replaceAll("\\{[^}]+}", "1");
            for (WebSession who : List.of(member, new WebSession(port))) {
                who.get("/");
                if (route.equals(TOKEN_INSTEAD_OF_CSRF)) {
                    // no CSRF check, but nothing happens without the RFC's body and a valid token
                    HttpResponse<String> noBody = who.post(path, Map.of("_csrf", ""));
                    HttpResponse<String> noToken = who.post(path, Map.of("List-Unsubscribe", "One-Click"));
                    HttpResponse<String> badToken = who.post(path + "?token=" + "A".repeat(43), Map.of("List-Unsubscribe", "One-Click"));
                    requests += 3;
                    assertThat(noBody.statusCode()).as("POST %s without List-Unsubscribe=One-Click", path).isEqualTo(400);
                    assertThat(noToken.statusCode()).as("POST %s without token", path).isEqualTo(410);
                    assertThat(badToken.statusCode()).as("POST %s with an unknown token", path).isEqualTo(410);
                    assertThat(badToken.body()).as(path).contains("lang=\"de\"").doesNotContain("Exception");
                    continue;
                }
                HttpResponse<String> missing = who.post(path, Map.of("_csrf", ""));
                HttpResponse<String> foreign = who.post(path, Map.of("_csrf", UUID.randomUUID().toString()));
                requests += 2;
                assertThat(missing.statusCode()).as("POST %s without token", path).isEqualTo(403);
                assertThat(foreign.statusCode()).as("POST %s with a foreign token", path).isEqualTo(403);
                assertThat(foreign.body()).as(path).contains("lang=\"de\"").doesNotContain("Exception");
            }
        }
        System.out.printf("csrf matrix: %d state-changing routes (1 with its own token instead: %s), %d requests, all refused%n",
                routes.size(), TOKEN_INSTEAD_OF_CSRF, requests);
    }

    @Test
    void every_page_carries_the_security_headers_and_signed_in_answers_are_never_stored() {
        String name = "kopf-" + UUID.randomUUID().toString().substring(0, 8);
        MemberLogin.enrolledAccount(accounts, jdbc, name, null);
        WebSession member = MemberLogin.signIn(port, jdbc, name);
        List<String> routes = routes(true);
        for (String route : routes) {
            String path = route.replace("/**", "/x").replaceAll("\\{[^}]+}", "1");
            HttpResponse<String> anonymous = new WebSession(port).get(path);
            assertThat(anonymous.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(anonymous.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
            assertThat(anonymous.statusCode()).as(path).isLessThan(500);
            if (path.startsWith("/oparl/")) {
                continue; // anonymous by construction: the session is never read there (SecurityHeadersTest)
            }
            HttpResponse<String> signedIn = member.get(path);
            if (USER_INDEPENDENT.contains(path)) {
                // the web-app manifest is the same file for everybody (proven here), so it may be cached
                assertThat(signedIn.body()).as(path).isEqualTo(anonymous.body());
                continue;
            }
            assertThat(signedIn.headers().firstValue("Cache-Control")).as("signed in: " + path).hasValue("no-store");
            assertThat(signedIn.statusCode()).as(path).isLessThan(500);
        }
        System.out.printf("header matrix: %d GET routes checked anonymous and signed in%n", routes.size());
    }

    private List<String> routes(boolean get) {
        List<String> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean isGet = methods.isEmpty() || methods.contains(RequestMethod.GET);
            if (get ? isGet : !isGet) {
                info.getPatternValues().stream().filter(p -> !p.startsWith("/oparl/") || get).forEach(routes::add);
            }
        }
        routes.sort(String::compareTo);
        return routes;
    }
}
