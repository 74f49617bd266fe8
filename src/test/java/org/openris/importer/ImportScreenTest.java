package org.openris.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.openris.identity.Accounts;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The import screen in the back office (/verwaltung/import) over HTTP: administrators only; bad
 * input (no http(s), an address on this host while private addresses are not allowed, numbers out
 * of range) answers with German messages and starts nothing; a start runs in the background against
 * the quirky test server, a second start meanwhile is refused, the progress region shows the run,
 * and the finished run's report (counts, warnings with examples, unmapped objects) is on its page
 * and downloadable as JSON; the start is in the change log.
 */
@RisIntegrationTest
class ImportScreenTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    ImportManagement imports;

    @Test
    void an_administrator_starts_watches_and_reads_an_import() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Fixtures fx = new Fixtures(jdbc);
        long body = fx.body("Importprüfstadt " + tag);
        long unit = fx.organization(body, "Hauptamt " + tag, "ADMINISTRATIVE_UNIT").unitCode("10").create();
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, "import-admin-" + tag, null), "ADMINISTRATOR", null);
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, "import-author-" + tag, null), "AUTHOR", unit);

        WebSession author = MemberLogin.signIn(port, jdbc, "import-author-" + tag);
        assertThat(author.get("/verwaltung/import").statusCode()).as("an author may not import").isEqualTo(403);
        assertThat(author.get("/verwaltung/import/fortschritt").statusCode()).isEqualTo(403);

        WebSession admin = MemberLogin.signIn(port, jdbc, "import-admin-" + tag);
        HttpResponse<String> page = admin.get("/verwaltung/import");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("OParl-Import").contains("Zurzeit läuft kein Import");
        assertThat(admin.get("/verwaltung").body()).as("the section on the start page").contains("/verwaltung/import");

        long runsBefore = jdbc.sql("SELECT count(*) FROM import_run").query(Long.class).single();
        HttpResponse<String> ftp = admin.post("/verwaltung/import", form("ftp://ris.example/oparl", "100", "2"));
        assertThat(ftp.statusCode()).isEqualTo(422);
        assertThat(ftp.body()).contains("mit http:// oder https://").contains("value=\"ftp://ris.example/oparl\"").contains("aria-invalid=\"true\"");
        HttpResponse<String> numbers = admin.post("/verwaltung/import", form("https://ris.example/oparl/system", "viel", "99"));
        assertThat(numbers.statusCode()).isEqualTo(422);
        assertThat(numbers.body()).contains("ganze Zahl von 0 bis 60000").contains("ganze Zahl von 1 bis 16");

        try (QuirkyVendor vendor = new QuirkyVendor("Bildschirmstadt " + tag)) {
            assertThat(imports.privateAddressesAllowed()).as("the default refuses this host").isFalse();
            HttpResponse<String> local = admin.post("/verwaltung/import", form(vendor.systemUrl(), "0", "2"));
            assertThat(local.statusCode()).isEqualTo(422);
            assertThat(local.body()).contains("liegt im internen Netz oder auf diesem Server");
            assertThat(jdbc.sql("SELECT count(*) FROM import_run").query(Long.class).single()).as("nothing started").isEqualTo(runsBefore);

            imports.allowPrivateAddresses(true);
            CountDownLatch gate = new CountDownLatch(1);
            vendor.gate = gate;
            HttpResponse<String> started = admin.post("/verwaltung/import", form(vendor.systemUrl(), "0", "2"));
            assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
            java.net.URI redirect = java.net.URI.create(started.headers().firstValue("Location").orElseThrow());
            String location = redirect.getRawPath() + "?" + redirect.getRawQuery();
            long run = Long.parseLong(location.replaceAll(".*/laeufe/(\\d+).*", "$1"));

            // while it waits at the source: a second start is refused, the progress region shows the run
            try {
                admin.get("/verwaltung/import");
                HttpResponse<String> second = admin.post("/verwaltung/import", form(vendor.systemUrl(), "0", "2"));
                assertThat(second.statusCode()).isEqualTo(422);
                assertThat(second.body()).contains("Es läuft bereits ein Import");
                HttpResponse<String> progress = admin.get("/verwaltung/import/fortschritt");
                assertThat(progress.body()).contains("Lauf " + run + " von").contains("hx-trigger=\"every 3s\"");
                assertThat(admin.get(location).body()).contains("Der Import läuft im Hintergrund").contains("läuft");
            } finally {
                gate.countDown();
            }
            for (int i = 0; i < 600 && imports.current().isPresent(); i++) {
                Thread.sleep(100);
            }
            assertThat(imports.current()).as("the run ended").isEmpty();
            assertThat(admin.get("/verwaltung/import/fortschritt").body()).contains("Zurzeit läuft kein Import").doesNotContain("hx-trigger");

            HttpResponse<String> report = admin.get("/verwaltung/import/laeufe/" + run);
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(report.body()).contains("vollständig").contains("<th scope=\"row\">Paper</th>").contains("PAGINATION_LOOP")
                    .contains(vendor.base + "/file/404").contains("Nicht übernommene Objekte");
            HttpResponse<String> list = admin.get("/verwaltung/import");
            assertThat(list.body()).contains("/verwaltung/import/laeufe/" + run).contains(vendor.systemUrl());

            HttpResponse<String> json = admin.get("/verwaltung/import/laeufe/" + run + "/bericht.json");
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(json.headers().firstValue("Content-Disposition").orElse("")).contains("import-bericht-" + run + ".json");
            JsonNode parsed = Documents.STRICT.readTree(json.body());
            assertThat(parsed.path("counts").path("Paper").path("new").asInt()).isEqualTo(4);
            assertThat(parsed.path("warnings").path("PAGINATION_LOOP").path("examples").size()).isPositive();
            assertThat(jdbc.sql("SELECT status FROM import_run WHERE id = ?").param(run).query(String.class).single()).isEqualTo("SUCCEEDED");
            assertThat(jdbc.sql("SELECT count(*) FROM body WHERE name = ?").param("Bildschirmstadt " + tag).query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM change_log WHERE object_type = 'import_run' AND object_id = ? AND action = 'STARTED'"
                    + " AND summary LIKE ?").param(run).param("%" + vendor.systemUrl()).query(Long.class).single()).isEqualTo(1);

            assertThat(admin.get("/verwaltung/import/laeufe/999999999").statusCode()).isEqualTo(404);
            assertThat(admin.get("/verwaltung/import/laeufe/abc").statusCode()).isEqualTo(404);
            assertThat(author.get("/verwaltung/import/laeufe/" + run + "/bericht.json").statusCode()).isEqualTo(403);
        } finally {
            imports.allowPrivateAddresses(false);
        }
    }

    private static Map<String, String> form(String url, String delay, String concurrency) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("systemUrl", url);
        f.put("bodyUrl", "");
        f.put("mode", "auto");
        f.put("delayMillis", delay);
        f.put("concurrency", concurrency);
        f.put("files", "true");
        return f;
    }
}
