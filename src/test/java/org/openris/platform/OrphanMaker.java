package org.openris.platform;

import java.nio.file.Path;
import java.sql.DriverManager;

/** Child JVM for the kill -9 test: starts a persistent server, writes a row, then waits to be killed. */
public final class OrphanMaker {

    static final String READY = "ORPHAN-READY";

    private OrphanMaker() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.persistent(Path.of(args[0]), Integer.parseInt(args[1]));
        try (var c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "")) {
            c.createStatement().execute("CREATE TABLE survivor (n int); INSERT INTO survivor VALUES (42)");
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(120_000);
    }
}
