package org.openris.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the installation, bound from {@code application.properties}, which maps the
 * documented environment variables ({@code RIS_DATA_DIR}, {@code RIS_DB_URL}, ...) onto them.
 */
@ConfigurationProperties("ris")
public record RisProperties(Path dataDir, Db db) {

    public RisProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        db = db == null ? new Db(null, null, null, 54329, false, 10) : db;
    }

    public record Db(String url, String user, String password, int embeddedPort, boolean embeddedEphemeral, int poolSize) {
        public Db {
            poolSize = poolSize <= 0 ? 10 : poolSize;
            embeddedPort = embeddedPort <= 0 ? 54329 : embeddedPort;
        }

        boolean external() {
            return url != null && !url.isBlank();
        }
    }
}
