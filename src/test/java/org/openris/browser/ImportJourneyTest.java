package org.openris.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openris.identity.Accounts;
import org.openris.importer.ImportManagement;
import org.openris.importer.ImportTestSupport;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator's import journey in Debian Chromium: the import screen, a refused address with
 * the German message next to the field, a run against the quirky test server and its report;
 * screenshots at 1280 and 360 px, axe without serious or critical findings.
 */
@RisIntegrationTest
class ImportJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    ImportManagement imports;

    @Test
    void an_administrator_imports_a_city_and_reads_the_report() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String username = "verwaltung-import-" + tag;
        accounts.grantRole(MemberLogin.enrolledAccount(accounts, jdbc, username, null), "ADMINISTRATOR", null);
        try (ImportTestSupport.Vendor vendor = ImportTestSupport.quirkyVendor("Reisestadt " + tag)) {
            ImportTestSupport.allowPrivateAddresses(imports, true);
            JourneyResult result = BrowserJourneys.run("backoffice-import", port, Map.of("username", username,
                    "password", MemberLogin.PASSWORD, "secret", MemberLogin.SECRET, "systemUrl", vendor.systemUrl()));

            JourneyAssertions.assertPassesStandardChecks(result);
            assertThat(result.fact("urlError")).asString().contains("mit http:// oder https://");
            assertThat(result.fact("urlDescribedBy")).asString().contains("f-systemUrl-error");
            assertThat(result.fact("status")).isEqualTo("vollständig");
            assertThat(result.fact("countRows")).asString().contains("Paper");
            assertThat(result.fact("warnings")).asString().contains("PAGINATION_LOOP");
            assertThat(result.checks()).extracting(JourneyResult.Check::name)
                    .containsExactly("backoffice-import-start", "backoffice-import-error", "backoffice-import-report");
            assertThat(result.check("backoffice-import-report").screenshots()).hasSize(2);
        } finally {
            ImportTestSupport.allowPrivateAddresses(imports, false);
        }
    }
}
