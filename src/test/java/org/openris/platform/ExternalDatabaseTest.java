package org.openris.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openris.RisApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** With RIS_DB_URL/RIS_DB_USER/RIS_DB_PASSWORD the application uses that database and embeds nothing. */
class ExternalDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void the_documented_variables_select_an_external_postgresql() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            try (Connection c = external.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("CREATE ROLE ris_ext LOGIN PASSWORD 'geheim'");
                c.createStatement().execute("CREATE DATABASE ris_ext OWNER ris_ext");
            }
            String url = external.getJdbcUrl("ris_ext", "ris_ext").replaceAll("[?&]user=[^&]*", "");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RisApplication.class)
                    .web(WebApplicationType.NONE)
                    .run("--RIS_DB_URL=" + url, "--RIS_DB_USER=ris_ext", "--RIS_DB_PASSWORD=geheim",
                            "--RIS_DATA_DIR=" + dataDir)) {
                assertThat(app.isRunning()).isTrue();
            }
            try (Connection c = external.getDatabase("ris_ext", "ris_ext").getConnection();
                 ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
                rs.next();
                assertThat(rs.getInt(1)).as("migrations applied in the external database").isGreaterThanOrEqualTo(12);
            }
            assertThat(dataDir.resolve("postgres")).as("nothing embedded").doesNotExist();
        }
    }
}
