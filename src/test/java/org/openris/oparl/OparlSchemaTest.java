package org.openris.oparl;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.demo.MusterstadtDemo;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Everything a TINY demo city serves over OParl, validated against the published OParl 1.1 schemas
 * (shared/oparl/schema, tag v1.1.1) and against our own recursive checks of what those schemas
 * cannot see: embedded objects, created/modified, date formats, empty values, list shape.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OparlSchemaTest {

    /** Copies of the normative schemas (src/test/resources/reference/README.md). */
    static final Path SCHEMAS = Path.of("src/test/resources/reference/oparl-schema");
    private static final int SAMPLE = 25;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MusterstadtDemo demo;

    private OparlClient client;
    private OparlShape shape;
    private long bodyId;
    private String bodyUrl;
    private JsonNode body;
    private final Map<String, Schema> schemas = new TreeMap<>();
    /** Top-level objects as served: URL they came from (list page or own URL) and the object. */
    private final List<Map.Entry<String, JsonNode>> served = new ArrayList<>();
    /** List pages: URL and page. */
    private final List<Map.Entry<String, JsonNode>> pages = new ArrayList<>();
    /** Entries of the ten body lists by type name. */
    private final Map<String, List<JsonNode>> listed = new TreeMap<>();
    /** Objects fetched at their own URL. */
    private final Map<String, JsonNode> own = new LinkedHashMap<>();
    /** Organization.meeting lists fetched: organization URL → meetings. */
    private final Map<String, List<JsonNode>> organizationMeetings = new LinkedHashMap<>();

    @BeforeAll
    void fetchEverythingOnce() throws IOException {
        loadSchemas();
        bodyId = OparlDemoCity.body(demo, jdbc);
        client = new OparlClient(port);
        shape = new OparlShape(client.base);
        Random random = new Random(Seeds.seed("OparlSchemaTest"));

        JsonNode system = client.json(client.base + "/system");
        served.add(Map.entry(client.base + "/system", system));
        String bodyList = system.path("body").asString("");
        JsonNode bodies = client.json(bodyList);
        pages.add(Map.entry(bodyList, bodies));
        bodyUrl = client.base + "/body/" + bodyId;
        for (JsonNode b : bodies.path("data").values()) {
            if (b.path("id").asString("").equals(bodyUrl)) {
                served.add(Map.entry(bodyList, b));
            }
        }
        body = client.json(bodyUrl);
        served.add(Map.entry(bodyUrl, body));

        for (String list : OparlShape.BODY_LISTS) {
            String url = body.path(list).asString(null);
            if (url == null) {
                continue; // reported by the body test
            }
            for (JsonNode page : client.pages(url)) {
                pages.add(Map.entry(url, page));
                for (JsonNode entry : page.path("data").values()) {
                    served.add(Map.entry(url, entry));
                    listed.computeIfAbsent(OparlClient.typeName(entry), k -> new ArrayList<>()).add(entry);
                }
            }
        }

        // a few organizations that hold meetings and a few others (factions and parties usually hold none)
        Set<String> holding = new LinkedHashSet<>();
        listed.getOrDefault("Meeting", List.of()).forEach(m -> m.path("organization").values().forEach(o -> holding.add(o.asString(""))));
        List<JsonNode> organizations = new ArrayList<>(listed.getOrDefault("Organization", List.of()));
        Collections.shuffle(organizations, random);
        List<JsonNode> chosen = new ArrayList<>(organizations.stream().filter(o -> holding.contains(o.path("id").asString(""))).limit(4).toList());
        organizations.stream().filter(o -> !chosen.contains(o)).limit(2).forEach(chosen::add);
        for (JsonNode organization : chosen) {
            String url = organization.path("meeting").asString(null);
            if (url == null) {
                continue;
            }
            List<JsonNode> meetings = new ArrayList<>();
            for (JsonNode page : client.pages(url)) {
                pages.add(Map.entry(url, page));
                page.path("data").values().forEach(meetings::add);
                page.path("data").values().forEach(m -> served.add(Map.entry(url, m)));
            }
            organizationMeetings.put(organization.path("id").stringValue(), meetings);
        }

        for (List<JsonNode> entries : listed.values()) {
            List<JsonNode> sample = new ArrayList<>(entries);
            Collections.shuffle(sample, random);
            for (JsonNode entry : sample.subList(0, Math.min(SAMPLE, sample.size()))) {
                String url = entry.path("id").stringValue();
                JsonNode object = client.json(url);
                own.put(url, object);
                served.add(Map.entry(url, object));
            }
        }
        System.out.printf("OparlSchemaTest: body %d, %d objects served (%d at their own URL), %d list pages, %d requests; per type %s%n",
                bodyId, served.size(), own.size(), pages.size(), client.requests,
                listed.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size()).toList());
    }

    private void loadSchemas() throws IOException {
        // the v1.1.1 files use custom keywords and "format": "url": ignore them, check the standard ones
        Dialect oparl = Dialect.builder(Dialects.getDraft7())
                .keywords(List.of(new NonValidationKeyword("references"), new NonValidationKeyword("backreference"),
                        new NonValidationKeyword("cardinality"), new NonValidationKeyword("schema")))
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(oparl);
        for (String type : OparlShape.TYPES) {
            schemas.put(type, registry.getSchema(Files.readString(SCHEMAS.resolve(type + ".json"))));
        }
    }

    @Test
    void every_type_is_served_and_every_object_validates_against_the_oparl_schema_of_its_type() {
        Set<String> types = new TreeSet<>();
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> s : served) {
            validate(s.getValue(), s.getKey() + "#", types, errors);
        }
        System.out.printf("schema validation: %d top-level objects, types %s, %d errors%n", served.size(), types, errors.size());
        assertThat(types).as("all twelve OParl types are served").containsExactlyInAnyOrderElementsOf(OparlShape.TYPES);
        assertThat(errors).isEmpty();
    }

    /** Validates an object and every OParl object embedded in it against the schema of its type. */
    private void validate(JsonNode object, String path, Set<String> types, List<String> errors) {
        String type = OparlClient.typeName(object);
        Schema schema = schemas.get(type);
        if (schema == null) {
            errors.add(path + ": no OParl type: " + object.get("type"));
            return;
        }
        types.add(type);
        for (Error error : schema.validate(object)) {
            errors.add(path + " (" + type + ") at " + error.getInstanceLocation() + ": " + error.getMessage() + ", value "
                    + error.getInstanceNode());
        }
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            if (property.getKey().contains(":") || property.getKey().equals("geojson")) {
                continue;
            }
            List<JsonNode> children = property.getValue().isArray() ? List.copyOf(property.getValue().values())
                    : List.of(property.getValue());
            for (int i = 0; i < children.size(); i++) {
                if (children.get(i).isObject()) {
                    validate(children.get(i), path + "/" + property.getKey() + (property.getValue().isArray() ? "/" + i : ""), types, errors);
                }
            }
        }
    }

    @Test
    void every_object_and_every_embedded_object_has_id_type_timestamps_and_no_empty_values() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonNode> s : served) {
            problems.addAll(shape.problems(s.getValue(), s.getKey()));
            checked++;
        }
        System.out.printf("shape checks: %d top-level objects, %d problems%n", checked, problems.size());
        assertThat(checked).isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    @Test
    void every_list_page_has_data_pagination_and_links() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> page : pages) {
            problems.addAll(OparlShape.pageProblems(page.getValue(), page.getKey()));
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(1 + OparlShape.BODY_LISTS.size());
        assertThat(problems).isEmpty();
    }

    @Test
    void the_body_offers_all_ten_lists_and_embeds_its_legislative_terms() {
        for (String list : OparlShape.BODY_LISTS) {
            assertThat(body.path(list).isString()).as("Body.%s is a URL", list).isTrue();
            assertThat(body.path(list).stringValue()).as("Body.%s", list).startsWith(bodyUrl + "/");
        }
        assertThat(OparlShape.BODY_LISTS.stream().map(l -> body.path(l).stringValue()).distinct()).hasSize(10);
        assertThat(body.path("legislativeTerm").isArray()).as("Body.legislativeTerm is an array").isTrue();
        long terms = jdbc.sql("SELECT count(*) FROM legislative_term WHERE body_id = ? AND deleted_at IS NULL").param(bodyId)
                .query(Long.class).single();
        assertThat(body.path("legislativeTerm").size()).as("embedded legislative terms").isEqualTo(terms).isPositive();
        assertThat(body.path("legislativeTerm").values()).allSatisfy(t ->
                assertThat(t.path("type").asString("")).isEqualTo(OparlClient.TYPE + "LegislativeTerm"));
        assertThat(listed.getOrDefault("LegislativeTerm", List.of())).as("legislativeTermList").hasSize((int) terms);
    }

    @Test
    void ags_is_an_eight_character_string_equal_to_the_stored_one() {
        String stored = jdbc.sql("SELECT ags FROM body WHERE id = ?").param(bodyId).query(String.class).single();
        assertThat(stored).as("the demo city has an AGS").isNotNull();
        assertThat(body.path("ags").isString()).as("ags is a JSON string: %s", body.get("ags")).isTrue();
        assertThat(body.path("ags").stringValue()).hasSize(8).isEqualTo(stored);
    }

    @Test
    void agenda_item_order_is_its_index_in_the_meeting_also_when_fetched_on_its_own() {
        Map<String, List<String>> agendas = new LinkedHashMap<>();
        for (JsonNode meeting : listed.getOrDefault("Meeting", List.of())) {
            List<String> items = new ArrayList<>();
            JsonNode embedded = meeting.path("agendaItem");
            for (int i = 0; i < embedded.size(); i++) {
                assertThat(embedded.get(i).path("order").isInt()).as("order of %s", embedded.get(i).path("id")).isTrue();
                assertThat(embedded.get(i).path("order").intValue()).as("order of embedded %s", embedded.get(i).path("id")).isEqualTo(i);
                items.add(embedded.get(i).path("id").stringValue());
            }
            agendas.put(meeting.path("id").stringValue(), items);
        }
        List<JsonNode> standalone = new ArrayList<>(listed.getOrDefault("AgendaItem", List.of()));
        own.values().stream().filter(o -> OparlClient.typeName(o).equals("AgendaItem")).forEach(standalone::add);
        assertThat(standalone).isNotEmpty();
        for (JsonNode item : standalone) {
            String meeting = item.path("meeting").asString("");
            assertThat(agendas).as("meeting of %s is in the meeting list", item.path("id")).containsKey(meeting);
            int index = agendas.get(meeting).indexOf(item.path("id").stringValue());
            assertThat(index).as("%s is embedded in its meeting", item.path("id")).isNotNegative();
            assertThat(item.path("order").intValue()).as("order of standalone %s", item.path("id")).isEqualTo(index);
        }
    }

    @Test
    void standalone_objects_carry_the_reference_to_their_parent() {
        Map<String, String> parent = Map.of("LegislativeTerm", "body", "Membership", "person", "AgendaItem", "meeting",
                "Consultation", "paper");
        List<String> missing = new ArrayList<>();
        List<JsonNode> standalone = new ArrayList<>();
        listed.values().forEach(standalone::addAll);
        standalone.addAll(own.values());
        for (JsonNode object : standalone) {
            String property = parent.get(OparlClient.typeName(object));
            if (property != null && !object.path(property).isString()) {
                missing.add(object.path("id").asString("") + " lacks " + property);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void an_object_at_its_own_url_is_the_same_as_its_list_entry() {
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        listed.values().forEach(list -> list.forEach(e -> entries.put(e.path("id").stringValue(), e)));
        assertThat(own).hasSizeGreaterThan(50);
        for (Map.Entry<String, JsonNode> o : own.entrySet()) {
            assertThat(o.getValue()).as("%s at its own URL vs. in its list", o.getKey()).isEqualTo(entries.get(o.getKey()));
        }
    }

    @Test
    void an_organizations_meeting_list_holds_exactly_the_meetings_that_name_the_organization() {
        assertThat(organizationMeetings).isNotEmpty();
        assertThat(organizationMeetings.values().stream().mapToInt(List::size).sum()).as("meetings in the sampled lists").isPositive();
        for (Map.Entry<String, List<JsonNode>> e : organizationMeetings.entrySet()) {
            Set<String> expected = new LinkedHashSet<>();
            for (JsonNode meeting : listed.getOrDefault("Meeting", List.of())) {
                for (JsonNode organization : meeting.path("organization").values()) {
                    if (organization.asString("").equals(e.getKey())) {
                        expected.add(meeting.path("id").stringValue());
                    }
                }
            }
            List<String> actual = e.getValue().stream().map(m -> m.path("id").stringValue()).toList();
            assertThat(actual).as("Organization.meeting of %s", e.getKey()).containsExactlyElementsOf(expected);
        }
    }
}
