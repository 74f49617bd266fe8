package org.openris.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the database: an external PostgreSQL when {@code RIS_DB_URL} is set, otherwise the
 * embedded PostgreSQL 17 with its data under {@code RIS_DATA_DIR}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    DataSource dataSource(RisProperties properties, EmbeddedDatabaseHolder embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("ris");
        config.setMaximumPoolSize(properties.db().poolSize());
        if (properties.db().external()) {
            log.info("Verwende externe PostgreSQL-Datenbank {}", properties.db().url());
            config.setJdbcUrl(properties.db().url());
            config.setUsername(properties.db().user());
            config.setPassword(properties.db().password());
        } else {
            config.setJdbcUrl(embedded.server().jdbcUrl());
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(RisProperties properties) {
        if (properties.db().external()) {
            return new EmbeddedDatabaseHolder(null);
        }
        if (properties.db().embeddedEphemeral()) {
            return new EmbeddedDatabaseHolder(EmbeddedPostgresServer.ephemeral());
        }
        return new EmbeddedDatabaseHolder(EmbeddedPostgresServer.persistent(
                properties.dataDir().resolve("postgres"), properties.db().embeddedPort()));
    }

    /** Keeps the embedded server (if any) alive as long as the context and stops it after the pool. */
    static final class EmbeddedDatabaseHolder implements AutoCloseable {
        private final EmbeddedPostgresServer server;

        EmbeddedDatabaseHolder(EmbeddedPostgresServer server) {
            this.server = server;
        }

        EmbeddedPostgresServer server() {
            if (server == null) {
                throw new IllegalStateException("no embedded database in use");
            }
            return server;
        }

        @Override
        public void close() throws Exception {
            if (server != null) {
                server.close();
            }
        }
    }
}
