package org.openris.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.demo.DemoOptions;
import org.openris.demo.DemoScale;
import org.openris.demo.MusterstadtDemo;
import org.openris.oparl.OparlType;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The leak matrix over HTTP (shared/TESTING.md §A), as far as the system has routes today: every GET
 * route is taken from the application's own request mappings — never listed by hand — and its path
 * variables are filled with real ids of hidden and visible objects, their neighbours and ids that do
 * not exist. As the anonymous public (also with a foreign session cookie) no response body or header
 * may carry a {@code NOEFF} marker, and a hidden object must answer exactly like a missing one.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteLeakMatrixTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final List<String> LISTS = List.of("organization", "person", "meeting", "paper", "agendaItem", "consultation",
            "file", "location", "legislativeTerm", "membership");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MusterstadtDemo demo;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Set<Long> ids = new TreeSet<>();
    private final List<Long> hiddenPaperIds = new ArrayList<>();

    @BeforeAll
    void hiddenContent() {
        long seed = Seeds.seed("RouteLeakMatrixTest");
        demo.generate(new DemoOptions(DemoScale.TINY, seed, LocalDate.of(2026, 6, 1), true), System.out);
        new HiddenContent(new Fixtures(jdbc));
        Random random = new Random(seed);
        for (OparlType type : OparlType.values()) {
            if (type == OparlType.SYSTEM) {
                continue;
            }
            String table = tableOf(type);
            List<Long> hidden = jdbc.sql("SELECT id FROM " + table + " t WHERE t::text ILIKE '%noeff%' ORDER BY id").query(Long.class).list();
            hidden.stream().limit(25).forEach(id -> ids.addAll(List.of(id - 1, id, id + 1, id + 1000)));
            List<Long> all = jdbc.sql("SELECT id FROM " + table + " ORDER BY id").query(Long.class).list();
            for (int i = 0; i < 5 && !all.isEmpty(); i++) {
                ids.add(all.get(random.nextInt(all.size())));
            }
        }
        hiddenPaperIds.addAll(jdbc.sql("SELECT id FROM paper t WHERE t::text ILIKE '%noeff%' AND NOT public ORDER BY id LIMIT 5")
                .query(Long.class).list());
    }

    private String tableOf(OparlType type) {
        return switch (type) {
            case AGENDA_ITEM -> "agenda_item";
            case LEGISLATIVE_TERM -> "legislative_term";
            case FILE -> "stored_file";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }

    @Test
    void no_get_route_shows_hidden_content_to_the_public() throws Exception {
        List<String> routes = getRoutes();
        assertThat(routes).as("routes found in the application's mappings").contains("/", "/oparl/v1/{type}/{id}");
        int requests = 0;
        List<String> leaks = new ArrayList<>();
        for (String route : routes) {
            for (String path : expand(route)) {
                for (boolean withCookie : new boolean[]{false, true}) {
                    HttpResponse<String> response = get(path, withCookie);
                    requests++;
                    String everything = response.headers().map() + "\n" + response.body();
                    if (everything.toLowerCase(Locale.ROOT).contains("noeff")) {
                        leaks.add(path + " -> " + response.statusCode());
                    }
                    assertThat(response.statusCode()).as("no server error for %s", path).isLessThan(500);
                }
            }
        }
        System.out.printf("leak matrix: routes %d, requests %d, leaks %d%n", routes.size(), requests, leaks.size());
        assertThat(leaks).isEmpty();
    }

    @Test
    void undecodable_or_hostile_query_strings_are_client_errors_in_oparl_shape() throws Exception {
        for (String query : new String[]{"limit=%E4%FC", "limit=-5", "after=abc", "modified_since=2024-02-30T00:00:00%2B01:00",
                "omit_internal=ja", "limit=" + "9".repeat(40)}) {
            HttpResponse<String> response = get("/oparl/v1/body/1/paper?" + query, false);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.body()).as(query).startsWith("{\"type\":\"https://schema.oparl.org/1.1/Error\"").doesNotContain("Exception");
        }
    }

    @Test
    void requests_tomcat_rejects_itself_get_a_german_page_or_an_oparl_error() throws Exception {
        HttpResponse<String> api = get("/oparl/v1/paper/1%00", false);
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).startsWith("{\"type\":\"https://schema.oparl.org/1.1/Error\"");
        assertThat(api.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        HttpResponse<String> page = get("/sitzungen/1%00", false);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("lang=\"de\"").contains("ungültig").doesNotContain("Tomcat").doesNotContain("Exception");
    }

    @Test
    void a_hidden_object_answers_exactly_like_a_missing_one() throws Exception {
        assertThat(hiddenPaperIds).isNotEmpty();
        HttpResponse<String> missing = get("/oparl/v1/paper/999999999", false);
        for (long hidden : hiddenPaperIds) {
            HttpResponse<String> response = get("/oparl/v1/paper/" + hidden, false);
            assertThat(response.statusCode()).isEqualTo(missing.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEqualTo(missing.body());
            HttpResponse<String> file = get("/oparl/v1/file/" + hidden + "000/access", false);
            assertThat(file.statusCode()).isEqualTo(404);
        }
    }

    private List<String> getRoutes() {
        List<String> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            routes.addAll(info.getPatternValues());
        }
        routes.sort(String::compareTo);
        return routes;
    }

    /** Fills every path variable with candidate values; a catch-all "/**" gets a few unknown paths. */
    private Set<String> expand(String route) {
        Set<String> paths = new LinkedHashSet<>();
        if (route.endsWith("/**")) {
            String base = route.substring(0, route.length() - 3);
            paths.add(base + "/unbekannt");
            hiddenPaperIds.forEach(id -> paths.add(base + "/paper/" + id + "/x"));
            return paths;
        }
        List<String> partial = List.of(route);
        Matcher m = VARIABLE.matcher(route);
        while (m.find()) {
            String variable = m.group(1);
            List<String> next = new ArrayList<>();
            for (String p : partial) {
                for (String value : values(variable, route)) {
                    next.add(p.replace("{" + variable + "}", value));
                }
            }
            partial = next;
        }
        paths.addAll(partial);
        return paths;
    }

    private List<String> values(String variable, String route) {
        return switch (variable) {
            case "type" -> java.util.Arrays.stream(OparlType.values()).filter(t -> t != OparlType.SYSTEM)
                    .map(t -> t.name().equals("AGENDA_ITEM") ? "agendaItem" : t.name().equals("LEGISLATIVE_TERM") ? "legislativeTerm"
                            : t.name().toLowerCase(Locale.ROOT)).toList();
            case "list" -> LISTS;
            case "id" -> route.contains("/body/{id}/") || route.contains("/organization/{id}/")
                    ? jdbc.sql("SELECT id FROM " + (route.contains("/body/") ? "body" : "organization") + " ORDER BY id").query(Long.class)
                    .list().stream().map(String::valueOf).toList()
                    : ids.stream().map(String::valueOf).toList();
            default -> throw new AssertionError("no values known for path variable {" + variable + "} in " + route
                    + ": extend this test for the new route");
        };
    }

    private HttpResponse<String> get(String path, boolean foreignCookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (foreignCookie) {
            request.header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF; SESSION=fremd");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
