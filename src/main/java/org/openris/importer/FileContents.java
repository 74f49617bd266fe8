package org.openris.importer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openris.file.FileStore;
import tools.jackson.databind.JsonNode;

/**
 * Downloads file contents (accessUrl, then downloadUrl), checks the checksums the source gives
 * (sha512Checksum, sha256Checksum) and puts them into the file store (content-addressed, so a repeated
 * download of the same content costs no space). A page's files are fetched in parallel before the
 * page's transaction starts ({@link #prefetch}); a file already imported with the same {@code modified}
 * is not downloaded again.
 */
final class FileContents implements AutoCloseable {

    /** The content of one file, or why there is none; {@code reuse}: keep what is stored. */
    record Result(FileStore.StoredContent content, String contentType, String failure, boolean reuse) {
    }

    private final FileStore store;
    private final SourceClient client;
    private final ImportReport report;
    private final ImportStore importStore;
    private final ImportSettings settings;
    private final Map<String, Result> results = new ConcurrentHashMap<>();
    private final ExecutorService pool;

    FileContents(FileStore store, SourceClient client, ImportReport report, ImportStore importStore, ImportSettings settings) {
        this.store = store;
        this.client = client;
        this.report = report;
        this.importStore = importStore;
        this.settings = settings;
        this.pool = Executors.newFixedThreadPool(settings.concurrency(), r -> {
            Thread t = new Thread(r, "import-file");
            t.setDaemon(true);
            return t;
        });
    }

    /** Downloads the files of a page's objects (anything with an accessUrl) in parallel. */
    void prefetch(List<JsonNode> objects) {
        List<JsonNode> found = new ArrayList<>();
        objects.forEach(o -> collect(o, found));
        List<Future<?>> running = new ArrayList<>();
        for (JsonNode file : found) {
            String id = file.path("id").asString("");
            if (!id.isEmpty() && !results.containsKey(id)) {
                running.add(pool.submit(() -> results.put(id, load(file))));
            }
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                // the synchronous get() below tries again and reports
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> found) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            if (node.has("accessUrl") || node.has("downloadUrl")) {
                found.add(node);
            }
            node.forEach(child -> collect(child, found));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, found));
        }
    }

    Result get(JsonNode file) {
        String id = file.path("id").asString("");
        Result r = results.get(id);
        if (r == null) {
            r = load(file);
            results.put(id, r);
        }
        return r;
    }

    /** Forget the page's results (after its transaction). */
    void clear() {
        results.clear();
    }

    private Result load(JsonNode file) {
        Values v = new Values(file, report);
        if (!settings.files()) {
            return new Result(null, null, "Dateien ausgelassen (--no-files)", false);
        }
        if (unchanged(v)) {
            return new Result(null, null, null, true);
        }
        List<String> urls = new ArrayList<>();
        if (v.text("accessUrl") != null) {
            urls.add(v.text("accessUrl"));
        }
        if (v.text("downloadUrl") != null && !urls.contains(v.text("downloadUrl"))) {
            urls.add(v.text("downloadUrl"));
        }
        String failure = "keine accessUrl";
        for (String url : urls) {
            try {
                SourceClient.Answer answer = client.get(url);
                if (!answer.ok()) {
                    failure = url + " HTTP " + answer.status();
                    continue;
                }
                byte[] body = answer.body();
                String sha512 = hex("SHA-512", body);
                String wanted512 = v.text("sha512Checksum");
                String wanted256 = v.text("sha256Checksum");
                if (wanted512 != null && !wanted512.equalsIgnoreCase(sha512)) {
                    report.warn(Warning.CHECKSUM_MISMATCH, v.url(), "sha512Checksum " + abbreviate(wanted512) + " ≠ " + abbreviate(sha512));
                    return new Result(null, null, "Prüfsumme falsch", false);
                }
                if (wanted256 != null && !wanted256.equalsIgnoreCase(hex("SHA-256", body))) {
                    report.warn(Warning.CHECKSUM_MISMATCH, v.url(), "sha256Checksum " + abbreviate(wanted256));
                    return new Result(null, null, "Prüfsumme falsch", false);
                }
                FileStore.StoredContent content = store.put(body);
                report.downloaded(body.length);
                return new Result(content, answer.contentType(), null, false);
            } catch (SourceClient.SourceUnavailable e) {
                failure = e.getMessage();
            }
        }
        report.warn(Warning.FILE_UNAVAILABLE, v.url(), failure);
        return new Result(null, null, failure, false);
    }

    /** Imported before, content present, and the source's modified is the stored one: no download. */
    private boolean unchanged(Values v) {
        return importStore.source(v.url()).filter(s -> s.contentHash() != null).map(s -> {
            java.time.OffsetDateTime modified = v.dateTime("modified");
            return modified != null && importStore.jdbc().sql("SELECT count(*) FROM stored_file WHERE id = :id AND modified = :m")
                    .param("id", s.localId()).param("m", modified).query(Long.class).single() > 0
                    && store.contains(importStore.jdbc().sql("SELECT storage_key FROM stored_file WHERE id = :id").param("id", s.localId())
                    .query(String.class).single());
        }).orElse(false);
    }

    private static String abbreviate(String hex) {
        return hex.length() > 16 ? hex.substring(0, 16) + "…" : hex;
    }

    static String hex(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " missing from the JDK", e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
