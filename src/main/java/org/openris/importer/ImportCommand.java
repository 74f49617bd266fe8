package org.openris.importer;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar target/ris.jar import-oparl <system-url> [--body <id-url>] [--since <iso-date-time>]
 * [--full] [--delay-ms N] [--concurrency N] [--retries N] [--retry-base-ms N] [--page-size N] [--no-files]}: imports
 * (or updates from) an OParl 1.1 server, prints progress and the report as JSON, then exits
 * (exit code 0 when the run completed, 1 when it stopped; a restart resumes it).
 */
@Component
@Order(90)
class ImportCommand implements ApplicationRunner {

    static final String COMMAND = "import-oparl";

    private final OparlImporter importer;
    private final ConfigurableApplicationContext context;

    ImportCommand(OparlImporter importer, ConfigurableApplicationContext context) {
        this.importer = importer;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> raw = Arrays.asList(args.getSourceArgs());
        int at = raw.indexOf(COMMAND);
        if (at < 0) {
            return;
        }
        PrintStream out = System.out;
        ImportSettings settings;
        try {
            settings = parse(raw.subList(at + 1, raw.size()));
        } catch (IllegalArgumentException e) {
            out.println("Fehler: " + e.getMessage());
            out.println("Aufruf: java -jar ris.jar import-oparl <system-url> [--body <body-url>] [--since <yyyy-MM-ddTHH:mm:ss+01:00>]"
                    + " [--full] [--delay-ms N] [--concurrency N] [--page-size N] [--no-files]");
            System.exit(SpringApplication.exit(context, () -> 2));
            return;
        }
        OparlImporter.Result result = importer.run(settings, out);
        out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(result.report()));
        out.flush();
        System.exit(SpringApplication.exit(context, () -> result.success() ? 0 : 1));
    }

    static ImportSettings parse(List<String> args) {
        String system = null;
        String body = null;
        OffsetDateTime since = null;
        boolean full = false;
        boolean files = true;
        long delay = ImportSettings.DEFAULT_DELAY_MILLIS;
        int concurrency = ImportSettings.DEFAULT_CONCURRENCY;
        int retries = ImportSettings.DEFAULT_RETRIES;
        long retryBase = ImportSettings.DEFAULT_RETRY_BASE_MILLIS;
        int pageSize = 0;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            boolean inline = a.contains("=");
            if (name.startsWith("--") && !List.of("--full", "--no-files").contains(name)) {
                if (!inline && i + 1 >= args.size()) {
                    throw new IllegalArgumentException(name + " braucht einen Wert");
                }
            }
            String v = inline ? a.substring(a.indexOf('=') + 1) : (i + 1 < args.size() ? args.get(i + 1) : null);
            switch (name) {
                case "--body" -> body = v;
                case "--since" -> since = dateTime(v);
                case "--delay-ms" -> delay = number(name, v);
                case "--concurrency" -> concurrency = (int) number(name, v);
                case "--retries" -> retries = (int) number(name, v);
                case "--retry-base-ms" -> retryBase = number(name, v);
                case "--page-size" -> pageSize = (int) number(name, v);
                case "--full" -> full = true;
                case "--no-files" -> files = false;
                default -> {
                    if (name.startsWith("--")) {
                        // Spring Boot's own options (--server.port=…, --ris.…) pass through
                        continue;
                    }
                    if (system != null) {
                        throw new IllegalArgumentException("unerwartetes Argument " + a);
                    }
                    system = a;
                    continue;
                }
            }
            if (!inline && !List.of("--full", "--no-files").contains(name)) {
                i++;
            }
        }
        if (system == null || !(system.startsWith("http://") || system.startsWith("https://"))) {
            throw new IllegalArgumentException("die URL des OParl-System-Objekts fehlt (http:// oder https://)");
        }
        return new ImportSettings(system, body, since, full, delay, concurrency, retries, retryBase, null, files, null, pageSize);
    }

    private static long number(String name, String v) {
        try {
            long n = Long.parseLong(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " erwartet eine Zahl ≥ 0, nicht \"" + v + "\"");
        }
    }

    private static OffsetDateTime dateTime(String v) {
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(v).atZone(Values.BERLIN).toOffsetDateTime();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("--since erwartet einen Zeitpunkt wie 2024-01-31T00:00:00+01:00, nicht \"" + v + "\"");
            }
        }
    }
}
