package org.openris.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.demo.DemoOptions;
import org.openris.demo.DemoScale;
import org.openris.demo.MusterstadtDemo;
import org.openris.oparl.ListRequest;
import org.openris.oparl.OparlType;
import org.openris.shared.Viewer;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The gate, proven: every public method of every query facade that takes a {@link Viewer} is called
 * as the anonymous public with the ids of hidden and visible objects, their neighbours and ids that do
 * not exist; no {@code NOEFF} marker may come back. Then each visibility rule is switched off in turn:
 * the same sweep must find a leak each time, so the sweep is able to see what it guards.
 *
 * <p>The same sweep runs for staff who are not entitled to any marker (clerk, author and faction
 * office of other bodies, a member who is also faction office, and accounts whose strong roles
 * expired, are not yet valid, were deleted or sit on a disabled account; {@link StaffContent}).
 * Each staff grant is then widened in turn (to every account, or ignoring the assignment, the role
 * kind, the validity, the deletion, the account state, the paper state, the file link): the staff
 * sweep must find a leak each time.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisibilityGateTest {

    private static final List<String> RULES = List.of("meeting", "agendaItem", "paper", "consultation", "decision", "minutes",
            "file", "organization", "person", "personContact", "location", "membership");
    private static final List<String> TABLES = List.of("meeting", "agenda_item", "paper", "consultation", "decision", "minutes",
            "stored_file", "organization", "person", "location", "membership");

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MusterstadtDemo demo;

    /** What a sweep feeds the facade methods: ids, paper references, bodies and organizations (as list scopes). */
    private record Probes(Set<Long> ids, Set<String> references, List<Long> bodies, List<Long> organizations) {
    }

    private final Set<Long> ids = new TreeSet<>();
    private final Set<String> references = new LinkedHashSet<>();
    private List<Object> facades;
    private StaffContent staff;
    /** Everything, neighbours and random rows included: for the public (viewer-independent facade code is probed here). */
    private Probes publicProbes;
    /**
     * For staff, whose grants decide per row: every hidden row itself and every row of the staff's
     * city (so their own lists are read too), without the neighbours — nine principals and eighteen
     * mutations stay affordable.
     */
    private Probes staffProbes;

    @BeforeAll
    void generateHiddenAndVisibleContent() {
        long seed = Seeds.seed("VisibilityGateTest");
        demo.generate(new DemoOptions(DemoScale.TINY, seed, LocalDate.of(2026, 6, 1), true), System.out);
        new HiddenContent(new Fixtures(jdbc));
        Map<String, Long> before = new LinkedHashMap<>();
        TABLES.forEach(table -> before.put(table, jdbc.sql("SELECT coalesce(max(id), 0) FROM " + table).query(Long.class).single()));
        staff = new StaffContent(new Fixtures(jdbc));
        Set<Long> staffIds = new TreeSet<>();
        Random random = new Random(seed);
        for (String table : TABLES) {
            staffIds.addAll(jdbc.sql("SELECT id FROM " + table + " WHERE id > ?").param(before.get(table)).query(Long.class).list());
            List<Long> all = jdbc.sql("SELECT id FROM " + table + " ORDER BY id").query(Long.class).list();
            List<Long> hidden = jdbc.sql(table.equals("consultation")
                    ? "SELECT c.id FROM consultation c JOIN paper p ON p.id = c.paper_id LEFT JOIN agenda_item a ON a.id = c.agenda_item_id"
                    + " WHERE p::text ILIKE '%noeff%' OR a::text ILIKE '%noeff%'"
                    : "SELECT id FROM " + table + " t WHERE t::text ILIKE '%noeff%'").query(Long.class).list();
            assertThat(hidden).as("hidden %s rows to probe", table).isNotEmpty();
            staffIds.addAll(hidden);
            for (long id : hidden) {
                ids.addAll(List.of(id - 1, id, id + 1, id + 1000));
            }
            for (int i = 0; i < 15; i++) {
                ids.add(all.get(random.nextInt(all.size())));
            }
        }
        ids.addAll(List.of(0L, -1L, Long.MAX_VALUE));
        staffIds.addAll(List.of(0L, -1L, Long.MAX_VALUE));
        references.addAll(jdbc.sql("SELECT reference FROM paper WHERE reference IS NOT NULL").query(String.class).list());
        references.addAll(List.of("", "99999-99", "' OR 1=1 --", "NOEFF"));
        Set<String> staffReferences = new LinkedHashSet<>(jdbc.sql("SELECT reference FROM paper WHERE reference IS NOT NULL AND id = ANY(?)")
                .param(staffIds.toArray(Long[]::new)).query(String.class).list());
        staffReferences.addAll(List.of("", "99999-99", "' OR 1=1 --", "NOEFF"));
        List<Long> bodies = jdbc.sql("SELECT id FROM body ORDER BY id").query(Long.class).list();
        publicProbes = new Probes(ids, references, bodies, jdbc.sql("SELECT id FROM organization ORDER BY id").query(Long.class).list());
        staffProbes = new Probes(staffIds, staffReferences, bodies,
                jdbc.sql("SELECT id FROM organization WHERE id = ANY(?) ORDER BY id").param(staffIds.toArray(Long[]::new)).query(Long.class).list());
        facades = new ArrayList<>(context.getBeansOfType(Object.class).values().stream()
                .filter(b -> b.getClass().getName().startsWith("org.openris.") && b.getClass().getSimpleName().endsWith("Queries"))
                .filter(b -> viewerMethods(b.getClass()).size() > 0).toList());
        assertThat(facades).as("query facades found").hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void the_anonymous_public_gets_no_hidden_content_from_any_facade_method() {
        List<String> leaks = sweep(facades, Viewer.anonymous(), publicProbes, false);
        System.out.printf("visibility sweep: %d facades, %d ids, %d references probed%n", facades.size(), ids.size(), references.size());
        assertThat(leaks).isEmpty();
    }

    @Test
    void the_public_still_sees_public_content() {
        assertThat(jdbc.sql("SELECT count(*) FROM paper WHERE public AND state = 'RELEASED'").query(Long.class).single()).isPositive();
        long visible = facades.stream().mapToLong(f -> (Long) invoke(f, "count", Viewer.anonymous())).sum();
        assertThat(visible).isPositive();
    }

    @Test
    void staff_not_entitled_to_it_get_no_hidden_content_from_any_facade_method() {
        List<String> leaks = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, Viewer> principals = staffPrincipals();
        // two principals at a time (the facades are stateless services): the same calls, about half the wall time
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Boolean>> running = principals.entrySet().stream().map(e -> pool.submit(() ->
                    sweep(facades, e.getValue(), staffProbes, false).stream().map(leak -> leaks.add(e.getKey() + ": " + leak)).count() >= 0)).toList();
            for (java.util.concurrent.Future<Boolean> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("staff sweep interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("staff sweep failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("staff visibility sweep: %d principals, %d facades, %d ids, %d references probed, %d leaks%n", principals.size(),
                facades.size(), staffProbes.ids().size(), staffProbes.references().size(), leaks.size());
        assertThat(leaks).isEmpty();
    }

    @Test
    void staff_grants_are_at_work_in_the_sweep_and_roles_that_do_not_count_add_nothing() {
        long anonymous = total(Viewer.anonymous());
        staff.entitledElsewhere.forEach((name, viewer) -> assertThat(total(viewer)).as("%s sees their own drafts", name).isGreaterThan(anonymous));
        staff.withoutEffectiveRoles.forEach((name, viewer) -> assertThat(total(viewer)).as("%s sees what the public sees", name).isEqualTo(anonymous));
    }

    @Test
    void switching_off_any_single_rule_makes_the_sweep_find_a_leak() {
        int detected = 0;
        for (String rule : RULES) {
            VisibilityRules mutated = mutant(rule);
            List<Object> mutatedFacades = facades.stream().map(f -> rebuild(f, mutated)).toList();
            boolean found = !sweep(mutatedFacades, Viewer.anonymous(), publicProbes, true).isEmpty();
            assertThat(found).as("switching off rule '%s' must be detected", rule).isTrue();
            detected++;
        }
        System.out.printf("rules mutated %d, detected %d%n", RULES.size(), detected);
    }

    @Test
    void widening_any_single_staff_grant_makes_the_staff_sweep_find_a_leak() {
        List<StaffGrantMutants.Mutant> mutants = StaffGrantMutants.all();
        int detected = 0;
        for (StaffGrantMutants.Mutant mutant : mutants) {
            VisibilityRules mutated = new VisibilityRules(mutant.grants());
            List<Object> mutatedFacades = facades.stream().map(f -> rebuild(f, mutated)).toList();
            // the principal built to notice this mutation first, then the others
            List<Viewer> principals = new ArrayList<>(List.of(staffPrincipals().get(mutant.detector())));
            staffPrincipals().values().stream().filter(v -> !principals.contains(v)).forEach(principals::add);
            boolean found = principals.stream().anyMatch(viewer -> !sweep(mutatedFacades, viewer, staffProbes, true).isEmpty());
            assertThat(found).as("widening staff grant '%s' must be detected", mutant.name()).isTrue();
            detected++;
        }
        System.out.printf("staff grants mutated %d, detected %d%n", mutants.size(), detected);
    }

    private Map<String, Viewer> staffPrincipals() {
        Map<String, Viewer> all = new LinkedHashMap<>(staff.entitledElsewhere);
        all.putAll(staff.withoutEffectiveRoles);
        return all;
    }

    private long total(Viewer viewer) {
        return facades.stream().mapToLong(f -> (Long) invoke(f, "count", viewer)).sum();
    }

    private List<String> sweep(List<Object> targets, Viewer viewer, Probes probes, boolean stopAtFirst) {
        List<String> leaks = new ArrayList<>();
        for (Object facade : targets) {
            for (Method method : viewerMethods(facade.getClass())) {
                for (Object[] args : arguments(method, viewer, probes)) {
                    Object result = call(facade, method, args);
                    if (String.valueOf(result).toLowerCase(Locale.ROOT).contains("noeff")) {
                        leaks.add(facade.getClass().getSimpleName() + "." + method.getName() + java.util.Arrays.toString(args));
                        if (stopAtFirst) {
                            return leaks;
                        }
                        break;
                    }
                }
            }
        }
        return leaks;
    }

    private List<Object[]> arguments(Method method, Viewer viewer, Probes probes) {
        Class<?>[] types = method.getParameterTypes();
        List<Object[]> calls = new ArrayList<>();
        if (types.length == 1) {
            calls.add(new Object[]{viewer});
        } else if (types.length == 2 && types[1] == long.class) {
            probes.ids().forEach(id -> calls.add(new Object[]{viewer, id}));
            // a body id for the organizations of one body (back-office choices)
            probes.bodies().forEach(id -> calls.add(new Object[]{viewer, id}));
        } else if (types.length == 2 && types[1] == java.util.Collection.class) {
            // look-ups of many ids at once (the search's re-check of a page): every probe id together
            calls.add(new Object[]{viewer, new ArrayList<>(probes.ids())});
            calls.add(new Object[]{viewer, List.of()});
        } else if (types.length == 2 && types[1] == List.class) {
            calls.add(new Object[]{viewer, new ArrayList<>(probes.ids())});
            calls.add(new Object[]{viewer, List.of()});
        } else if (types.length == 2 && types[1] == String.class) {
            probes.references().forEach(r -> calls.add(new Object[]{viewer, r}));
            for (String kind : List.of("COUNCIL", "COMMITTEE", "DISTRICT_COUNCIL", "FACTION", "ADMINISTRATIVE_UNIT", "SPECIAL_BODY", "ADVISORY_BOARD")) {
                calls.add(new Object[]{viewer, kind});
            }
        } else if (types.length == 3 && types[1] == long.class && types[2] == String.class) {
            for (long body : probes.bodies()) {
                probes.references().forEach(r -> calls.add(new Object[]{viewer, body, r}));
            }
        } else if (types.length == 3 && types[1] == OparlType.class && types[2] == long.class) {
            for (OparlType type : OparlType.values()) {
                if (type != OparlType.SYSTEM) {
                    probes.ids().forEach(id -> calls.add(new Object[]{viewer, type, id}));
                }
            }
        } else if (types.length == 5 && types[1] == OparlType.class && types[4] == ListRequest.class) {
            List<ListRequest> requests = List.of(ListRequest.first(1000), ListRequest.changedSince(OffsetDateTime.parse("2000-01-01T00:00:00+01:00"), 1000));
            for (long body : probes.bodies()) {
                for (OparlType type : OparlType.values()) {
                    if (type != OparlType.SYSTEM) {
                        requests.forEach(r -> calls.add(new Object[]{viewer, type, body, false, r}));
                    }
                }
            }
            for (long organization : probes.organizations()) {
                requests.forEach(r -> calls.add(new Object[]{viewer, OparlType.MEETING, organization, true, r}));
            }
        } else if (types.length == 3 && types[1] == OffsetDateTime.class && types[2] == int.class) {
            calls.add(new Object[]{viewer, OffsetDateTime.parse("2000-01-01T00:00:00+01:00"), 500});
        } else if (types.length == 4 && types[1] == long.class && types[2] == OffsetDateTime.class && types[3] == int.class) {
            // "mine" lists: the long is a person id
            probes.ids().forEach(id -> calls.add(new Object[]{viewer, id, OffsetDateTime.parse("2000-01-01T00:00:00+01:00"), 100}));
        } else if (types.length == 3 && types[1] == String.class && types[2] == int.class) {
            // name searches (back office): everything, and the markers of hidden content themselves
            for (String text : List.of("", "noeff", "geheim", "e")) {
                calls.add(new Object[]{viewer, text, 20000});
            }
        } else if (types.length == 2 && types[1] == int.class) {
            calls.add(new Object[]{viewer, 100});
        } else if (types.length == 3 && types[1] == int.class && types[2] == int.class) {
            calls.add(new Object[]{viewer, 0, 200});
            calls.add(new Object[]{viewer, 200, 200});
        } else if (types.length == 4 && types[1] == OffsetDateTime.class && types[2] == OffsetDateTime.class && types[3] == Long.class) {
            // the portal calendar: everything from 2000 on, then narrowed to each organization
            OffsetDateTime from = OffsetDateTime.parse("2000-01-01T00:00:00+01:00");
            OffsetDateTime to = OffsetDateTime.parse("2100-01-01T00:00:00+01:00");
            calls.add(new Object[]{viewer, from, to, null});
            probes.organizations().forEach(o -> calls.add(new Object[]{viewer, from, to, o}));
        } else if (types.length == 3 && types[1] == long.class && types[2] == int.class) {
            // the back office's calendar of one organization and year (MeetingPlanQueries): every year with meetings
            List<Integer> years = jdbc.sql("SELECT DISTINCT extract(year FROM start_planned AT TIME ZONE 'Europe/Berlin')::int FROM meeting")
                    .query(Integer.class).list();
            probes.organizations().forEach(o -> years.forEach(y -> calls.add(new Object[]{viewer, o, y})));
        } else if (types.length == 2 && types[1] == org.openris.paper.PaperWorkQueries.Filter.class) {
            // back-office paper list (bo-papers): everything the viewer's grants and the published rule allow
            calls.add(new Object[]{viewer, org.openris.paper.PaperWorkQueries.Filter.all()});
            calls.add(new Object[]{viewer, new org.openris.paper.PaperWorkQueries.Filter(java.util.Set.copyOf(probes.organizations()), false,
                    null, null, "noeff", 500)});
        } else if (types.length == 4 && types[1] == long.class && types[2] == java.time.LocalDate.class && types[3] == java.time.LocalDate.class) {
            // attendance allowance: a person's meetings, or a body's recipients, over all time
            java.time.LocalDate from = java.time.LocalDate.of(2000, 1, 1);
            java.time.LocalDate to = java.time.LocalDate.of(2100, 1, 1);
            probes.ids().forEach(id -> calls.add(new Object[]{viewer, id, from, to}));
            probes.bodies().forEach(body -> calls.add(new Object[]{viewer, body, from, to}));
        } else if (types.length == 4 && types[1] == long.class && types[2] == String.class && types[3] == int.class) {
            // name searches within one body (back office): everything, and the markers of hidden content themselves
            for (long body : probes.bodies()) {
                for (String text : List.of("", "noeff", "geheim", "e")) {
                    calls.add(new Object[]{viewer, body, text, 20000});
                }
            }
        } else if (types.length == 3 && types[1] == List.class && types[2] == int.class) {
            // minutes overview of the back office (organizations the viewer runs, months back): every organization, all time
            calls.add(new Object[]{viewer, List.copyOf(probes.organizations()), 1200});
        } else {
            throw new AssertionError("no arguments known for " + method + ": extend this test for the new method shape");
        }
        return calls;
    }

    private static List<Method> viewerMethods(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && m.getParameterCount() > 0 && m.getParameterTypes()[0] == Viewer.class) {
                methods.add(m);
            }
        }
        return methods;
    }

    private static Object invoke(Object facade, String name, Viewer viewer) {
        for (Method m : viewerMethods(facade.getClass())) {
            if (m.getName().equals(name) && m.getParameterCount() == 1) {
                return call(facade, m, new Object[]{viewer});
            }
        }
        return 0L;
    }

    private static Object call(Object target, Method method, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new AssertionError(method + " failed for " + java.util.Arrays.toString(args), e.getCause());
        }
    }

    /** The rules with one of them replaced by "everything is visible". */
    private static VisibilityRules mutant(String rule) {
        return new VisibilityRules() {
            @Override
            public String meeting(String m, Viewer v) {
                return rule.equals("meeting") ? everything(m) : super.meeting(m, v);
            }

            @Override
            public String agendaItem(String a, Viewer v) {
                return rule.equals("agendaItem") ? everything(a) : super.agendaItem(a, v);
            }

            @Override
            public String paper(String p, Viewer v) {
                return rule.equals("paper") ? everything(p) : super.paper(p, v);
            }

            @Override
            public String consultation(String c, Viewer v) {
                return rule.equals("consultation") ? everything(c) : super.consultation(c, v);
            }

            @Override
            public String decision(String d, Viewer v) {
                return rule.equals("decision") ? everything(d) : super.decision(d, v);
            }

            @Override
            public String minutes(String mi, Viewer v) {
                return rule.equals("minutes") ? everything(mi) : super.minutes(mi, v);
            }

            @Override
            public String file(String f, Viewer v) {
                return rule.equals("file") ? everything(f) : super.file(f, v);
            }

            @Override
            public String organization(String o, Viewer v) {
                return rule.equals("organization") ? everything(o) : super.organization(o, v);
            }

            @Override
            public String person(String pe, Viewer v) {
                return rule.equals("person") ? everything(pe) : super.person(pe, v);
            }

            @Override
            public String personContact(String pe, Viewer v) {
                return rule.equals("personContact") ? everything(pe) : super.personContact(pe, v);
            }

            @Override
            public String location(String l, Viewer v) {
                return rule.equals("location") ? "(" + l + ".deleted_at IS NULL)" : super.location(l, v);
            }

            @Override
            public String membership(String ms, Viewer v) {
                return rule.equals("membership") ? "(" + ms + ".deleted_at IS NULL)" : super.membership(ms, v);
            }
        };
    }

    /** A switched-off rule: every row counts as visible (in the shape the gate's conditions have). */
    private static String everything(String alias) {
        return "(" + alias + ".deleted_at IS NULL OR TRUE)";
    }

    private Object rebuild(Object facade, VisibilityRules rules) {
        try {
            Constructor<?> constructor = facade.getClass().getDeclaredConstructor(JdbcClient.class, VisibilityRules.class);
            constructor.setAccessible(true);
            return constructor.newInstance(jdbc, rules);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("query facades are built from (JdbcClient, VisibilityRules): " + facade.getClass(), e);
        }
    }
}
