package org.openris.importer;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import javax.sql.DataSource;

/**
 * A second OpenRIS instance in its own JVM (java of this JVM, the application's class path without
 * the test classes, main class org.openris.RisApplication), with its own fresh database (created in
 * the test's embedded PostgreSQL) and its own data directory: what an operator runs.
 */
final class SecondInstance {

    final String dbUrl;
    final Path dataDir;

    private SecondInstance(String dbUrl, Path dataDir) {
        this.dbUrl = dbUrl;
        this.dataDir = dataDir;
    }

    /** A fresh, empty database named {@code name} next to the test database. */
    static SecondInstance create(DataSource testDatabase, String name, Path dataDir) {
        String url = ((com.zaxxer.hikari.HikariDataSource) testDatabase).getJdbcUrl();
        try (var c = testDatabase.getConnection(); var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return new SecondInstance(url.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name), dataDir);
    }

    /** Starts the application with these arguments; output goes to {@code log}. */
    Process start(Path log, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(classpath());
        command.add("org.openris.RisApplication");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        String user = dbUrl.contains("user=") ? dbUrl.replaceAll(".*[?&]user=([^&]*).*", "$1") : "postgres";
        pb.environment().put("RIS_DB_URL", dbUrl);
        pb.environment().put("RIS_DB_USER", user);
        pb.environment().put("RIS_DB_PASSWORD", "");
        pb.environment().put("RIS_DB_POOL_SIZE", "4");
        pb.environment().put("RIS_DATA_DIR", dataDir.toString());
        pb.environment().put("RIS_SEARCH_BACKGROUND", "false");
        pb.environment().put("RIS_NOTIFICATIONS", "false");
        pb.environment().put("RIS_ALERTS_DIGEST", "false");
        try {
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the application as a server and waits until its OParl API answers. */
    Process serve(Path log, int port) throws InterruptedException {
        Process p = start(log, "--server.port=" + port);
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("second instance ended with " + p.exitValue() + ", see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oparl/v1/system"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return p;
                }
            } catch (IOException e) {
                // not yet listening
            }
            Thread.sleep(500);
        }
        p.destroyForcibly();
        throw new IllegalStateException("second instance did not answer within 240 s, see " + log);
    }

    /** The test JVM's class path (read from surefire's manifest-only jar) without the test classes. */
    static String classpath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (new File(entry).getName().startsWith("surefirebooter") && entry.endsWith(".jar")) {
                try (JarFile jar = new JarFile(entry)) {
                    for (String url : jar.getManifest().getMainAttributes().getValue("Class-Path").split(" ")) {
                        if (!url.isBlank()) {
                            entries.add(Path.of(URI.create(url)).toString());
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                entries.add(entry);
            }
        }
        entries.removeIf(e -> e.replaceAll("[/\\\\]+$", "").endsWith("test-classes"));
        return String.join(File.pathSeparator, entries);
    }

    static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
