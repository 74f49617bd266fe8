package org.openris.oparl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
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

/** HTTP behaviour a consumer relies on: CORS, encoding, caching, HEAD, compression, files, statelessness, modified. */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OparlHttpTest {

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
    private String paperList;
    /** A public paper of the demo city with a main file. */
    private JsonNode paper;
    private JsonNode mainFile;

    @BeforeAll
    void setUp() {
        demoBody = OparlDemoCity.body(demo, jdbc);
        client = new OparlClient(port);
        fx = new Fixtures(jdbc);
        random = new Random(Seeds.seed("OparlHttpTest"));
        paperList = client.base + "/body/" + demoBody + "/paper";
        List<JsonNode> papers = client.all(paperList + "?limit=1000").stream().filter(p -> p.has("mainFile")).toList();
        assertThat(papers).as("demo papers with a main file").isNotEmpty();
        paper = papers.get(random.nextInt(papers.size()));
        mainFile = paper.path("mainFile");
    }

    private List<String> jsonUrls() {
        return List.of(client.base + "/system", client.base + "/body", client.base + "/body/" + demoBody, paperList,
                paper.path("id").stringValue(), client.base + "/organization/999999999", client.base + "/body/" + demoBody + "/gibtEsNicht",
                client.base + "/gibtEsNicht/1", paperList + "?modified_since=gestern", paperList + "?limit=0");
    }

    @Test
    void every_json_response_allows_any_origin_also_errors() {
        for (String url : jsonUrls()) {
            OparlClient.Response response = client.get(url);
            assertThat(response.header("Access-Control-Allow-Origin")).as(response.describe()).hasValue("*");
            assertThat(response.header("Access-Control-Allow-Methods").orElse("GET")).as(response.describe()).contains("GET");
        }
        assertThat(client.get(client.base + "/organization/999999999").status()).isEqualTo(404);
        assertThat(client.get(paperList + "?modified_since=gestern").status()).isEqualTo(400);
    }

    @Test
    void an_unknown_path_below_the_api_answers_404_as_oparl_json_with_cors() {
        OparlClient.Response response = client.get(paperList + "/gibt/es/nicht");
        assertThat(response.status()).as(response.describe()).isEqualTo(404);
        assertThat(response.header("Access-Control-Allow-Origin")).as(response.describe()).hasValue("*");
        assertThat(response.json().path("type").asString("")).as(response.describe()).isEqualTo("https://schema.oparl.org/1.1/Error");
    }

    @Test
    void json_is_utf8_without_bom_and_without_html_escaping() throws CharacterCodingException {
        for (String url : jsonUrls()) {
            OparlClient.Response response = client.get(url);
            String contentType = response.header("Content-Type").orElse("").toLowerCase(Locale.ROOT).replace(" ", "");
            assertThat(contentType).as(response.describe()).startsWith("application/json").contains("charset=utf-8");
            assertThat(response.body()).as(response.describe()).isNotEmpty();
            assertThat(response.body()[0]).as("first byte of %s (no BOM)", url).isEqualTo((byte) '{');
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(response.body()));
            assertThat(response.text()).as(response.describe()).doesNotContain("\\u003c", "\\u003e", "\\u0026", "&amp;", "&quot;");
        }
        long body = fx.body("Stadt Müßighausen-Öhringen <Kreis & Land>");
        byte[] raw = client.get(client.base + "/body/" + body).body();
        assertThat(new String(raw, StandardCharsets.UTF_8)).as("umlauts and <, & as UTF-8, not escaped")
                .contains("\"Stadt Müßighausen-Öhringen <Kreis & Land>\"");
    }

    @Test
    void a_repeated_request_with_the_etag_answers_304() {
        for (String url : List.of(client.base + "/system", paperList, paper.path("id").stringValue())) {
            OparlClient.Response first = client.get(url);
            String etag = first.header("ETag").orElse(null);
            assertThat(etag).as("ETag of %s", url).isNotBlank();
            OparlClient.Response again = client.get(url, "If-None-Match", etag);
            assertThat(again.status()).as(again.describe()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            OparlClient.Response other = client.get(url, "If-None-Match", "\"ganz-anders\"");
            assertThat(other.status()).isEqualTo(200);
            assertThat(other.body()).isEqualTo(first.body());
        }
    }

    @Test
    void head_on_an_object_answers_200_without_a_body() {
        for (String url : List.of(paper.path("id").stringValue(), client.base + "/system", paperList)) {
            OparlClient.Response head = client.head(url);
            assertThat(head.status()).as(head.describe()).isEqualTo(200);
            assertThat(head.body()).as("HEAD %s", url).isEmpty();
            assertThat(head.header("Content-Type").orElse("")).as("HEAD %s", url).startsWith("application/json");
            assertThat(head.header("ETag")).as("HEAD %s", url).isEqualTo(client.get(url).header("ETag"));
        }
        assertThat(client.head(client.base + "/paper/999999999").status()).isEqualTo(404);
    }

    @Test
    void a_large_list_is_gzip_compressed_when_the_client_accepts_it() throws IOException {
        OparlClient.Response plain = client.get(paperList);
        assertThat(plain.body().length).as("the list is larger than the compression threshold").isGreaterThan(2048);
        assertThat(plain.header("Content-Encoding")).isEmpty();
        OparlClient.Response gzip = client.get(paperList, "Accept-Encoding", "gzip");
        assertThat(gzip.status()).isEqualTo(200);
        assertThat(gzip.header("Content-Encoding")).as(gzip.describe()).hasValue("gzip");
        byte[] unpacked;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            unpacked = in.readAllBytes();
        }
        assertThat(gzip.body().length).isLessThan(unpacked.length);
        assertThat(unpacked).isEqualTo(plain.body());
    }

    @Test
    void a_page_far_larger_than_the_write_buffer_arrives_whole_with_its_exact_length() {
        // pages are written in pieces (one per document, OparlBody); the declared length must be the sum
        String url = paperList + "?limit=1000";
        OparlClient.Response page = client.get(url);
        assertThat(page.status()).as(page.describe()).isEqualTo(200);
        assertThat(page.body().length).as("more than the converter's 64 KB write buffer").isGreaterThan(64 * 1024);
        assertThat(page.header("Content-Length")).hasValue(String.valueOf(page.body().length));
        JsonNode json = page.json();
        assertThat(json.path("data").size()).isGreaterThan(1);
        assertThat(json.path("pagination").path("elementsPerPage").asInt()).isEqualTo(1000);
        List<Long> ids = new java.util.ArrayList<>();
        json.path("data").forEach(o -> ids.add(OparlClient.idOf(o)));
        assertThat(ids).as("every object once, in id order").isSorted().doesNotHaveDuplicates();
        assertThat(client.head(url).header("Content-Length")).as("HEAD declares the same length").hasValue(String.valueOf(page.body().length));
    }

    // ------------------------------------------------------------------ files

    @Test
    void the_access_url_shows_the_file_inline_with_its_checksum_and_the_download_url_names_it_after_the_paper() throws Exception {
        OparlClient.Response access = client.get(mainFile.path("accessUrl").stringValue());
        assertThat(access.status()).as(access.describe()).isEqualTo(200);
        assertThat(access.header("Content-Type").orElse("")).startsWith(mainFile.path("mimeType").stringValue());
        assertThat(access.header("Content-Disposition").orElse("").toLowerCase(Locale.ROOT)).as("accessUrl Content-Disposition")
                .doesNotContain("attachment");
        assertThat((long) access.body().length).as("File.size").isEqualTo(mainFile.path("size").asLong());
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(access.body())))
                .as("File.sha512Checksum").isEqualTo(mainFile.path("sha512Checksum").stringValue());

        OparlClient.Response download = client.get(mainFile.path("downloadUrl").stringValue());
        assertThat(download.status()).as(download.describe()).isEqualTo(200);
        String disposition = download.header("Content-Disposition").orElse("");
        assertThat(disposition).as("downloadUrl Content-Disposition").startsWith("attachment").contains("filename");
        assertThat(java.net.URLDecoder.decode(disposition.replace("+", "%2B"), StandardCharsets.UTF_8))
                .as("download file name of %s", paper.path("id")).contains(paper.path("reference").stringValue());
        assertThat(download.body()).isEqualTo(access.body());
    }

    @Test
    void a_range_request_answers_206_with_the_requested_bytes() {
        String url = mainFile.path("accessUrl").stringValue();
        byte[] whole = client.get(url).body();
        OparlClient.Response range = client.get(url, "Range", "bytes=0-9");
        assertThat(range.status()).as(range.describe()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOf(whole, 10));
        assertThat(range.header("Content-Range")).hasValue("bytes 0-9/" + whole.length);
    }

    @Test
    void a_file_request_with_its_etag_or_date_answers_304() {
        String url = mainFile.path("accessUrl").stringValue();
        OparlClient.Response first = client.get(url);
        String etag = first.header("ETag").orElse(null);
        assertThat(etag).as("file ETag").isNotBlank();
        OparlClient.Response byTag = client.get(url, "If-None-Match", etag);
        assertThat(byTag.status()).as(byTag.describe()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        String lastModified = first.header("Last-Modified").orElse(null);
        assertThat(lastModified).as("file Last-Modified").isNotBlank();
        assertThat(client.get(url, "If-Modified-Since", lastModified).status()).isEqualTo(304);
    }

    @Test
    void a_deleted_public_file_answers_410_and_a_deleted_hidden_file_404() {
        long body = fx.body("Stadt Papierkorb " + random.nextInt(1_000_000));
        long type = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        long publicPaper = fx.paper(body, type, "Vorlage mit Anlage").released("00001-24", LocalDate.of(2024, 3, 5)).create();
        long file = fx.file(body, "Anlage 1", true);
        long hiddenFile = fx.file(body, "Anlage 2", false);
        fx.attachToPaper(publicPaper, file, "AUXILIARY");
        fx.attachToPaper(publicPaper, hiddenFile, "AUXILIARY");
        // real content: the stored bytes of a demo file
        Map<String, Object> content = jdbc.sql("SELECT storage_key, sha256, sha512, size FROM stored_file WHERE id = ?")
                .param(OparlClient.idOf(mainFile)).query().singleRow();
        for (long id : List.of(file, hiddenFile)) {
            fx.execute("UPDATE stored_file SET storage_key = ?, sha256 = ?, sha512 = ?, size = ? WHERE id = ?", content.get("storage_key"),
                    content.get("sha256"), content.get("sha512"), content.get("size"), id);
        }
        String access = client.base + "/file/" + file + "/access";
        assertThat(client.get(access).status()).as("before deletion").isEqualTo(200);
        fx.execute("UPDATE stored_file SET deleted_at = now() WHERE id IN (?, ?)", file, hiddenFile);

        for (String url : List.of(access, client.base + "/file/" + file + "/download")) {
            OparlClient.Response gone = client.get(url);
            assertThat(gone.status()).as(gone.describe()).isEqualTo(410);
        }
        assertThat(client.json(client.base + "/file/" + file).path("deleted").asBoolean(false)).as("tombstone at the file URL").isTrue();
        OparlClient.Response hidden = client.get(client.base + "/file/" + hiddenFile + "/access");
        OparlClient.Response missing = client.get(client.base + "/file/" + (hiddenFile + 100000) + "/access");
        assertThat(hidden.status()).as(hidden.describe()).isEqualTo(404);
        assertThat(hidden.text()).isEqualTo(missing.text());
    }

    // ------------------------------------------------------------------ statelessness

    @Test
    void responses_are_the_same_with_and_without_a_cookie_and_set_none() {
        String cookie = "RIS_SESSION=" + Long.toHexString(random.nextLong()) + "; ris_session=" + Long.toHexString(random.nextLong());
        for (String url : List.of(client.base + "/system", paperList, paper.path("id").stringValue(),
                mainFile.path("accessUrl").stringValue(), client.base + "/paper/999999999")) {
            OparlClient.Response without = client.get(url);
            OparlClient.Response with = client.get(url, "Cookie", cookie);
            assertThat(with.status()).as(url).isEqualTo(without.status());
            assertThat(with.body()).as("body of %s with a cookie", url).isEqualTo(without.body());
            assertThat(with.header("Set-Cookie")).as("Set-Cookie from %s", url).isEmpty();
            assertThat(without.header("Set-Cookie")).as("Set-Cookie from %s", url).isEmpty();
        }
    }

    // ------------------------------------------------------------------ modified of embedding parents

    private record City(long body, long term, long committee, long paperType) {
    }

    private City city(String name) {
        long body = fx.body(name + " " + random.nextInt(1_000_000));
        return new City(body, fx.term(body, "Wahlperiode 2020–2025", LocalDate.of(2020, 11, 1), LocalDate.of(2025, 10, 31)),
                fx.organization(body, "Hauptausschuss", "COMMITTEE").create(),
                fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true));
    }

    /** Moves an object's timestamps an hour back, so that any later change shows in its (second-precision) modified. */
    private void age(String table, long id) {
        fx.execute("UPDATE " + table + " SET created = created - interval '2 hours', modified = modified - interval '1 hour' WHERE id = ?", id);
    }

    private OffsetDateTime modified(JsonNode object) {
        return OffsetDateTime.parse(object.path("modified").stringValue());
    }

    @Test
    void a_meeting_is_modified_when_one_of_its_agenda_items_changes_or_is_deleted() {
        City c = city("Stadt Tagesordnung");
        OffsetDateTime start = Fixtures.berlin(LocalDate.of(2024, 3, 5), LocalTime.of(16, 0));
        long meeting = fx.meeting(c.body(), c.committee(), c.term(), start).numbered(1, "1. Sitzung").create();
        long item = fx.agendaItem(meeting, "1", "Eröffnung").position(0, 0).create();
        long other = fx.agendaItem(meeting, "2", "Verschiedenes").position(1, 1).create();
        String url = client.base + "/meeting/" + meeting;

        age("meeting", meeting);
        OparlClient.Response before = client.get(url);
        fx.execute("UPDATE agenda_item SET name = 'Eröffnung und Begrüßung' WHERE id = ?", item);
        OparlClient.Response after = client.get(url);
        assertThat(modified(after.json())).as("Meeting.modified after an agenda item changed").isAfter(modified(before.json()));
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        assertThat(after.json().path("agendaItem").get(0).path("name").asString("")).isEqualTo("Eröffnung und Begrüßung");
        assertThat(modified(after.json())).as("not older than the changed item")
                .isAfterOrEqualTo(modified(after.json().path("agendaItem").get(0)));

        age("meeting", meeting);
        JsonNode beforeDeletion = client.json(url);
        fx.execute("UPDATE agenda_item SET deleted_at = now() WHERE id = ?", other);
        JsonNode afterDeletion = client.json(url);
        assertThat(modified(afterDeletion)).as("Meeting.modified after an agenda item was deleted").isAfter(modified(beforeDeletion));
        assertThat(afterDeletion.path("agendaItem").size()).isEqualTo(1);
    }

    @Test
    void a_paper_is_modified_when_one_of_its_consultations_changes() {
        City c = city("Stadt Beratungsfolge");
        long paper = fx.paper(c.body(), c.paperType(), "Vorlage").released("00001-24", LocalDate.of(2024, 3, 5)).create();
        long consultation = fx.consultation(paper, c.committee(), null, null, 0, "PRELIMINARY", false, null);
        String url = client.base + "/paper/" + paper;

        age("paper", paper);
        JsonNode before = client.json(url);
        assertThat(before.path("consultation").get(0).path("role").asString("")).isEqualTo("Vorberatung");
        fx.execute("UPDATE consultation SET role = 'DECISION', authoritative = true WHERE id = ?", consultation);
        JsonNode after = client.json(url);
        assertThat(modified(after)).as("Paper.modified after a consultation changed").isAfter(modified(before));
        assertThat(after.path("consultation").get(0).path("role").asString("")).isEqualTo("Entscheidung");
        String since = after.path("modified").stringValue();
        assertThat(client.all(client.base + "/body/" + c.body() + "/paper?modified_since=" + OparlPaginationTest.encode(since)))
                .as("the paper is in the changes since its new modified").extracting(OparlClient::idOf).containsExactly(paper);
    }

    @Test
    void a_paper_is_modified_when_its_embedded_file_changes_and_a_person_when_a_membership_changes() {
        City c = city("Stadt Einbettung");
        long paper = fx.paper(c.body(), c.paperType(), "Vorlage").released("00001-24", LocalDate.of(2024, 3, 5)).create();
        long file = fx.file(c.body(), "00001-24 Vorlage", true);
        fx.attachToPaper(paper, file, "MAIN");
        age("paper", paper);
        JsonNode before = client.json(client.base + "/paper/" + paper);
        fx.execute("UPDATE stored_file SET name = '00001-24 Vorlage (korrigiert)' WHERE id = ?", file);
        JsonNode after = client.json(client.base + "/paper/" + paper);
        assertThat(after.path("mainFile").path("name").asString("")).isEqualTo("00001-24 Vorlage (korrigiert)");
        assertThat(modified(after)).as("Paper.modified after its main file changed").isAfter(modified(before));

        long person = fx.person(c.body(), "Beispiel").given("Erika").create();
        long membership = fx.membership(person, c.committee(), LocalDate.of(2021, 1, 1)).create();
        age("person", person);
        JsonNode personBefore = client.json(client.base + "/person/" + person);
        fx.execute("UPDATE membership SET end_date = DATE '2024-12-31' WHERE id = ?", membership);
        JsonNode personAfter = client.json(client.base + "/person/" + person);
        assertThat(personAfter.path("membership").get(0).path("endDate").asString("")).isEqualTo("2024-12-31");
        assertThat(modified(personAfter)).as("Person.modified after a membership changed").isAfter(modified(personBefore));
    }

    /**
     * Incremental clients ({@code modified_since}) see a change only through {@code modified}: whenever the JSON of an
     * object changes, its {@code modified} must change too, also when the change is in a link (joint organizations,
     * participants, originators, related papers, locations, back-references).
     */
    @Test
    void whenever_the_json_of_an_object_changes_its_modified_changes_too() {
        City c = city("Stadt Änderungsdienst");
        long otherCommittee = fx.organization(c.body(), "Finanzausschuss", "COMMITTEE").create();
        long person = fx.person(c.body(), "Beispiel").given("Erika").create();
        long membership = fx.membership(person, c.committee(), LocalDate.of(2021, 1, 1)).create();
        OffsetDateTime start = Fixtures.berlin(LocalDate.of(2024, 3, 5), LocalTime.of(16, 0));
        long meeting = fx.meeting(c.body(), c.committee(), c.term(), start).numbered(1, "1. Sitzung").held(start, start.plusHours(2)).create();
        long item = fx.agendaItem(meeting, "1", "Beschlussvorlage").position(0, 0).create();
        long paper = fx.paper(c.body(), c.paperType(), "Vorlage").released("00001-24", LocalDate.of(2024, 3, 5)).create();
        long other = fx.paper(c.body(), c.paperType(), "Andere Vorlage").released("00002-24", LocalDate.of(2024, 3, 6)).create();
        long consultation = fx.consultation(paper, c.committee(), null, null, 0, "DECISION", true, null);
        long file = fx.file(c.body(), "00001-24 Vorlage", true);
        fx.attachToPaper(paper, file, "MAIN");

        List<String> problems = new java.util.ArrayList<>();
        change(problems, "Meeting.organization: a joint organization added", "meeting", meeting,
                "INSERT INTO meeting_organization (meeting_id, organization_id, position) VALUES (" + meeting + ", " + otherCommittee + ", 1)");
        change(problems, "Meeting.participant: a member marked present", "meeting", meeting,
                "INSERT INTO attendance (meeting_id, person_id, membership_id, category, status, position) VALUES (" + meeting + ", "
                        + person + ", " + membership + ", 'VOTING_MEMBER', 'PRESENT', 0)");
        change(problems, "Paper.originatorOrganization: an originator added", "paper", paper,
                "INSERT INTO paper_originator (paper_id, position, organization_id) VALUES (" + paper + ", 0, " + otherCommittee + ")");
        change(problems, "Paper.relatedPaper: another paper relates to it", "paper", paper,
                "INSERT INTO paper_related (paper_id, related_paper_id) VALUES (" + other + ", " + paper + ")");
        change(problems, "Paper.subordinatedPaper: a supplement released", "paper", paper,
                "INSERT INTO paper (body_id, paper_type_id, state, reference, serial, reference_year, supplement_number, name, date,"
                        + " superordinated_paper_id, public) VALUES (" + c.body() + ", " + c.paperType() + ", 'RELEASED', '00001-24-E1', 1, 2024, 1,"
                        + " 'Ergänzung', DATE '2024-03-07', " + paper + ", true)");
        change(problems, "Paper.location: a location embedded", "paper", paper,
                "WITH l AS (INSERT INTO location (description, locality) VALUES ('Marktplatz', 'Musterstadt') RETURNING id)"
                        + " INSERT INTO paper_location (paper_id, location_id) SELECT " + paper + ", id FROM l");
        change(problems, "Organization.membership: a member joins", "organization", otherCommittee,
                "INSERT INTO membership (person_id, organization_id, role, mandate, seat_category, voting_right, start_date) VALUES ("
                        + person + ", " + otherCommittee + ", 'MEMBER', 'COUNCIL_MEMBER', 'VOTING_MEMBER', true, DATE '2022-01-01')");
        change(problems, "AgendaItem.consultation: the paper is scheduled", "agenda_item", item,
                "UPDATE consultation SET meeting_id = " + meeting + ", agenda_item_id = " + item + " WHERE id = " + consultation);
        change(problems, "File.paper: the file is attached to another paper", "stored_file", file,
                "INSERT INTO paper_file (paper_id, file_id, role) VALUES (" + other + ", " + file + ", 'AUXILIARY')");
        assertThat(problems).isEmpty();
    }

    /** Applies {@code sql}; if the object's JSON (apart from modified) changed, its modified must have increased. */
    private void change(List<String> problems, String what, String table, long id, String sql) {
        String segment = Map.of("meeting", "meeting", "paper", "paper", "organization", "organization", "agenda_item", "agendaItem",
                "stored_file", "file").get(table);
        String url = client.base + "/" + segment + "/" + id;
        age(table, id);
        JsonNode before = client.json(url);
        jdbc.sql(sql).update();
        JsonNode after = client.json(url);
        tools.jackson.databind.node.ObjectNode a = ((tools.jackson.databind.node.ObjectNode) before).deepCopy();
        tools.jackson.databind.node.ObjectNode b = ((tools.jackson.databind.node.ObjectNode) after).deepCopy();
        a.remove("modified");
        b.remove("modified");
        if (a.equals(b)) {
            problems.add(what + ": the JSON of " + url + " did not change at all (test set-up)");
        } else if (!modified(after).isAfter(modified(before))) {
            problems.add(what + ": " + url + " changed but kept modified " + before.path("modified").stringValue());
        }
    }
}
