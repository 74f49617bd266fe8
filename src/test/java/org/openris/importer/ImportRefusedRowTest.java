package org.openris.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A page is written in one go (no savepoint per object); when the database refuses one of its
 * objects (here a NUL character, which PostgreSQL text cannot hold), the page is rolled back and
 * written again object by object: the refused object is reported as unmapped with the database's
 * reason, the rest of the page is kept, the report counts every object once, and a repeated run
 * adds nothing.
 */
@RisIntegrationTest
class ImportRefusedRowTest {

    @Autowired
    OparlImporter importer;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_row_the_database_refuses_is_reported_and_the_rest_of_its_page_is_kept() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/nul";
        server.createContext("/nul", ex -> {
            String path = ex.getRequestURI().getPath().substring("/nul".length());
            String json = switch (path) {
                case "/system" -> "{\"id\":\"" + base + "/system\",\"type\":\"https://schema.oparl.org/1.1/System\",\"body\":\"" + base + "/bodies\"}";
                case "/bodies" -> "{\"data\":[{\"id\":\"" + base + "/body/1\",\"type\":\"https://schema.oparl.org/1.1/Body\",\"name\":\"Nullstadt\","
                        + "\"person\":\"" + base + "/persons\",\"organization\":\"" + base + "/orgs\"}],\"links\":{}}";
                case "/orgs" -> "{\"data\":[" + org(base, 1, "Rat der Nullstadt") + "],\"links\":{\"next\":\"" + base + "/orgs2\"}}";
                case "/orgs2" -> "{\"data\":[" + org(base, 2, "Ausschuss A") + "," + org(base, 3, "Ausschuss\\u0000B") + ","
                        + org(base, 4, "Ausschuss C") + "],\"links\":{}}";
                case "/persons" -> "{\"data\":[" + person(base, 1, "Erste") + "," + person(base, 2, "Zweite") + "],\"links\":{}}";
                default -> null;
            };
            byte[] body = (json == null ? "{}" : json).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(json == null ? 404 : 200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            ImportSettings settings = new ImportSettings(base + "/system", null, null, true, 0, 1, 1, 10, null, false, null, 0);
            OparlImporter.Result first = importer.run(settings, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.out.println(first.report().toPrettyString());
            assertThat(first.success()).as(first.report().toString()).isTrue();
            JsonNode orgs = first.report().path("counts").path("Organization");
            assertThat(orgs.path("new").asInt()).as("organizations stored, each counted once").isEqualTo(3);
            assertThat(orgs.path("skipped").asInt()).as("the refused one").isEqualTo(1);
            assertThat(first.report().path("unmappedTotal").asInt()).isEqualTo(1);
            JsonNode unmapped = first.report().path("unmapped").get(0);
            assertThat(unmapped.path("id").asString()).isEqualTo(base + "/org/3");
            assertThat(unmapped.path("reason").asString()).startsWith("Datenbank lehnt ab");
            assertThat(first.report().path("counts").path("Person").path("new").asInt()).isEqualTo(2);
            List<String> names = jdbc.sql("SELECT o.name FROM organization o JOIN import_source s ON s.local_table = 'organization'"
                    + " AND s.local_id = o.id WHERE s.source_url LIKE ? ORDER BY o.name").param(base + "/%").query(String.class).list();
            assertThat(names).containsExactly("Ausschuss A", "Ausschuss C", "Rat der Nullstadt");
            assertThat(jdbc.sql("SELECT count(*) FROM import_source WHERE source_url = ?").param(base + "/org/3").query(Long.class).single())
                    .as("no source row for the refused object").isZero();
            long sources = jdbc.sql("SELECT count(*) FROM import_source WHERE source_url LIKE ?").param(base + "/%").query(Long.class).single();
            assertThat(sources).as("body, 3 organizations, 2 persons").isEqualTo(6);

            OparlImporter.Result second = importer.run(settings, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(second.success()).isTrue();
            assertThat(second.report().path("counts").path("Organization").path("new").asInt()).isZero();
            assertThat(second.report().path("counts").path("Organization").path("unchanged").asInt()).isEqualTo(3);
            assertThat(jdbc.sql("SELECT count(*) FROM import_source WHERE source_url LIKE ?").param(base + "/%").query(Long.class).single())
                    .isEqualTo(sources);
        } finally {
            server.stop(0);
        }
    }

    private static String org(String base, int n, String name) {
        return "{\"id\":\"" + base + "/org/" + n + "\",\"type\":\"https://schema.oparl.org/1.1/Organization\",\"name\":\"" + name
                + "\",\"modified\":\"2024-01-0" + n + "T10:00:00+01:00\"}";
    }

    private static String person(String base, int n, String name) {
        return "{\"id\":\"" + base + "/person/" + n + "\",\"type\":\"https://schema.oparl.org/1.1/Person\",\"familyName\":\"" + name
                + "\",\"modified\":\"2024-01-0" + n + "T10:00:00+01:00\"}";
    }
}
