package org.openris.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Extracts the text of stored files for search (PDF with PDFBox, plain text as is). The state lives
 * in {@code stored_file}: a file whose {@code text_extracted_at} is NULL is pending, so a run that
 * stops (crash, shutdown) resumes with the next file. Writes only the text columns; the touch
 * trigger moves {@code modified}, which tells the search index to pick the text up.
 */
@Service
public class TextExtraction {

    private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);
    /** Longest text kept per file (characters); longer documents are cut. */
    static final int MAX_CHARS = 2_000_000;

    private final JdbcClient jdbc;
    private final FileStore store;

    TextExtraction(JdbcClient jdbc, FileStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** Files whose text has not been extracted yet. */
    public long pending() {
        return jdbc.sql("SELECT count(*) FROM stored_file WHERE text_extracted_at IS NULL AND deleted_at IS NULL")
                .query(Long.class).single();
    }

    /** Extracts the next {@code limit} pending files (lowest id first); returns how many were processed. */
    public int extractNext(int limit) {
        List<Pending> next = jdbc.sql("SELECT id, mime_type, storage_key FROM stored_file WHERE text_extracted_at IS NULL"
                        + " AND deleted_at IS NULL ORDER BY id LIMIT :limit")
                .param("limit", Math.max(1, limit)).query(Pending.class).list();
        for (Pending file : next) {
            String text = null;
            String error = null;
            try {
                text = extract(file);
            } catch (IOException | RuntimeException e) {
                error = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
                log.warn("Text von Datei {} konnte nicht gelesen werden: {}", file.id(), error);
            }
            jdbc.sql("UPDATE stored_file SET text_content = :text, text_extraction_error = :error, text_extracted_at = now()"
                            + " WHERE id = :id AND text_extracted_at IS NULL")
                    .param("text", text).param("error", error).param("id", file.id()).update();
        }
        return next.size();
    }

    private String extract(Pending file) throws IOException {
        if (!store.contains(file.storageKey())) {
            throw new IOException("Inhalt fehlt im Dateispeicher");
        }
        if ("application/pdf".equals(file.mimeType())) {
            try (InputStream in = store.open(file.storageKey());
                 PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
                return clean(new PDFTextStripper().getText(document));
            }
        }
        if (file.mimeType() != null && file.mimeType().startsWith("text/plain")) {
            try (InputStream in = store.open(file.storageKey())) {
                return clean(new String(in.readNBytes(MAX_CHARS), StandardCharsets.UTF_8));
            }
        }
        return null;
    }

    /** Without NUL characters (PostgreSQL text refuses them), collapsed blank lines, at most {@link #MAX_CHARS}. */
    static String clean(String text) {
        String cleaned = text.replace('\u0000', ' ').replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        if (cleaned.length() > MAX_CHARS) {
            cleaned = cleaned.substring(0, MAX_CHARS);
        }
        return cleaned.isEmpty() ? null : cleaned;
    }

    record Pending(long id, String mimeType, String storageKey) {
    }
}
