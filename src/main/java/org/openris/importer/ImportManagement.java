package org.openris.importer;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The importer for the admin screen (issue 8): starts a run in the background of the application
 * (one at a time), tells where it stands, and reads past runs with their reports. Input is checked
 * here: only http(s), and — unless {@code ris.importer.allow-private-addresses} — no source in a
 * private network or on this host, for every request of the run ({@link AddressPolicy}, SSRF).
 * Rejections are results with German message keys per field, not exceptions.
 */
@Service
public class ImportManagement implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ImportManagement.class);
    public static final long MAX_DELAY_MILLIS = 60_000;
    public static final int MAX_CONCURRENCY = 16;

    private final OparlImporter importer;
    private final ImportStore store;
    private volatile boolean privateAddresses;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "oparl-import");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Running> running = new AtomicReference<>();

    ImportManagement(OparlImporter importer, ImportStore store,
                     @Value("${ris.importer.allow-private-addresses:false}") boolean privateAddresses) {
        this.importer = importer;
        this.store = store;
        this.privateAddresses = privateAddresses;
    }

    /** What the admin asks for; null numbers take the defaults. */
    public record StartRequest(String systemUrl, String bodyUrl, boolean full, Long delayMillis, Integer concurrency, boolean files) {
    }

    /** The run started, or the reasons (message keys per field: systemUrl, bodyUrl, delayMillis, concurrency, form). */
    public record StartOutcome(Long run, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** The import running in this application now, with its latest progress (null before the first page). */
    public record Current(long run, String systemUrl, OffsetDateTime startedAt, ImportProgress progress) {
    }

    public record RunSummary(long id, String systemUrl, String bodyUrl, OffsetDateTime modifiedSince, String status,
                             OffsetDateTime startedAt, OffsetDateTime finishedAt, long objects, long warnings, long unmapped, boolean active) {
    }

    public record Counts(String type, long created, long updated, long unchanged, long deleted, long skipped) {
    }

    public record WarningGroup(String kind, String description, long count, List<String> examples) {
    }

    public record Unmapped(String type, String id, String reason) {
    }

    public record RunReport(RunSummary run, List<Counts> counts, List<WarningGroup> warnings, List<Unmapped> unmapped,
                            long unmappedTotal, long filesDownloaded, long bytesDownloaded, String error) {
    }

    private record Running(long run, String systemUrl, OffsetDateTime startedAt, AtomicReference<ImportProgress> progress) {
    }

    public boolean privateAddressesAllowed() {
        return privateAddresses;
    }

    /** Tests import from a server on this host (the setting is read at start). */
    void allowPrivateAddresses(boolean allowed) {
        this.privateAddresses = allowed;
    }

    public synchronized StartOutcome start(StartRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (running.get() != null) {
            errors.put("form", "import.error.running");
            return new StartOutcome(null, errors);
        }
        String system = trimmed(request.systemUrl());
        String body = trimmed(request.bodyUrl());
        check(system, "systemUrl", true, errors);
        check(body, "bodyUrl", false, errors);
        long delay = request.delayMillis() == null ? ImportSettings.DEFAULT_DELAY_MILLIS : request.delayMillis();
        int concurrency = request.concurrency() == null ? ImportSettings.DEFAULT_CONCURRENCY : request.concurrency();
        if (delay < 0 || delay > MAX_DELAY_MILLIS) {
            errors.put("delayMillis", "import.error.delay");
        }
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            errors.put("concurrency", "import.error.concurrency");
        }
        if (!errors.isEmpty()) {
            return new StartOutcome(null, errors);
        }
        ImportSettings settings = new ImportSettings(system, body, null, request.full(), delay, concurrency, ImportSettings.DEFAULT_RETRIES,
                ImportSettings.DEFAULT_RETRY_BASE_MILLIS, null, request.files(), null, 0, privateAddresses);
        PrintStream log = new PrintStream(new LogStream(), true, StandardCharsets.UTF_8);
        OparlImporter.Prepared prepared = importer.prepare(settings, log);
        OffsetDateTime started = store.jdbc().sql("SELECT started_at FROM import_run WHERE id = :id").param("id", prepared.run())
                .query(OffsetDateTime.class).single();
        Running now = new Running(prepared.run(), system, started, new AtomicReference<>());
        running.set(now);
        executor.execute(() -> {
            try {
                OparlImporter.Result result = importer.execute(prepared, settings, log, now.progress()::set);
                LOG.info("Import-Lauf {} beendet: {}", result.run(), result.success() ? "vollständig" : "abgebrochen");
            } catch (RuntimeException e) {
                LOG.error("Import-Lauf {} fehlgeschlagen", prepared.run(), e);
            } finally {
                running.set(null);
            }
        });
        return new StartOutcome(prepared.run(), Map.of());
    }

    /** http(s) only; a private or local address only where allowed. The system URL is required. */
    private void check(String url, String field, boolean required, Map<String, String> errors) {
        if (url == null) {
            if (required) {
                errors.put(field, "import.error.urlMissing");
            }
            return;
        }
        String refusal = AddressPolicy.refusal(url);
        if (refusal == null) {
            return;
        }
        boolean web = url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8);
        if (!web || refusal.startsWith("keine gültige") || refusal.startsWith("Adresse ohne")) {
            errors.put(field, "import.error.url");
        } else if (refusal.startsWith("Rechnername")) {
            errors.put(field, "import.error.unknownHost");
        } else if (!privateAddresses) {
            errors.put(field, "import.error.private");
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Optional<Current> current() {
        Running r = running.get();
        return r == null ? Optional.empty() : Optional.of(new Current(r.run(), r.systemUrl(), r.startedAt(), r.progress().get()));
    }

    public List<RunSummary> runs(int limit) {
        Running r = running.get();
        return store.jdbc().sql("SELECT id, system_url, body_url, modified_since, status, started_at, finished_at, report FROM import_run"
                        + " WHERE deleted_at IS NULL ORDER BY started_at DESC, id DESC LIMIT :limit")
                .param("limit", Math.max(1, Math.min(limit, 500)))
                .query((rs, n) -> summary(rs, r)).list();
    }

    public Optional<RunReport> report(long id) {
        Running r = running.get();
        return store.jdbc().sql("SELECT id, system_url, body_url, modified_since, status, started_at, finished_at, report FROM import_run"
                        + " WHERE id = :id AND deleted_at IS NULL")
                .param("id", id).query((rs, n) -> {
                    JsonNode json = Documents.STRICT.readTree(rs.getString("report"));
                    List<Counts> counts = new ArrayList<>();
                    JsonNode c = json.path("counts");
                    for (String type : c.propertyNames()) {
                        JsonNode t = c.path(type);
                        counts.add(new Counts(type, t.path("new").asLong(0), t.path("updated").asLong(0), t.path("unchanged").asLong(0),
                                t.path("deleted").asLong(0), t.path("skipped").asLong(0)));
                    }
                    List<WarningGroup> warnings = new ArrayList<>();
                    JsonNode w = json.path("warnings");
                    for (String kind : w.propertyNames()) {
                        List<String> examples = new ArrayList<>();
                        w.path(kind).path("examples").forEach(e -> examples.add(e.asString()));
                        warnings.add(new WarningGroup(kind, w.path(kind).path("description").asString(""), w.path(kind).path("count").asLong(0),
                                examples));
                    }
                    List<Unmapped> unmapped = new ArrayList<>();
                    json.path("unmapped").forEach(u -> unmapped.add(new Unmapped(u.path("type").asString(""), u.path("id").asString(""),
                            u.path("reason").asString(""))));
                    return new RunReport(summary(rs, r), counts, warnings, unmapped, json.path("unmappedTotal").asLong(0),
                            json.path("filesDownloaded").asLong(0), json.path("bytesDownloaded").asLong(0),
                            json.has("error") ? json.path("error").asString() : null);
                }).optional();
    }

    /** The stored report of a run as JSON, as the command prints it. */
    public Optional<String> reportJson(long id) {
        return store.jdbc().sql("SELECT report::text FROM import_run WHERE id = :id AND deleted_at IS NULL").param("id", id)
                .query(String.class).optional()
                .map(text -> tools.jackson.databind.json.JsonMapper.builder().enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .build().writeValueAsString(Documents.STRICT.readTree(text)));
    }

    private static RunSummary summary(java.sql.ResultSet rs, Running r) throws java.sql.SQLException {
        JsonNode json = Documents.STRICT.readTree(rs.getString("report"));
        long objects = 0;
        for (JsonNode t : json.path("counts")) {
            for (JsonNode n : t) {
                objects += n.asLong(0);
            }
        }
        long warnings = 0;
        for (JsonNode w : json.path("warnings")) {
            warnings += w.path("count").asLong(0);
        }
        long id = rs.getLong("id");
        return new RunSummary(id, rs.getString("system_url"), rs.getString("body_url"), rs.getObject("modified_since", OffsetDateTime.class),
                rs.getString("status"), rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
                objects, warnings, json.path("unmappedTotal").asLong(0), r != null && r.run() == id);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** The command's progress lines go to the application log when the import runs in the background. */
    private static final class LogStream extends OutputStream {
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                LOG.info(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}
