package org.openris.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data directory left behind by a {@code kill -9} must start again, and nothing unrelated is signalled. */
class StalePostmasterRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void a_directory_without_pid_file_is_clean() throws Exception {
        assertThat(new StalePostmasterRecovery(dir).recover()).isEqualTo(StalePostmasterRecovery.Outcome.CLEAN);
    }

    @Test
    void a_pid_file_naming_a_dead_process_is_removed() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(5, TimeUnit.SECONDS);
        Files.writeString(dir.resolve("postmaster.pid"), gone.pid() + "\n" + dir + "\n");

        assertThat(new StalePostmasterRecovery(dir).recover()).isEqualTo(StalePostmasterRecovery.Outcome.REMOVED_STALE_PID_FILE);
        assertThat(dir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void a_reused_pid_of_another_program_is_not_signalled() throws Exception {
        Process unrelated = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(dir.resolve("postmaster.pid"), unrelated.pid() + "\n" + dir + "\n");

            assertThat(new StalePostmasterRecovery(dir).recover()).isEqualTo(StalePostmasterRecovery.Outcome.REMOVED_STALE_PID_FILE);
            assertThat(unrelated.isAlive()).as("unrelated process must survive").isTrue();
            assertThat(dir.resolve("postmaster.pid")).doesNotExist();
        } finally {
            unrelated.destroyForcibly();
        }
    }

    @Test
    void an_orphaned_server_of_a_jvm_killed_with_sigkill_is_stopped_and_the_data_directory_starts_again() throws Exception {
        Path data = dir.resolve("postgres");
        int port = 54391;
        // the child runs in the temporary directory with the default relative data path, like `java -jar ris.jar`
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName(), "postgres", String.valueOf(port))
                .directory(dir.toFile()).redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(jvm.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals(OrphanMaker.READY)) {
                // start-up log of the child JVM
            }
            assertThat(line).as("child JVM started its database").isEqualTo(OrphanMaker.READY);
            jvm.destroyForcibly(); // SIGKILL: no shutdown hook, the postmaster stays behind
            jvm.waitFor(10, TimeUnit.SECONDS);
        }
        long orphanPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("orphaned postmaster").contains(true);

        EmbeddedPostgresServer restarted = EmbeddedPostgresServer.persistent(data, port);
        try (var c = DriverManager.getConnection(restarted.jdbcUrl(), "postgres", "");
             var rs = c.createStatement().executeQuery("SELECT n FROM survivor")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(synchronousCommit(restarted)).isEqualTo("on");
        } finally {
            restarted.close();
        }
    }

    @Test
    void a_foreign_server_on_the_port_is_refused_instead_of_silently_used() throws Exception {
        EmbeddedPostgresServer foreign = EmbeddedPostgresServer.persistent(dir.resolve("foreign"), 54392);
        try {
            assertThatThrownBy(() -> EmbeddedPostgresServer.persistent(dir.resolve("ours"), 54392))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("54392");
        } finally {
            foreign.close();
        }
    }

    private static String synchronousCommit(EmbeddedPostgresServer server) throws Exception {
        try (var c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
             var rs = c.createStatement().executeQuery("SHOW synchronous_commit")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
