package org.openris.oparl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
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
 * Objects that stop being public without being deleted answer as tombstones once the withdrawal job
 * has seen them (OParl clients syncing with modified_since must learn that they are gone), come
 * back when public again, and objects that were never public stay unknown.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OparlWithdrawalTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MusterstadtDemo demo;
    @Autowired
    OparlWithdrawals withdrawals;

    private OparlClient client;
    private long body;
    private Random random;

    @BeforeAll
    void setUp() {
        body = OparlDemoCity.body(demo, jdbc);
        client = new OparlClient(port);
        random = new Random(Seeds.seed("OparlWithdrawalTest"));
    }

    @Test
    void a_paper_made_non_public_becomes_a_tombstone_for_syncing_clients_and_returns_when_public_again() throws Exception {
        List<JsonNode> papers = client.all(client.base + "/body/" + body + "/paper?limit=1000");
        JsonNode paper = papers.get(random.nextInt(papers.size()));
        String url = paper.path("id").stringValue();
        long id = OparlClient.idOf(paper);
        withdrawals.run();
        String since = since();
        long generation = generation();
        try {
            jdbc.sql("UPDATE paper SET public = FALSE WHERE id = ?").param(id).update();
            assertThat(client.get(url).status()).as("hidden at once, before the job ran").isEqualTo(404);

            OparlWithdrawals.Outcome outcome = withdrawals.run();
            assertThat(outcome.withdrawn()).isGreaterThanOrEqualTo(1);
            assertThat(generation()).as("a withdrawal changes what is served").isGreaterThan(generation);

            JsonNode tombstone = client.json(url);
            assertThat(tombstone.path("deleted").asBoolean()).isTrue();
            assertThat(tombstone.propertyNames()).containsExactlyInAnyOrder("id", "type", "created", "modified", "deleted");
            assertThat(OffsetDateTime.parse(tombstone.path("modified").stringValue())).as("modified = time of the withdrawal")
                    .isAfterOrEqualTo(OffsetDateTime.parse(since));
            String list = client.base + "/body/" + body + "/paper?limit=1000";
            assertThat(client.all(list)).as("plain lists leave it out").noneMatch(p -> p.path("id").stringValue().equals(url));
            JsonNode synced = client.all(list + "&modified_since=" + URLEncoder.encode(since, StandardCharsets.UTF_8)).stream()
                    .filter(p -> p.path("id").stringValue().equals(url)).findFirst().orElseThrow();
            assertThat(synced.path("deleted").asBoolean()).as("a modified_since list carries the tombstone").isTrue();
            assertThat(synced.has("name")).isFalse();
        } finally {
            jdbc.sql("UPDATE paper SET public = TRUE WHERE id = ?").param(id).update();
        }
        String back = since();
        assertThat(withdrawals.run().republished()).isGreaterThanOrEqualTo(1);
        JsonNode again = client.json(url);
        assertThat(again.has("deleted")).isFalse();
        assertThat(again.path("name").stringValue()).isEqualTo(paper.path("name").stringValue());
        assertThat(OffsetDateTime.parse(again.path("modified").stringValue())).as("clients fetch it anew")
                .isAfterOrEqualTo(OffsetDateTime.parse(back));
    }

    @Test
    void items_hidden_through_their_meeting_are_withdrawn_and_never_public_objects_stay_unknown() {
        long meeting = jdbc.sql("SELECT m.id FROM meeting m WHERE m.body_id = ? AND m.public AND m.released AND m.deleted_at IS NULL"
                + " AND EXISTS (SELECT 1 FROM agenda_item a WHERE a.meeting_id = m.id AND a.public AND a.deleted_at IS NULL) ORDER BY m.id")
                .param(body).query(Long.class).list().stream().skip(random.nextInt(5)).findFirst().orElseThrow();
        long item = jdbc.sql("SELECT min(id) FROM agenda_item WHERE meeting_id = ? AND public AND deleted_at IS NULL").param(meeting)
                .query(Long.class).single();
        long hiddenPaper = jdbc.sql("SELECT min(id) FROM paper WHERE body_id = ? AND NOT public AND deleted_at IS NULL").param(body)
                .query(Long.class).single();
        withdrawals.run(); // records what is public now, the item only embedded so far
        try {
            jdbc.sql("UPDATE meeting SET public = FALSE WHERE id = ?").param(meeting).update();
            withdrawals.run();
            JsonNode itemTombstone = client.json(client.base + "/agendaItem/" + item);
            assertThat(itemTombstone.path("deleted").asBoolean()).as("the item's own flag did not change, its meeting's did").isTrue();
            assertThat(client.json(client.base + "/meeting/" + meeting).path("deleted").asBoolean()).isTrue();
        } finally {
            jdbc.sql("UPDATE meeting SET public = TRUE WHERE id = ?").param(meeting).update();
            withdrawals.run();
        }
        assertThat(client.json(client.base + "/agendaItem/" + item).has("deleted")).isFalse();
        assertThat(client.get(client.base + "/paper/" + hiddenPaper).status()).as("never public: unknown, not a tombstone").isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM oparl_publication WHERE type = 'paper' AND object_id = ?").param(hiddenPaper)
                .query(Long.class).single()).isZero();
    }

    @Test
    void serving_records_a_publication_without_moving_the_data_generation() {
        List<JsonNode> files = client.all(client.base + "/body/" + body + "/file?limit=1000");
        long file = OparlClient.idOf(files.get(random.nextInt(files.size())));
        jdbc.sql("DELETE FROM oparl_publication WHERE type = 'file' AND object_id = ?").param(file).update();
        jdbc.sql("DELETE FROM oparl_document WHERE type = 'file' AND id = ?").param(file).update();
        long generation = generation();
        assertThat(client.get(client.base + "/file/" + file).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM oparl_publication WHERE type = 'file' AND object_id = ? AND withdrawn_at IS NULL")
                .param(file).query(Long.class).single()).isEqualTo(1);
        assertThat(generation()).isEqualTo(generation);
    }

    private long generation() {
        return jdbc.sql("SELECT value FROM data_generation").query(Long.class).single();
    }

    /** Now, as the exact date-time format OParl filters take, a second early (published times are whole seconds). */
    private static String since() throws InterruptedException {
        Thread.sleep(1000);
        // always with seconds: OffsetDateTime#toString leaves out ":00", which the OParl filter (rightly) refuses
        return OffsetDateTime.now(ZoneId.of("Europe/Berlin")).minusSeconds(1).truncatedTo(ChronoUnit.SECONDS)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
    }
}
