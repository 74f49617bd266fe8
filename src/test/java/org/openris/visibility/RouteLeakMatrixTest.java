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
import java.util.Map;
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
import org.openris.identity.Accounts;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.Seeds;
import org.openris.testsupport.SwitchableVisibilityRules;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The leak matrix over HTTP (shared/TESTING.md §A). Every GET route is taken from the application's
 * own request mappings — never listed by hand — and its path variables are filled with real ids of
 * hidden and visible objects, their neighbours and ids that do not exist. Each path is requested by
 * every principal: the anonymous public (with and without a foreign session cookie), a member of
 * committee A (positive control), a former member of A, an appointed citizen member of committee B
 * only, and a member of another body. Nobody may see a {@code noeff} marker they are not entitled
 * to (the member of A only "noeffa-", the citizen member only "noeffb-"), in any body or header;
 * the entitled principals must see every title marked for them. Then each visibility rule is
 * switched off in turn inside the running application, and the same matrix must find a leak.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteLeakMatrixTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final List<String> LISTS = List.of("organization", "person", "meeting", "paper", "agendaItem", "consultation",
            "file", "location", "legislativeTerm", "membership");
    private static final List<String> RULES = List.of("meeting", "agendaItem", "paper", "consultation", "decision", "minutes",
            "file", "organization", "person", "personContact", "location", "membership");

    /** Who asks, which marker family (if any) they are entitled to, and which extra markers (staff). */
    record Principal(String name, WebSession web, String entitledTo, boolean narrowIds, List<String> alsoEntitledTo) {

        Principal(String name, WebSession web, String entitledTo, boolean narrowIds) {
            this(name, web, entitledTo, narrowIds, List.of());
        }

        String withoutEntitled(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (entitledTo != null) {
                lower = lower.replace(entitledTo, "");
            }
            for (String extra : alsoEntitledTo) {
                lower = lower.replace(extra, "");
            }
            return lower;
        }
    }

    /** What one pass over all principals, routes and paths found. */
    record Sweep(int routes, int requests, List<String> leaks, Map<String, String> seenBy) {
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MusterstadtDemo demo;
    @Autowired
    Accounts accounts;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Set<Long> ids = new TreeSet<>();
    private final Set<Long> worldIds = new TreeSet<>();
    private final List<Long> hiddenPaperIds = new ArrayList<>();
    /** Paper references ("Drucksachen-Nummern") for {reference}: hidden, visible, neighbours, missing, malformed. */
    private final Set<String> references = new TreeSet<>();
    private final Set<String> worldReferences = new TreeSet<>();
    private final List<Principal> principals = new ArrayList<>();
    private long seed;
    private LeakWorld world;

    @BeforeAll
    void hiddenContent() {
        seed = Seeds.seed("RouteLeakMatrixTest");
        // small scale: more than 500 marked non-public objects of every kind (TESTING.md §A, CI size)
        demo.generate(new DemoOptions(DemoScale.SMALL, seed, LocalDate.of(2026, 6, 1), true), System.out);
        new HiddenContent(new Fixtures(jdbc));
        world = new LeakWorld(new Fixtures(jdbc), accounts, jdbc, Long.toString(seed, 36) + System.nanoTime() % 10000);
        Random random = new Random(seed);
        for (OparlType type : OparlType.values()) {
            if (type == OparlType.SYSTEM) {
                continue;
            }
            String table = tableOf(type);
            List<Long> hidden = jdbc.sql("SELECT id FROM " + table + " t WHERE t::text ILIKE '%noeff%' ORDER BY id").query(Long.class).list();
            hidden.stream().limit(8).forEach(id -> ids.addAll(List.of(id - 1, id, id + 1, id + 1000)));
            List<Long> all = jdbc.sql("SELECT id FROM " + table + " ORDER BY id").query(Long.class).list();
            for (int i = 0; i < 5 && !all.isEmpty(); i++) {
                ids.add(all.get(random.nextInt(all.size())));
            }
            jdbc.sql("SELECT id FROM " + table + " t WHERE t::text ILIKE '%noeff%' AND t::text ILIKE '%' || ? || '%' ORDER BY id")
                    .param("Prüfstand").query(Long.class).list().forEach(id -> worldIds.addAll(List.of(id - 1, id, id + 1)));
            jdbc.sql("SELECT id FROM " + table + " t WHERE t::text ~* 'noeff[ab]-' ORDER BY id").query(Long.class).list()
                    .forEach(id -> worldIds.addAll(List.of(id - 1, id, id + 1)));
            if (!hidden.isEmpty()) {
                worldIds.add(hidden.get(random.nextInt(hidden.size())));
            }
        }
        hiddenPaperIds.addAll(jdbc.sql("SELECT id FROM paper t WHERE t::text ILIKE '%noeff%' AND NOT public ORDER BY id LIMIT 5")
                .query(Long.class).list());
        for (String hidden : jdbc.sql("SELECT reference FROM paper t WHERE t::text ILIKE '%noeff%' AND reference IS NOT NULL ORDER BY id LIMIT 8")
                .query(String.class).list()) {
            references.add(hidden);
            references.addAll(neighbours(hidden));
        }
        List<String> visible = jdbc.sql("SELECT reference FROM paper WHERE public AND state = 'RELEASED' ORDER BY id").query(String.class).list();
        for (int i = 0; i < 5 && !visible.isEmpty(); i++) {
            references.add(visible.get(random.nextInt(visible.size())));
        }
        references.addAll(List.of("99999-99", "00001-00-E9", "kein-aktenzeichen"));
        for (String marked : jdbc.sql("SELECT reference FROM paper t WHERE t::text ~* 'noeff[ab]-|Prüfstand' AND reference IS NOT NULL ORDER BY id")
                .query(String.class).list()) {
            worldReferences.add(marked);
            worldReferences.addAll(neighbours(marked));
        }
        worldReferences.add("99999-99");
        WebSession foreignCookie = new WebSession(port);
        foreignCookie.setCookie("RIS_SESSION", "0123456789ABCDEF0123456789ABCDEF");
        principals.add(new Principal("anonymous", new WebSession(port), null, false));
        principals.add(new Principal("anonymous with a foreign cookie", foreignCookie, null, true));
        principals.add(new Principal("member of another body", MemberLogin.signIn(port, jdbc, world.memberOfOtherBody), null, true));
        principals.add(new Principal("former member of A", MemberLogin.signIn(port, jdbc, world.formerMemberOfA), null, true));
        principals.add(new Principal("citizen member (sB) of B", MemberLogin.signIn(port, jdbc, world.citizenMemberOfB), "noeffb-", true));
        principals.add(new Principal("author of another department", MemberLogin.signIn(port, jdbc, world.authorOfOtherUnit), null, true));
        principals.add(new Principal("member of A", MemberLogin.signIn(port, jdbc, world.memberOfA), "noeffa-", true));
        principals.add(new Principal("council-office clerk of A", MemberLogin.signIn(port, jdbc, world.clerkOfA), "noeffa-", true,
                List.of("noeff-draftmeeting", "noeff-draftitem")));
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
    void no_principal_sees_what_it_is_not_entitled_to_and_switching_off_any_rule_is_noticed() {
        List<String> routes = getRoutes();
        assertThat(routes).as("routes found in the application's mappings").contains("/", "/oparl/v1/{type}/{id}", "/mitglieder");

        long started = System.nanoTime();
        Sweep sweep = sweep(routes, false);
        long swept = System.nanoTime();
        sweep.leaks().stream().limit(20).forEach(l -> System.out.println("LEAK " + l));
        assertThat(sweep.leaks()).isEmpty();
        for (Principal entitled : principals) {
            if (entitled.entitledTo() == null) {
                continue;
            }
            List<String> expected = titlesMarked(entitled.entitledTo());
            assertThat(expected).as("titles marked " + entitled.entitledTo()).hasSizeGreaterThanOrEqualTo(5);
            String seen = sweep.seenBy().getOrDefault(entitled.name(), "");
            assertThat(expected).as("positive control: %s sees every title marked %s", entitled.name(), entitled.entitledTo())
                    .allSatisfy(title -> assertThat(seen).contains(title.toLowerCase(Locale.ROOT)));
        }

        int detected = 0;
        for (String rule : RULES) {
            SwitchableVisibilityRules.switchOff(rule);
            try {
                List<String> found = sweep(listsFirst(routes), true).leaks();
                System.out.printf("rule %s switched off: %s%n", rule, found.isEmpty() ? "NOT DETECTED" : "detected by " + found.get(0));
                assertThat(found).as("switching off rule '%s' must make the matrix fail", rule).isNotEmpty();
                detected++;
            } finally {
                SwitchableVisibilityRules.restore();
            }
        }
        System.out.printf("leak matrix timing (information only): full pass %.1f s, 12 mutation runs %.1f s%n",
                (swept - started) / 1e9, (System.nanoTime() - swept) / 1e9);
        long objects = jdbc.sql("SELECT (SELECT count(*) FROM meeting t WHERE t::text ILIKE '%noeff%')"
                + " + (SELECT count(*) FROM agenda_item t WHERE t::text ILIKE '%noeff%') + (SELECT count(*) FROM paper t WHERE t::text ILIKE '%noeff%')"
                + " + (SELECT count(*) FROM stored_file t WHERE t::text ILIKE '%noeff%') + (SELECT count(*) FROM minutes t WHERE t::text ILIKE '%noeff%')"
                + " + (SELECT count(*) FROM decision t WHERE t::text ILIKE '%noeff%') + (SELECT count(*) FROM person t WHERE t::text ILIKE '%noeff%')"
                + " + (SELECT count(*) FROM organization t WHERE t::text ILIKE '%noeff%') + (SELECT count(*) FROM location t WHERE t::text ILIKE '%noeff%')")
                .query(Long.class).single();
        System.out.printf("leak matrix: objects %d, principals %d, routes %d, requests %d, leaks %d, mutated rules detected %d/%d, seed %d%n",
                objects, principals.size(), sweep.routes(), sweep.requests(), sweep.leaks().size(), detected, RULES.size(), seed);
        assertThat(objects).as("CI size: at least 500 marked objects").isGreaterThanOrEqualTo(500);
    }

    /** For the mutation runs: list routes first, they show every kind of object at once. */
    private static List<String> listsFirst(List<String> routes) {
        List<String> ordered = new ArrayList<>(routes);
        ordered.sort(java.util.Comparator.comparing((String r) -> !r.contains("{list}")).thenComparing(r -> r));
        return ordered;
    }

    /**
     * One pass. The full pass asks every principal, two principals at a time (each has its own
     * session; the coverage is the same as asking them one after another); a mutation run
     * (stopAtFirst) asks them with the narrow id set and list routes first, one after another, and
     * stops at the first leak.
     */
    private Sweep sweep(List<String> routes, boolean stopAtFirst) {
        int requests = 0;
        List<String> leaks = new ArrayList<>();
        Map<String, String> seenBy = new java.util.HashMap<>();
        if (stopAtFirst) {
            for (Principal p : principals) {
                PrincipalSweep one = sweepOne(new Principal(p.name(), p.web(), p.entitledTo(), true, p.alsoEntitledTo()), routes, true);
                requests += one.requests();
                if (!one.leaks().isEmpty()) {
                    return new Sweep(routes.size(), requests, one.leaks(), Map.of());
                }
            }
            return new Sweep(routes.size(), requests, leaks, Map.of());
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<PrincipalSweep>> running = principals.stream()
                    .map(p -> pool.submit(() -> sweepOne(p, routes, false))).toList();
            for (int i = 0; i < principals.size(); i++) {
                PrincipalSweep one = running.get(i).get();
                requests += one.requests();
                leaks.addAll(one.leaks());
                seenBy.put(principals.get(i).name(), one.seen());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("leak matrix interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof AssertionError assertion) {
                throw assertion;
            }
            throw new AssertionError("leak matrix sweep failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Sweep(routes.size(), requests, leaks, seenBy);
    }

    private record PrincipalSweep(int requests, List<String> leaks, String seen) {
    }

    /** Every route (every expansion) as one principal; with stopAtFirst it ends at the first leak. */
    private PrincipalSweep sweepOne(Principal principal, List<String> routes, boolean stopAtFirst) {
        int requests = 0;
        List<String> leaks = new ArrayList<>();
        StringBuilder collected = new StringBuilder();
        for (String route : routes) {
            for (String path : expand(route, principal.narrowIds())) {
                HttpResponse<String> response = principal.web().get(path);
                requests++;
                String everything = response.headers().map() + "\n" + response.body();
                if (principal.withoutEntitled(everything).contains("noeff")) {
                    leaks.add(principal.name() + ": " + path + " -> " + response.statusCode());
                    if (stopAtFirst) {
                        return new PrincipalSweep(requests, leaks, "");
                    }
                }
                if (principal.entitledTo() != null && everything.toLowerCase(Locale.ROOT).contains(principal.entitledTo())) {
                    collected.append(everything.toLowerCase(Locale.ROOT)).append('\n');
                }
                assertThat(response.statusCode()).as("no server error for %s as %s", path, principal.name()).isLessThan(500);
            }
        }
        return new PrincipalSweep(requests, leaks, collected.toString());
    }

    /** Names and titles of the world's objects marked with the family (agenda items, papers, files). */
    private List<String> titlesMarked(String family) {
        String like = family.toUpperCase(Locale.ROOT) + "%";
        List<String> titles = new ArrayList<>();
        titles.addAll(jdbc.sql("SELECT name FROM agenda_item WHERE name LIKE ?").param(like).query(String.class).list());
        titles.addAll(jdbc.sql("SELECT name FROM paper WHERE name LIKE ?").param(like).query(String.class).list());
        titles.addAll(jdbc.sql("SELECT name FROM stored_file WHERE name LIKE ?").param(like).query(String.class).list());
        return titles;
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
        }
        // a file id that certainly does not exist (an id made from a paper id could be a real public file)
        long missingFile = jdbc.sql("SELECT coalesce(max(id), 0) + 1000000 FROM stored_file").query(Long.class).single();
        assertThat(get("/oparl/v1/file/" + missingFile + "/access", false).statusCode()).isEqualTo(404);
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
    private Set<String> expand(String route, boolean narrowIds) {
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
                for (String value : values(variable, route, narrowIds)) {
                    next.add(p.replace("{" + variable + "}", value));
                }
            }
            partial = next;
        }
        paths.addAll(partial);
        return paths;
    }

    private List<String> values(String variable, String route, boolean narrowIds) {
        return switch (variable) {
            case "type" -> java.util.Arrays.stream(OparlType.values()).filter(t -> t != OparlType.SYSTEM)
                    .map(t -> t.name().equals("AGENDA_ITEM") ? "agendaItem" : t.name().equals("LEGISLATIVE_TERM") ? "legislativeTerm"
                            : t.name().toLowerCase(Locale.ROOT)).toList();
            case "list" -> LISTS;
            // feeds of one organization or person (module feed): the ones whose feeds could show marked content
            case "id" -> route.contains("/gremien/{id}/") || route.contains("/einreicher/{id}/") || route.contains("/personen/{id}/")
                    ? feedIds(route.contains("/personen/") ? PERSONS_WITH_MARKED_FEEDS : ORGANIZATIONS_WITH_MARKED_FEEDS, narrowIds)
                    : route.contains("/body/{id}/") || route.contains("/organization/{id}/")
                    ? jdbc.sql("SELECT id FROM " + (route.contains("/body/") ? "body" : "organization") + " ORDER BY id").query(Long.class)
                    .list().stream().map(String::valueOf).toList()
                    : (narrowIds ? worldIds : ids).stream().map(String::valueOf).toList();
            case "reference" -> List.copyOf(narrowIds ? worldReferences : references);
            // minutes (back-office document, member signing page): marked versions, their neighbours, a missing one
            case "minutesId" -> jdbc.sql("SELECT id FROM minutes t WHERE t::text ILIKE '%noeff%' ORDER BY id DESC LIMIT 6").query(Long.class).list()
                    .stream().flatMap(id -> java.util.stream.Stream.of(id - 1, id, id + 1000000)).distinct().map(String::valueOf).toList();
            default -> throw new AssertionError("no values known for path variable {" + variable + "} in " + route
                    + ": extend this test for the new route");
        };
    }

    /** The references with the serial one below and above ("04411-23" → "04410-23", "04412-23"). */
    private static List<String> neighbours(String reference) {
        Matcher m = Pattern.compile("([0-9]+)-([0-9]{2})(-E[0-9]+)?").matcher(reference);
        if (!m.matches()) {
            return List.of();
        }
        int serial = Integer.parseInt(m.group(1));
        String width = "%0" + m.group(1).length() + "d";
        return List.of(String.format(width, Math.max(1, serial - 1)) + "-" + m.group(2), String.format(width, serial + 1) + "-" + m.group(2));
    }

    /**
     * Organizations whose calendar or paper feeds would show marked content if a rule failed: marked
     * ones, the leak world's, and those with marked meetings, consultations, originated or directed papers.
     */
    private static final String ORGANIZATIONS_WITH_MARKED_FEEDS = "SELECT o.id FROM organization o WHERE o::text ILIKE '%noeff%'"
            + " OR o.name LIKE '%Prüfstand%'"
            + " OR EXISTS (SELECT 1 FROM meeting m WHERE m.organization_id = o.id AND m::text ILIKE '%noeff%')"
            + " OR EXISTS (SELECT 1 FROM consultation c JOIN paper p ON p.id = c.paper_id WHERE c.organization_id = o.id AND p::text ILIKE '%noeff%')"
            + " OR EXISTS (SELECT 1 FROM paper_originator po JOIN paper p ON p.id = po.paper_id WHERE po.organization_id = o.id"
            + " AND p::text ILIKE '%noeff%')"
            + " OR EXISTS (SELECT 1 FROM paper p WHERE p.under_direction_of_id = o.id AND p::text ILIKE '%noeff%') ORDER BY o.id";

    /** Persons whose calendar could show marked meetings: marked persons and members of the leak world's organizations. */
    private static final String PERSONS_WITH_MARKED_FEEDS = "SELECT pe.id FROM person pe WHERE pe::text ILIKE '%noeff%'"
            + " OR EXISTS (SELECT 1 FROM membership ms JOIN organization o ON o.id = ms.organization_id WHERE ms.person_id = pe.id"
            + " AND (o.name LIKE '%Prüfstand%' OR o::text ILIKE '%noeff%')) ORDER BY pe.id";

    /** The feed owners of {@code sql} plus the usual ids (hidden, neighbours, missing). */
    private List<String> feedIds(String sql, boolean narrowIds) {
        return java.util.stream.Stream.concat(jdbc.sql(sql).query(Long.class).list().stream(), (narrowIds ? worldIds : ids).stream())
                .distinct().map(String::valueOf).toList();
    }

    private HttpResponse<String> get(String path, boolean foreignCookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (foreignCookie) {
            request.header("Cookie", "RIS_SESSION=0123456789ABCDEF0123456789ABCDEF; SESSION=fremd");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
