package org.openris.oparl;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Stored documents (ADR 0014): served while no published data changed, never after. The tests mark a
 * stored document by hand (the document table is not published data, so that changes no generation)
 * and watch whether the API serves the mark.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OparlDocumentsTest {

    private static final String MARK = "AUS-DEM-SPEICHER";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MusterstadtDemo demo;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    OparlDocuments documents;

    private OparlClient client;
    private String paperList;
    private long paperId;
    private String paperUrl;
    private long mainFileId;

    @BeforeAll
    void setUp() {
        long body = OparlDemoCity.body(demo, jdbc);
        client = new OparlClient(port);
        paperList = client.base + "/body/" + body + "/paper?limit=1000";
        List<JsonNode> papers = client.all(paperList).stream().filter(p -> p.has("mainFile")).toList();
        JsonNode paper = papers.get(new Random(Seeds.seed("OparlDocumentsTest")).nextInt(papers.size()));
        paperUrl = paper.path("id").stringValue();
        paperId = Long.parseLong(paperUrl.substring(paperUrl.lastIndexOf('/') + 1));
        mainFileId = Long.parseLong(paper.path("mainFile").path("id").stringValue().replaceAll(".*/", ""));
    }

    @Test
    void a_stored_document_is_served_until_published_data_changes() {
        OparlClient.Response first = client.get(paperUrl);
        String fresh = first.text();
        String etag = first.header("ETag").orElseThrow();
        assertThat(client.get(paperUrl).header("ETag")).as("same data generation, same ETag").hasValue(etag);
        assertThat(storedGeneration()).as("rendered once, stored at the current generation").isEqualTo(generation());

        mark();
        assertThat(client.get(paperUrl).text()).as("object served from the store").contains(MARK);
        assertThat(client.get(paperList).text()).as("list page assembled from the same store").contains(MARK);

        // any committed write to published data, even to an unrelated row, ends every stored document
        jdbc.sql("UPDATE location SET room = room WHERE id = (SELECT min(id) FROM location)").update();
        OparlClient.Response afterWrite = client.get(paperUrl);
        assertThat(afterWrite.text()).doesNotContain(MARK).isEqualTo(fresh);
        assertThat(afterWrite.header("ETag").orElseThrow()).as("a new generation, a new ETag").isNotEqualTo(etag);
        assertThat(client.get(paperList).text()).doesNotContain(MARK);
    }

    @Test
    void a_rolled_back_write_keeps_the_generation_and_a_committed_one_moves_it() {
        long before = generation();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE paper SET name = name || ' (Entwurf)' WHERE id = ?").param(paperId).update();
            status.setRollbackOnly();
        });
        assertThat(generation()).isEqualTo(before);
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE paper SET name = name WHERE id = ?").param(paperId).update();
            jdbc.sql("UPDATE consultation SET position = position WHERE paper_id = ?").param(paperId).update();
        });
        assertThat(generation()).as("one transaction, one new generation").isEqualTo(before + 1);
    }

    @Test
    void what_becomes_non_public_after_rendering_disappears_at_once() {
        client.get(paperUrl);
        client.get(paperList);
        mark();
        try {
            jdbc.sql("UPDATE stored_file SET public = FALSE WHERE id = ?").param(mainFileId).update();
            String paper = client.get(paperUrl).text();
            assertThat(paper).doesNotContain(MARK).doesNotContain("/file/" + mainFileId + "\"");
            assertThat(client.get(client.base + "/file/" + mainFileId).status()).isEqualTo(404);

            client.get(paperUrl);
            mark();
            jdbc.sql("UPDATE paper SET public = FALSE WHERE id = ?").param(paperId).update();
            assertThat(client.get(paperUrl).status()).isEqualTo(404);
            assertThat(client.get(paperList).text()).doesNotContain(MARK).doesNotContain(paperUrl + "\"");
        } finally {
            jdbc.sql("UPDATE paper SET public = TRUE WHERE id = ?").param(paperId).update();
            jdbc.sql("UPDATE stored_file SET public = TRUE WHERE id = ?").param(mainFileId).update();
        }
        assertThat(client.get(paperUrl).text()).contains("/file/" + mainFileId + "\"");
    }

    @Test
    void documents_of_past_generations_are_cleared_out() {
        client.get(paperUrl);
        jdbc.sql("UPDATE location SET room = room WHERE id = (SELECT min(id) FROM location)").update();
        assertThat(documents.dropStale()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM oparl_document d, data_generation g WHERE d.generation < g.value")
                .query(Long.class).single()).isZero();
    }

    private void mark() {
        int marked = jdbc.sql("UPDATE oparl_document SET json = replace(json, '\"name\":', '\"name\":\"" + MARK + "\",\"x\":')"
                + " WHERE type = 'paper' AND id = ?").param(paperId).update();
        assertThat(marked).as("stored documents of the paper").isPositive();
    }

    private long generation() {
        return jdbc.sql("SELECT value FROM data_generation").query(Long.class).single();
    }

    private Long storedGeneration() {
        return jdbc.sql("SELECT max(generation) FROM oparl_document WHERE type = 'paper' AND id = ?").param(paperId).query(Long.class).single();
    }
}
