package org.openris.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL 17 server used when no external database is configured.
 * Data lives in {@code <data-dir>/postgres} and survives restarts; a server orphaned by a
 * {@code kill -9} of the previous JVM is recovered before start (see {@link StalePostmasterRecovery}).
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgres postgres() {
        return postgres;
    }

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a persistent server on a fixed port with its data in {@code dataDirectory}. */
    static EmbeddedPostgresServer persistent(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            new StalePostmasterRecovery(dataDirectory).recover();
            log.info("Starte eingebettetes PostgreSQL in {} auf Port {}", dataDirectory.toAbsolutePath(), port);
            return new EmbeddedPostgresServer(configured()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("Eingebettetes PostgreSQL konnte nicht starten: " + e.getMessage(), e);
        }
    }

    /** Starts a throw-away server on a free port in a temporary directory (tests). */
    static EmbeddedPostgresServer ephemeral() {
        try {
            return new EmbeddedPostgresServer(configured().start());
        } catch (IOException e) {
            throw new UncheckedIOException("Eingebettetes PostgreSQL konnte nicht starten: " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres.Builder configured() {
        return EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .setServerConfig("timezone", "Europe/Berlin")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("fsync", "on");
    }

    String jdbcUrl() {
        return postgres().getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres().close();
    }
}
