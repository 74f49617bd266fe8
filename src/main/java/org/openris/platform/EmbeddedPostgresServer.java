package org.openris.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
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
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            new StalePostmasterRecovery(directory).recover();
            log.info("Starte eingebettetes PostgreSQL in {} auf Port {}", directory, port);
            Instant started = Instant.now().minusSeconds(2);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(configured()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start());
            server.verifyServes(directory, started, port);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Eingebettetes PostgreSQL konnte nicht starten: " + e.getMessage(), e);
        }
    }

    /**
     * The embedded library reports success even when its server could not start because another
     * server holds the port; connections would then silently reach that other server. Refuse that.
     */
    private void verifyServes(Path directory, Instant started, int port) throws IOException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "postgres", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT current_setting('data_directory'), pg_postmaster_start_time()")) {
            rs.next();
            Path served = Path.of(rs.getString(1)).toRealPath();
            Instant since = rs.getObject(2, OffsetDateTime.class).toInstant();
            if (!served.equals(directory.toRealPath()) || since.isBefore(started)) {
                closeQuietly();
                throw new IllegalStateException("Port " + port + " ist von einem anderen PostgreSQL-Server belegt (Datenverzeichnis "
                        + served + ", gestartet " + since + "). Beenden Sie ihn oder wählen Sie mit RIS_DB_EMBEDDED_PORT einen anderen Port.");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Eingebettetes PostgreSQL antwortet nicht: " + e.getMessage(), e);
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
                .setServerConfig("fsync", "on")
                // the library defaults to synchronous_commit=off: an acknowledged write must survive a crash
                .setServerConfig("synchronous_commit", "on");
    }

    String jdbcUrl() {
        return postgres().getJdbcUrl("postgres", "postgres");
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException | RuntimeException e) {
            log.debug("Eingebettetes PostgreSQL, das nicht gestartet war, ließ sich nicht sauber beenden", e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres().close();
    }
}
