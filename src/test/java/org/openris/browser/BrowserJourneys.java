package org.openris.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a browser journey ({@code src/test/browser/journeys/NAME.js}) in Debian's Chromium via Node
 * and {@code playwright-core}, and returns what it measured. The Node packages are installed once
 * ({@code npm ci}, into {@code target/browser/}); screenshots go to {@code target/screenshots/}.
 * <p>
 * Without Chromium or Node (e.g. a developer machine) every journey is skipped with a message;
 * with {@code RIS_REQUIRE_BROWSER=1} (set by {@code .ci/run}) that is a failure instead.
 */
final class BrowserJourneys {

    static final Path SOURCES = Path.of("src/test/browser");
    static final Path WORK = Path.of("target/browser");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Path RESULTS = Path.of("target/browser-results");
    private static final long JOURNEY_TIMEOUT_SECONDS = 120;
    private static final long INSTALL_TIMEOUT_SECONDS = 300;
    private static final int MIN_NODE_MAJOR = 20;
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** The tools found on this machine, or why the journeys cannot run; looked up once per test JVM. */
    private record Setup(Path chromium, Path node, String unavailable) {
    }

    private static Setup setup;

    private BrowserJourneys() {
    }

    static JourneyResult run(String journey, int port) {
        return run(journey, port, Map.of());
    }

    /** Runs the journey against the application on {@code localhost:port}; {@code params} reach the script as {@code params}. */
    static JourneyResult run(String journey, int port, Map<String, ?> params) {
        return run(journey, "http://localhost:" + port, params);
    }

    static JourneyResult run(String journey, String baseUrl, Map<String, ?> params) {
        Setup tools = setup();
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.createDirectories(RESULTS);
            Path result = RESULTS.resolve(journey + ".json").toAbsolutePath();
            Path log = RESULTS.resolve(journey + ".log").toAbsolutePath();
            Files.deleteIfExists(result);
            List<String> command = List.of(tools.node().toString(), "run.js",
                    "--journey", journey, "--base-url", baseUrl, "--params", JSON.writeValueAsString(params),
                    "--screenshots", SCREENSHOTS.toAbsolutePath().toString(), "--result", result.toString(),
                    "--chromium", tools.chromium().toString());
            int exit = execute(command, WORK, log, JOURNEY_TIMEOUT_SECONDS);
            if (!Files.exists(result)) {
                throw new AssertionError("journey " + journey + " wrote no result (node exit " + exit + "):\n" + Files.readString(log));
            }
            JourneyResult parsed = JSON.readValue(result.toFile(), JourneyResult.class);
            System.out.println("browser journey " + journey + ": " + parsed.durationMs() + " ms, "
                    + parsed.checks().size() + " page states checked, result " + RESULTS.resolve(journey + ".json"));
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Setup setup() {
        if (setup == null) {
            setup = findTools();
            if (setup.unavailable() == null) {
                try {
                    install(setup.node());
                } catch (IOException | RuntimeException e) {
                    setup = new Setup(setup.chromium(), setup.node(), "npm ci in " + WORK + " failed: " + e.getMessage());
                }
            }
        }
        if (setup.unavailable() != null) {
            String message = "Browser tests skipped: " + setup.unavailable()
                    + ". Install with: apt-get install -y chromium nodejs npm fonts-liberation (or set RIS_CHROMIUM)."
                    + " With RIS_REQUIRE_BROWSER=1, as in .ci/run, this is a failure.";
            if ("1".equals(System.getenv("RIS_REQUIRE_BROWSER"))) {
                Assertions.fail(message.replace("Browser tests skipped", "Browser tests required but cannot run"));
            }
            System.out.println(message);
            Assumptions.abort(message);
        }
        return setup;
    }

    private static Setup findTools() {
        String configured = System.getenv("RIS_CHROMIUM");
        if (configured != null && !configured.isBlank() && !Files.isExecutable(Path.of(configured))) {
            return new Setup(null, null, "RIS_CHROMIUM=" + configured + " is not an executable file");
        }
        Optional<Path> chromium = Optional.ofNullable(configured).filter(c -> !c.isBlank()).map(Path::of)
                .or(() -> onPath("chromium")).or(() -> onPath("chromium-browser"));
        Optional<Path> node = onPath("node");
        Optional<Path> npm = onPath("npm");
        if (chromium.isEmpty()) {
            return new Setup(null, null, "no Chromium found (RIS_CHROMIUM, chromium or chromium-browser on PATH)");
        }
        if (node.isEmpty() || npm.isEmpty()) {
            return new Setup(chromium.get(), null, "Node.js " + MIN_NODE_MAJOR + "+ with npm not found on PATH");
        }
        int major = nodeMajorVersion(node.get());
        if (major < MIN_NODE_MAJOR) {
            return new Setup(chromium.get(), node.get(), "Node.js " + MIN_NODE_MAJOR + "+ needed, found major version " + major);
        }
        return new Setup(chromium.get(), node.get(), null);
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }

    private static int nodeMajorVersion(Path node) {
        try {
            Process process = new ProcessBuilder(node.toString(), "--version").redirectErrorStream(true).start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor(30, TimeUnit.SECONDS);
            return Integer.parseInt(version.replaceFirst("^v", "").split("\\.")[0]);
        } catch (IOException | NumberFormatException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * Copies the journey scripts to {@code target/browser/} and runs {@code npm ci} there when the lock
     * file changed since the last install (no browser download: Debian's Chromium is used).
     */
    private static void install(Path node) throws IOException {
        Files.createDirectories(WORK);
        Files.walkFileTree(SOURCES, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (dir.getFileName().toString().equals("node_modules")) {
                    return FileVisitResult.SKIP_SUBTREE; // a developer's own install beside the sources
                }
                Files.createDirectories(WORK.resolve(SOURCES.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.copy(file, WORK.resolve(SOURCES.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
        String lockHash = sha256(Files.readAllBytes(SOURCES.resolve("package-lock.json")));
        Path stamp = WORK.resolve("node_modules/.openris-lock-sha256");
        if (Files.exists(stamp) && Files.readString(stamp).equals(lockHash)) {
            return;
        }
        Path npm = onPath("npm").orElseThrow();
        Path log = WORK.resolve("npm-ci.log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(npm.toString(), "ci", "--no-audit", "--no-fund", "--loglevel=error"));
        int exit = execute(command, WORK, log, INSTALL_TIMEOUT_SECONDS);
        if (exit != 0) {
            throw new IllegalStateException("exit " + exit + ": " + Files.readString(log));
        }
        Files.writeString(stamp, lockHash);
        System.out.println("browser journeys: npm ci done in " + WORK + " (node " + node + ")");
    }

    private static int execute(List<String> command, Path directory, Path log, long timeoutSeconds) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Process process = builder.start();
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s:\n" + Files.readString(log));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("interrupted while running " + command, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
