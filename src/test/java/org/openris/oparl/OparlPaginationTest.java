package org.openris.oparl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.demo.MusterstadtDemo;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * External lists, generated and seeded ({@code -Dris.seed}): random page sizes, changes between page
 * fetches, filters kept in links, the page-size cap, empty and invalid windows, tombstones and the
 * answers for deleted, hidden and missing objects.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OparlPaginationTest {

    private static final DateTimeFormatter OPARL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final List<String> LISTS = List.of("organization", "person", "meeting", "paper", "agendaItem", "consultation",
            "file", "location", "legislativeTerm", "membership");
    private static final List<String> FILTERS = List.of("created_since", "created_until", "modified_since", "modified_until");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MusterstadtDemo demo;

    private OparlClient client;
    private Fixtures fx;
    private Random random;
    private long demoBody;
    private JsonNode demoBodyObject;
    private int serial;

    @BeforeAll
    void setUp() {
        demoBody = OparlDemoCity.body(demo, jdbc);
        client = new OparlClient(port);
        fx = new Fixtures(jdbc);
        random = new Random(Seeds.seed("OparlPaginationTest"));
        demoBodyObject = client.json(client.base + "/body/" + demoBody);
    }

    static String oparl(OffsetDateTime time) {
        return OPARL.format(time.atZoneSameInstant(ZoneId.of("Europe/Berlin")).truncatedTo(ChronoUnit.SECONDS));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private OffsetDateTime databaseNow() {
        return jdbc.sql("SELECT now()").query(OffsetDateTime.class).single();
    }

    private String list(long body, String list) {
        return client.base + "/body/" + body + "/" + list;
    }

    private static Map<String, String> query(String url) {
        Map<String, String> params = new TreeMap<>();
        String raw = URI.create(url).getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return params;
    }

    private static List<Long> ids(List<JsonNode> objects) {
        return objects.stream().map(OparlClient::idOf).toList();
    }

    // ------------------------------------------------------------------ fixtures

    private long body(String name) {
        return fx.body(name + " " + Math.abs(random.nextInt()));
    }

    private long paper(long body, long type, boolean isPublic) {
        serial++;
        Fixtures.PaperBuilder paper = fx.paper(body, type, "Vorlage " + serial).released(String.format("%05d-24", serial), LocalDate.of(2024, 3, 5));
        return (isPublic ? paper : paper.nonPublic()).create();
    }

    private void softDelete(String table, long id) {
        fx.execute("UPDATE " + table + " SET deleted_at = now() WHERE id = ?", id);
    }

    // ------------------------------------------------------------------ tests

    @Test
    void pages_of_random_size_concatenate_to_the_whole_list_in_id_order() {
        List<String> urls = new ArrayList<>();
        LISTS.forEach(l -> urls.add(list(demoBody, l)));
        List<JsonNode> organizations = client.all(list(demoBody, "organization") + "?limit=1000");
        urls.add(organizations.get(random.nextInt(organizations.size())).path("meeting").stringValue());
        int requestsBefore = client.requests;
        for (String url : urls) {
            List<Long> whole = ids(client.all(url + "?limit=1000"));
            // limits from 1..250, one of them small so that every list spans many pages
            for (int limit : List.of(1 + random.nextInt(250), 1 + random.nextInt(12))) {
                assertThat(concatenatedPages(url, limit)).as("%s with limit %d", url, limit).isEqualTo(whole)
                        .doesNotHaveDuplicates().isSorted();
            }
        }
        assertThat(ids(client.all(list(demoBody, "paper") + "?limit=1000"))).as("papers vs. database").containsExactlyElementsOf(
                jdbc.sql("SELECT id FROM paper WHERE body_id = ? AND public AND state = 'RELEASED' AND deleted_at IS NULL ORDER BY id")
                        .param(demoBody).query(Long.class).list());
        System.out.printf("random page sizes: %d lists, %d requests%n", urls.size(), client.requests - requestsBefore);
    }

    private List<Long> concatenatedPages(String url, int limit) {
        List<Long> concatenated = new ArrayList<>();
        List<JsonNode> pages = client.pages(url + "?limit=" + limit);
        for (int i = 0; i < pages.size(); i++) {
            JsonNode page = pages.get(i);
            assertThat(page.path("pagination").path("elementsPerPage").asInt(-1)).as("elementsPerPage of %s", url).isEqualTo(limit);
            if (i < pages.size() - 1) {
                assertThat(page.path("data").size()).as("page %d of %s (limit %d) before the last is full", i, url, limit).isEqualTo(limit);
            }
            concatenated.addAll(ids(List.copyOf(page.path("data").values())));
        }
        return concatenated;
    }

    @Test
    void objects_added_and_deleted_during_a_crawl_never_repeat_an_object_nor_hide_an_unchanged_one() {
        for (boolean changesOnly : List.of(false, true)) {
            long body = body("Stadt Blättern");
            long type = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
            OffsetDateTime start = databaseNow().minusMinutes(5);
            List<Long> initial = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                initial.add(paper(body, type, true));
            }
            List<Long> live = new ArrayList<>(initial);
            Map<Long, Integer> deletedAfterPage = new LinkedHashMap<>();
            Set<Long> seen = new LinkedHashSet<>();
            List<String> problems = new ArrayList<>();
            int limit = 2 + random.nextInt(6);
            String url = list(body, "paper") + "?limit=" + limit + (changesOnly ? "&modified_since=" + encode(oparl(start)) : "");
            int page = 0;
            while (url != null) {
                JsonNode json = client.json(url);
                page++;
                for (JsonNode entry : json.path("data").values()) {
                    long id = OparlClient.idOf(entry);
                    if (!seen.add(id)) {
                        problems.add("paper " + id + " served again on page " + page);
                    }
                    if (deletedAfterPage.containsKey(id) && !entry.has("deleted")) {
                        problems.add("paper " + id + " deleted after page " + deletedAfterPage.get(id) + " is served live on page " + page);
                    }
                }
                for (int i = random.nextInt(3); i > 0; i--) {
                    live.add(paper(body, type, true));
                }
                for (int i = random.nextInt(3); i > 0 && !live.isEmpty(); i--) {
                    long victim = live.remove(random.nextInt(live.size()));
                    softDelete("paper", victim);
                    deletedAfterPage.put(victim, page);
                }
                url = json.path("links").path("next").asString(null);
            }
            Set<Long> unchanged = new TreeSet<>(initial);
            unchanged.removeAll(deletedAfterPage.keySet());
            assertThat(problems).as("changes only: %s, limit %d", changesOnly, limit).isEmpty();
            assertThat(seen).as("every paper unchanged during the crawl is seen (limit %d, changes only %s)", limit, changesOnly)
                    .containsAll(unchanged);
            System.out.printf("crawl under changes: limit %d, %d pages, %d seen, %d deleted, %d unchanged%n", limit, page, seen.size(),
                    deletedAfterPage.size(), unchanged.size());
        }
    }

    @Test
    void filters_and_limit_are_kept_in_every_link() {
        Map<String, String> windows = new TreeMap<>();
        windows.put("limit", String.valueOf(3 + random.nextInt(7)));
        windows.put("created_since", "2000-01-01T00:00:00+01:00");
        windows.put("created_until", "2999-12-31T23:59:59+01:00");
        windows.put("modified_until", "2999-12-31T23:59:59+01:00");
        windows.put("omit_internal", "true");
        Map<String, String> changes = new TreeMap<>(Map.of("limit", String.valueOf(3 + random.nextInt(7)),
                "modified_since", "2000-01-01T00:00:00+02:00"));
        for (Map<String, String> filters : List.of(windows, changes)) {
            String list = list(demoBody, "paper");
            String first = list + "?" + filters.entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            List<JsonNode> pages = client.pages(first);
            assertThat(pages).as("the filtered list has several pages").hasSizeGreaterThan(2);
            int total = 0;
            for (JsonNode page : pages) {
                for (String link : List.of("first", "self", "next")) {
                    String url = page.path("links").path(link).asString(null);
                    if (url == null) {
                        continue;
                    }
                    assertThat(url).as("links.%s", link).startsWith(list);
                    Map<String, String> params = query(url);
                    params.remove("after");
                    assertThat(params).as("parameters of links.%s = %s", link, url).isEqualTo(filters);
                }
                total += page.path("data").size();
            }
            assertThat(total).as("all papers are in the window %s", filters).isEqualTo(client.all(list + "?limit=1000").size());
        }
    }

    @Test
    void omit_internal_leaves_out_exactly_the_embedded_lists_the_specification_names() {
        Map<String, List<String>> omitted = Map.of("meeting", List.of("agendaItem", "auxiliaryFile"), "paper", List.of("auxiliaryFile", "location"),
                "person", List.of("membership"), "agendaItem", List.of("auxiliaryFile"));
        for (Map.Entry<String, List<String>> e : omitted.entrySet()) {
            List<JsonNode> full = client.all(list(demoBody, e.getKey()) + "?limit=1000");
            List<JsonNode> lean = client.all(list(demoBody, e.getKey()) + "?limit=1000&omit_internal=true");
            assertThat(ids(lean)).isEqualTo(ids(full));
            if (!e.getKey().equals("agendaItem")) { // the demo city has no agenda items with attachments
                assertThat(full).as("some %s carry %s", e.getKey(), e.getValue()).anyMatch(o -> e.getValue().stream().anyMatch(o::has));
            }
            for (int i = 0; i < full.size(); i++) {
                tools.jackson.databind.node.ObjectNode expected = ((tools.jackson.databind.node.ObjectNode) full.get(i)).deepCopy();
                expected.remove(e.getValue());
                assertThat(lean.get(i)).as("%s with omit_internal=true", full.get(i).path("id")).isEqualTo(expected);
            }
        }
    }

    @Test
    void an_organizations_meeting_list_holds_its_joint_meetings_only_while_the_meeting_names_it() {
        long body = body("Stadt Gemeinsam");
        long term = fx.term(body, "Wahlperiode 2020–2025", LocalDate.of(2020, 11, 1), LocalDate.of(2025, 10, 31));
        long lead = fx.organization(body, "Bauausschuss", "COMMITTEE").create();
        long guest = fx.organization(body, "Umweltausschuss", "COMMITTEE").create();
        long meeting = fx.meeting(body, lead, term, Fixtures.berlin(LocalDate.of(2024, 3, 5), LocalTime.of(16, 0)))
                .numbered(1, "Gemeinsame Sitzung").create();
        fx.execute("INSERT INTO meeting_organization (meeting_id, organization_id, position) VALUES (?, ?, 1)", meeting, guest);
        String guestMeetings = client.base + "/organization/" + guest + "/meeting";
        assertThat(ids(client.all(guestMeetings))).containsExactly(meeting);
        assertThat(client.json(client.base + "/meeting/" + meeting).path("organization").values()).extracting(JsonNode::asString)
                .containsExactly(client.base + "/organization/" + lead, client.base + "/organization/" + guest);

        fx.execute("UPDATE meeting_organization SET deleted_at = now() WHERE meeting_id = ? AND organization_id = ?", meeting, guest);
        assertThat(client.json(client.base + "/meeting/" + meeting).path("organization").values()).extracting(JsonNode::asString)
                .containsExactly(client.base + "/organization/" + lead);
        assertThat(ids(client.all(guestMeetings))).as("meetings of the organization after the joint link was removed").isEmpty();
    }

    @Test
    void a_limit_above_1000_is_capped_at_1000() {
        long body = body("Stadt Viele Wahlperioden");
        fx.execute("INSERT INTO legislative_term (body_id, name, start_date) SELECT ?, 'Wahlperiode ' || g, date '2000-01-01' + g"
                + " FROM generate_series(1, 1005) g", body);
        JsonNode page = client.json(list(body, "legislativeTerm") + "?limit=5000");
        assertThat(page.path("pagination").path("elementsPerPage").asInt()).isEqualTo(1000);
        assertThat(page.path("data").size()).isEqualTo(1000);
        String next = page.path("links").path("next").asString(null);
        assertThat(next).as("links.next").isNotNull();
        assertThat(query(next)).containsEntry("limit", "1000");
        assertThat(client.json(next).path("data").size()).isEqualTo(5);
    }

    @Test
    void an_empty_window_answers_200_with_an_empty_list() {
        String future = "created_since=" + encode("2999-01-01T00:00:00+01:00");
        List<String> urls = new ArrayList<>();
        LISTS.forEach(l -> urls.add(list(demoBody, l)));
        urls.add(client.all(list(demoBody, "organization")).get(0).path("meeting").stringValue());
        for (String url : urls) {
            OparlClient.Response response = client.get(url + "?" + future);
            assertThat(response.status()).as(response.describe()).isEqualTo(200);
            JsonNode page = response.json();
            assertThat(page.path("data").isArray()).as("data of %s", url).isTrue();
            assertThat(page.path("data").isEmpty()).as("data of %s", url).isTrue();
            assertThat(page.path("pagination").isObject()).as("pagination of %s", url).isTrue();
            assertThat(page.path("links").isObject()).as("links of %s", url).isTrue();
            assertThat(page.path("links").has("next")).as("links.next of %s", url).isFalse();
        }
        JsonNode past = client.json(list(demoBody, "paper") + "?modified_until=" + encode("1990-01-01T00:00:00+01:00"));
        assertThat(past.path("data").isEmpty()).isTrue();
    }

    @Test
    void an_invalid_filter_value_answers_400_with_an_oparl_error() {
        List<String> invalid = List.of("yesterday", "2024-13-01T00:00:00+01:00", "2024-03-05T16:00:00", "2024-02-30T00:00:00+01:00",
                "2024-03-05", "2024-03-05T25:00:00+01:00", "");
        for (String value : invalid) {
            String filter = FILTERS.get(random.nextInt(FILTERS.size()));
            String url = list(demoBody, LISTS.get(random.nextInt(LISTS.size()))) + "?" + filter + "=" + encode(value);
            OparlClient.Response response = client.get(url);
            assertThat(response.status()).as(response.describe()).isEqualTo(400);
            assertThat(response.header("Content-Type").orElse("")).as(response.describe()).startsWith("application/json");
            JsonNode error = response.json();
            assertThat(error.path("type").asString("")).as(response.describe()).isEqualTo("https://schema.oparl.org/1.1/Error");
            assertThat(error.path("message").isString() && !error.path("message").stringValue().isBlank()).as(response.describe()).isTrue();
        }
    }

    @Test
    void tombstones_appear_only_in_changes_lists_and_only_for_deleted_public_objects_changed_in_the_window() {
        long body = body("Stadt Grabstein");
        long type = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        long term = fx.term(body, "Wahlperiode 2020–2025", LocalDate.of(2020, 11, 1), LocalDate.of(2025, 10, 31));
        long committee = fx.organization(body, "Ausschuss für Vergangenes", "COMMITTEE").create();
        String since = oparl(databaseNow().minusDays(1));

        long livePaper = paper(body, type, true);
        long deletedPaper = paper(body, type, true);
        long hiddenDeletedPaper = paper(body, type, false);
        long draftDeletedPaper = fx.paper(body, type, "Entwurf").create();
        long longAgoDeletedPaper = paper(body, type, true);
        OffsetDateTime day = Fixtures.berlin(LocalDate.of(2024, 3, 5), LocalTime.of(16, 0));
        long meeting = fx.meeting(body, committee, term, day).numbered(1, "1. Sitzung").create();
        long deletedMeeting = fx.meeting(body, committee, term, day.plusDays(7)).numbered(2, "2. Sitzung").create();
        long draftDeletedMeeting = fx.meeting(body, committee, term, day.plusDays(14)).numbered(3, "3. Sitzung").draft().create();
        long liveItem = fx.agendaItem(meeting, "1", "Eröffnung").position(0, 0).create();
        long deletedItem = fx.agendaItem(meeting, "2", "Gestrichen").position(1, 1).create();
        long hiddenDeletedItem = fx.agendaItem(meeting, "3", "Personalien").position(2, 2).nonPublic().create();

        for (long id : List.of(deletedPaper, hiddenDeletedPaper, draftDeletedPaper)) {
            softDelete("paper", id);
        }
        fx.execute("UPDATE paper SET created = now() - interval '3 days', deleted_at = now() - interval '2 days',"
                + " modified = now() - interval '2 days' WHERE id = ?", longAgoDeletedPaper);
        softDelete("meeting", deletedMeeting);
        softDelete("meeting", draftDeletedMeeting);
        softDelete("agenda_item", deletedItem);
        softDelete("agenda_item", hiddenDeletedItem);

        String changes = "?modified_since=" + encode(since);
        assertThat(tombstones(list(body, "paper") + changes)).as("paper tombstones").containsExactly(deletedPaper);
        assertThat(tombstones(list(body, "meeting") + changes)).as("meeting tombstones").containsExactly(deletedMeeting);
        assertThat(tombstones(list(body, "agendaItem") + changes)).as("agenda item tombstones").containsExactly(deletedItem);
        assertThat(ids(client.all(list(body, "paper") + changes))).as("papers changed in the window").containsExactly(livePaper, deletedPaper);
        assertThat(ids(client.all(list(body, "agendaItem") + changes))).containsExactly(liveItem, deletedItem);

        for (String l : List.of("paper", "meeting", "agendaItem")) {
            for (String query : List.of("", "?created_since=" + encode(since), "?modified_until=" + encode("2999-01-01T00:00:00+01:00"))) {
                assertThat(tombstones(list(body, l) + query)).as("tombstones in %s%s", l, query).isEmpty();
            }
        }
        assertThat(ids(client.all(list(body, "paper")))).containsExactly(livePaper);

        for (JsonNode tombstone : client.all(list(body, "paper") + changes)) {
            if (tombstone.has("deleted")) {
                tombstone(tombstone, since);
            }
        }
        JsonNode embedding = client.json(client.base + "/meeting/" + meeting);
        assertThat(embedding.path("agendaItem").values()).as("deleted items are not embedded")
                .extracting(i -> OparlClient.idOf(i)).containsExactly(liveItem);

        // a deleted object still answers at its URL
        tombstone(client.json(client.base + "/paper/" + deletedPaper), since);
        tombstone(client.json(client.base + "/meeting/" + deletedMeeting), since);
        tombstone(client.json(client.base + "/agendaItem/" + deletedItem), since);
        assertThat(client.json(client.base + "/paper/" + livePaper).has("deleted")).isFalse();
    }

    private List<Long> tombstones(String url) {
        return client.all(url).stream().filter(o -> o.has("deleted")).map(OparlClient::idOf).toList();
    }

    private static void tombstone(JsonNode object, String since) {
        assertThat(object.path("deleted").isBoolean() && object.path("deleted").booleanValue()).as("deleted: true in %s", object).isTrue();
        assertThat(object.path("id").isString()).as("id of %s", object).isTrue();
        assertThat(object.path("type").asString("")).as("type of %s", object).startsWith(OparlClient.TYPE);
        assertThat(object.path("created").asString("")).as("created of %s", object).matches(OparlShape.DATE_TIME);
        assertThat(object.path("modified").asString("")).as("modified of %s", object).matches(OparlShape.DATE_TIME);
        assertThat(OffsetDateTime.parse(object.path("modified").stringValue())).as("modified = deletion time of %s", object)
                .isAfterOrEqualTo(OffsetDateTime.parse(since));
    }

    @Test
    void a_hidden_object_answers_exactly_like_one_that_does_not_exist() {
        long body = body("Stadt Versteck");
        long type = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        long term = fx.term(body, "Wahlperiode 2020–2025", LocalDate.of(2020, 11, 1), LocalDate.of(2025, 10, 31));
        long committee = fx.organization(body, "Ausschuss für Sichtbares", "COMMITTEE").create();
        long secret = fx.organization(body, "Ältestenrat", "SPECIAL_BODY").nonPublic().create();
        long person = fx.person(body, "Verborgen").create();
        fx.membership(person, secret, LocalDate.of(2021, 1, 1)).create();
        OffsetDateTime day = Fixtures.berlin(LocalDate.of(2024, 3, 5), LocalTime.of(16, 0));
        long meeting = fx.meeting(body, committee, term, day).numbered(1, "1. Sitzung").create();
        long publicPaper = paper(body, type, true);
        Map<String, List<Long>> hidden = new LinkedHashMap<>();
        hidden.put("paper", List.of(paper(body, type, false), fx.paper(body, type, "Entwurf").create(), deleted("paper", paper(body, type, false))));
        hidden.put("meeting", List.of(fx.meeting(body, committee, term, day.plusDays(1)).draft().create(),
                fx.meeting(body, committee, term, day.plusDays(2)).nonPublic().create()));
        hidden.put("agendaItem", List.of(fx.agendaItem(meeting, "9", "Personalien").position(9, 9).nonPublic().create(),
                deleted("agenda_item", fx.agendaItem(meeting, "8", "Grundstück").position(8, 8).nonPublic().create())));
        hidden.put("organization", List.of(secret));
        hidden.put("person", List.of(person));
        long privateFile = fx.file(body, "Angebotsauswertung", false);
        fx.attachToPaper(publicPaper, privateFile, "AUXILIARY");
        hidden.put("file", List.of(privateFile));
        hidden.put("consultation", List.of(fx.consultation(paper(body, type, false), committee, meeting, null, 0, "DECISION", true, null)));

        for (Map.Entry<String, List<Long>> e : hidden.entrySet()) {
            String table = e.getKey().equals("agendaItem") ? "agenda_item" : e.getKey().equals("file") ? "stored_file" : e.getKey();
            long missing = jdbc.sql("SELECT max(id) + 100000 FROM " + table).query(Long.class).single();
            OparlClient.Response absent = client.get(client.base + "/" + e.getKey() + "/" + missing);
            assertThat(absent.status()).as(absent.describe()).isEqualTo(404);
            for (long id : e.getValue()) {
                OparlClient.Response response = client.get(client.base + "/" + e.getKey() + "/" + id);
                assertThat(response.status()).as(response.describe()).isEqualTo(404);
                assertThat(response.text()).as("hidden %s %d vs. missing %d", e.getKey(), id, missing).isEqualTo(absent.text());
                assertThat(response.header("Content-Type")).isEqualTo(absent.header("Content-Type"));
            }
        }
        OparlClient.Response hiddenAccess = client.get(client.base + "/file/" + privateFile + "/access");
        OparlClient.Response missingAccess = client.get(client.base + "/file/" + (privateFile + 100000) + "/access");
        assertThat(hiddenAccess.status()).isEqualTo(404);
        assertThat(hiddenAccess.text()).isEqualTo(missingAccess.text());
    }

    private long deleted(String table, long id) {
        softDelete(table, id);
        return id;
    }

    @Test
    void an_object_lies_inside_a_window_that_starts_and_ends_at_its_own_published_timestamps() {
        long body = body("Stadt Zeitfenster");
        long type = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        List<Long> papers = List.of(paper(body, type, true), paper(body, type, true), paper(body, type, true));
        softDelete("paper", papers.get(2));
        for (long id : papers) {
            JsonNode paper = client.json(client.base + "/paper/" + id);
            String created = encode(paper.path("created").stringValue());
            String modified = encode(paper.path("modified").stringValue());
            String window = list(body, "paper") + "?modified_since=" + modified;
            assertThat(ids(client.all(list(body, "paper") + "?created_since=" + created + "&created_until=" + created + "&modified_since="
                    + encode("2000-01-01T00:00:00+01:00")))).as("paper %d created %s", id, paper.path("created")).contains(id);
            assertThat(ids(client.all(window + "&modified_until=" + modified))).as("paper %d modified %s", id, paper.path("modified"))
                    .contains(id);
        }
    }
}
