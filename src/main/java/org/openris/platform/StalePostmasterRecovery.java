package org.openris.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a data directory startable again after the previous JVM was killed with {@code kill -9}.
 * <ul>
 *   <li>the postmaster of that run still serves our data directory: stop it (fast, then forced);</li>
 *   <li>{@code postmaster.pid} names a dead process, or a process that is not our postmaster
 *       (the PID was reused): remove the stale file, never signal the unrelated process.</li>
 * </ul>
 */
final class StalePostmasterRecovery {

    private static final Logger log = LoggerFactory.getLogger(StalePostmasterRecovery.class);

    private final Path dataDirectory;

    StalePostmasterRecovery(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }

    /** Returns what it found and did, for logs and tests. */
    Outcome recover() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Outcome.CLEAN;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<Long> pid = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0));
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isPresent() && isOurPostmaster(process.get())) {
            log.warn("Verwaister PostgreSQL-Server (PID {}) aus einem abgebrochenen Lauf gefunden; er wird beendet.", pid.get());
            stop(process.get());
            Files.deleteIfExists(pidFile);
            return Outcome.STOPPED_ORPHAN;
        }
        if (process.isPresent()) {
            log.warn("postmaster.pid nennt PID {}, die inzwischen zu einem anderen Programm gehört; die veraltete Datei wird entfernt.", pid.get());
        } else {
            log.warn("Veraltete postmaster.pid (PID {} läuft nicht mehr) aus einem abgebrochenen Lauf wird entfernt.", pid.map(String::valueOf).orElse("?"));
        }
        Files.deleteIfExists(pidFile);
        return Outcome.REMOVED_STALE_PID_FILE;
    }

    /**
     * A postgres process whose {@code -D} argument, resolved against the process's own working
     * directory, is our data directory. A relative {@code -D data/postgres} counts too.
     */
    private boolean isOurPostmaster(ProcessHandle process) {
        List<String> args = arguments(process.pid());
        if (args.isEmpty() || !Path.of(args.get(0)).getFileName().toString().startsWith("postgres")) {
            return false;
        }
        int d = args.indexOf("-D");
        if (d < 0 || d + 1 >= args.size()) {
            return false;
        }
        try {
            Path workingDirectory = Path.of("/proc", Long.toString(process.pid()), "cwd").toRealPath();
            Path served = workingDirectory.resolve(args.get(d + 1)).toRealPath();
            return served.equals(dataDirectory.toRealPath());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Reads {@code /proc/<pid>/cmdline}; the arguments are NUL-separated. */
    private static List<String> arguments(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            String text = new String(raw, StandardCharsets.UTF_8);
            return text.isEmpty() ? List.of() : List.of(text.split("\0"));
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }

    private static void stop(ProcessHandle process) {
        process.destroy(); // SIGTERM: smart shutdown, there are no clients left
        try {
            process.onExit().get(15, TimeUnit.SECONDS);
        } catch (Exception timeout) {
            log.warn("PostgreSQL (PID {}) reagiert nicht auf SIGTERM; es wird hart beendet.", process.pid());
            process.destroyForcibly();
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // start-up will report the failure with PostgreSQL's own message
            }
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    enum Outcome { CLEAN, STOPPED_ORPHAN, REMOVED_STALE_PID_FILE }
}
