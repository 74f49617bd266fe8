package org.openris.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openris.demo.MusterstadtDemo;
import org.openris.oparl.OparlDemoCity;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The importer as an operator runs it: {@code import-oparl} in a separate JVM with its own fresh
 * database and data directory, importing the tiny demo city from this test application's OParl API.
 * Round trip: the second instance, started as a server, serves the same objects with the same values
 * and file checksums through its own OParl API. Crash: an import killed with kill -9 (destroyForcibly)
 * mid-run and restarted ends with exactly the data of the uninterrupted import.
 */
@RisIntegrationTest
class ImporterProcessTest {

    static final String PAGE_SIZE = "20";
    private static SecondInstance reference;
    private static String referenceOutput;

    @LocalServerPort
    int port;
    @Autowired
    MusterstadtDemo demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    /** The second instances' databases and data directories go again (the test database lives as long as the JVM anyway). */
    @org.junit.jupiter.api.AfterAll
    static void removeInstances() throws Exception {
        for (Path dir : CREATED) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        CREATED.clear();
    }

    private static final List<Path> CREATED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private String sourceBase() {
        return "http://localhost:" + port + "/oparl/v1";
    }

    private String[] importArgs(String delay) {
        long body = OparlDemoCity.body(demo, jdbc);
        return new String[] {"import-oparl", sourceBase() + "/system", "--body", sourceBase() + "/body/" + body, "--delay-ms", delay,
                "--page-size", PAGE_SIZE, "--retry-base-ms", "50"};
    }

    /** The uninterrupted import (once per test JVM). */
    private synchronized SecondInstance uninterrupted() throws Exception {
        if (reference == null || !Files.isDirectory(reference.dataDir)) {
            Path dir = Files.createTempDirectory("ris-import-reference");
            CREATED.add(dir);
            SecondInstance instance = SecondInstance.create(dataSource, "import_reference", dir);
            Path log = dir.resolve("import.log");
            Process p = instance.start(log, importArgs("0"));
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("import finishes, see " + log).isTrue();
            referenceOutput = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(referenceOutput).isZero();
            reference = instance;
        }
        return reference;
    }

    @Test
    void round_trip_the_demo_city_through_our_oparl_api_into_a_fresh_instance() throws Exception {
        SecondInstance target = uninterrupted();
        assertThat(referenceOutput).contains("\"counts\"").contains("Objekte/s");
        int targetPort = SecondInstance.freePort();
        Path log = target.dataDir.resolve("serve.log");
        Process server = target.serve(log, targetPort);
        try {
            String targetBase = "http://localhost:" + targetPort + "/oparl/v1";
            long body = OparlDemoCity.body(demo, jdbc);
            Map<String, String> urls = ImportedData.urlMap(target.dbUrl, targetBase);
            String targetBody = urls.get(sourceBase() + "/body/" + body);
            assertThat(targetBody).as("the body was imported").isNotNull();
            Map<String, Map<String, JsonNode>> source = ImportedData.crawl(sourceBase() + "/body/" + body);
            Map<String, Map<String, JsonNode>> imported = ImportedData.crawl(targetBody);
            List<String> differences = new ArrayList<>();
            long compared = 0;
            for (Map.Entry<String, Map<String, JsonNode>> list : source.entrySet()) {
                Map<String, JsonNode> theirs = imported.get(list.getKey());
                assertThat(theirs.size()).as("objects in list " + list.getKey()).isEqualTo(list.getValue().size());
                for (Map.Entry<String, JsonNode> o : list.getValue().entrySet()) {
                    JsonNode expected = ImportedData.normalize(o.getValue(), urls, sourceBase(), targetBase);
                    JsonNode actual = theirs.get(urls.get(o.getKey()));
                    compared++;
                    if (actual == null) {
                        differences.add(list.getKey() + " " + o.getKey() + " missing");
                    } else if (!expected.equals(ImportedData.normalize(actual, Map.of(), null, targetBase))) {
                        differences.add(list.getKey() + " " + o.getKey() + "\n  expected " + expected + "\n  actual   "
                                + ImportedData.normalize(actual, Map.of(), null, targetBase));
                    }
                }
            }
            assertThat(compared).as("objects compared").isGreaterThan(100);
            assertThat(differences).as(differences.size() + " of " + compared + " objects differ").isEmpty();
            // file contents: what the fresh instance serves has the checksum the source published
            int files = 0;
            for (JsonNode file : source.get("file").values()) {
                String copy = urls.get(file.path("id").asString());
                byte[] content = ImportedData.bytes(copy + "/access");
                assertThat(ImportedData.sha512(content)).as(copy).isEqualTo(file.path("sha512Checksum").asString());
                files++;
            }
            assertThat(files).as("files compared").isGreaterThan(0);
            System.out.println("Round trip: " + compared + " objects and " + files + " files equal");
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void an_import_killed_mid_run_resumes_and_ends_with_the_data_of_an_uninterrupted_run() throws Exception {
        SecondInstance uninterrupted = uninterrupted();
        Path dir = Files.createTempDirectory("ris-import-crash");
        CREATED.add(dir);
        SecondInstance crash = SecondInstance.create(dataSource, "import_crash", dir);
        Process first = crash.start(dir.resolve("killed.log"), importArgs("40"));
        long pages = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (first.isAlive() && System.nanoTime() < deadline) {
            pages = committedPages(crash.dbUrl);
            if (pages >= 4) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(first.isAlive()).as("still importing when killed (pages so far: " + pages + "), see " + dir.resolve("killed.log")).isTrue();
        first.destroyForcibly();
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(status(crash.dbUrl)).as("the killed run stays open for resumption").isEqualTo("RUNNING");
        List<String> partial = ImportedData.canonical(crash.dbUrl);
        List<String> complete = ImportedData.canonical(uninterrupted.dbUrl);
        assertThat(partial.size()).as("killed before the end").isLessThan(complete.size());

        Path log = dir.resolve("resumed.log");
        Process second = crash.start(log, importArgs("0"));
        assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(second.exitValue()).as(output).isZero();
        assertThat(output).contains("Import wird fortgesetzt");
        assertThat(status(crash.dbUrl)).isEqualTo("SUCCEEDED");

        List<String> resumed = ImportedData.canonical(crash.dbUrl);
        List<String> onlyResumed = new ArrayList<>(resumed);
        onlyResumed.removeAll(complete);
        List<String> onlyComplete = new ArrayList<>(complete);
        onlyComplete.removeAll(resumed);
        assertThat(onlyResumed).as("rows only in the resumed import").isEmpty();
        assertThat(onlyComplete).as("rows only in the uninterrupted import").isEmpty();
        assertThat(resumed).hasSameSizeAs(complete);
        System.out.println("Crash test: killed after " + pages + " committed pages; " + resumed.size() + " rows equal after resuming");
    }

    private static long committedPages(String dbUrl) {
        try (Connection c = DriverManager.getConnection(dbUrl);
             ResultSet rs = c.createStatement().executeQuery("SELECT coalesce(sum(pages), 0) FROM import_checkpoint")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            return 0; // schema not there yet
        }
    }

    private static String status(String dbUrl) throws java.sql.SQLException {
        try (Connection c = DriverManager.getConnection(dbUrl);
             ResultSet rs = c.createStatement().executeQuery("SELECT status FROM import_run ORDER BY id DESC LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
