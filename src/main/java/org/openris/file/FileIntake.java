package org.openris.file;

import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an uploaded document in: checks it (not empty, within the size limit, a type recognised from
 * the content, a PDF that PDFBox can open) and stores it in the {@link FileStore} with a
 * {@code stored_file} row. The row starts with {@code text_extracted_at} NULL, which queues it for
 * the background text extraction ({@link TextExtraction}, run by the search jobs).
 */
@Service
public class FileIntake {

    /** Why a document was refused: a message key of the UI bundle and its arguments. */
    public record Rejection(String messageKey, Object... args) {
    }

    /** The checked document: either its type or why it was refused. */
    public record Checked(FileTypes.Type type, Rejection rejection) {

        public boolean accepted() {
            return rejection == null;
        }
    }

    private final JdbcClient jdbc;
    private final FileStore store;

    FileIntake(JdbcClient jdbc, FileStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** Checks an upload against the limit (bytes) and the accepted types. */
    public static Checked check(byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            return new Checked(null, new Rejection("file.upload.empty"));
        }
        if (content.length > maxBytes) {
            return new Checked(null, new Rejection("file.upload.tooBig", maxBytes / (1024 * 1024)));
        }
        Optional<FileTypes.Type> type = FileTypes.detect(content);
        if (type.isEmpty()) {
            return new Checked(null, new Rejection("file.upload.unknownType"));
        }
        if (type.get() == FileTypes.PDF && !readablePdf(content)) {
            return new Checked(null, new Rejection("file.upload.damagedPdf"));
        }
        return new Checked(type.get(), null);
    }

    static boolean readablePdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            return document.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Stores checked content and returns the new file id. {@code name} is the display name (without
     * extension); the stored file name gets the extension of the detected type.
     */
    @Transactional
    public long store(long bodyId, String name, FileTypes.Type type, byte[] content, boolean isPublic) {
        FileStore.StoredContent stored = store.put(content);
        String cleanName = name == null || name.isBlank() ? "Dokument" : name.strip();
        String fileName = SafeFileName.clean(cleanName + "." + type.extension());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO stored_file (body_id, name, file_name, mime_type, size, sha256, sha512, storage_key, date, public)"
                        + " VALUES (:body, :name, :fileName, :mime, :size, :sha256, :sha512, :key, (now() AT TIME ZONE 'Europe/Berlin')::date, :public)")
                .param("body", bodyId).param("name", cleanName).param("fileName", fileName).param("mime", type.mimeType())
                .param("size", stored.size()).param("sha256", stored.sha256()).param("sha512", stored.sha512())
                .param("key", stored.storageKey()).param("public", isPublic)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Marks a file public or not (a paper's attachments follow the paper at release). */
    @Transactional
    public void setPublic(long fileId, boolean isPublic) {
        jdbc.sql("UPDATE stored_file SET public = :public WHERE id = :id AND public <> :public")
                .param("public", isPublic).param("id", fileId).update();
    }

    /** Gives a stored file a new display name; the download name follows (with the extension it had). */
    @Transactional
    public void rename(long fileId, String name) {
        String fileName = jdbc.sql("SELECT file_name FROM stored_file WHERE id = :id").param("id", fileId).query(String.class).single();
        int dot = fileName.lastIndexOf('.');
        String extension = dot > 0 ? fileName.substring(dot) : "";
        jdbc.sql("UPDATE stored_file SET name = :name, file_name = :fileName WHERE id = :id")
                .param("name", name.strip()).param("fileName", SafeFileName.clean(name.strip() + extension)).param("id", fileId).update();
    }

    /** Marks a file deleted: it was uploaded for one document and taken off it again (downloads answer 404). */
    @Transactional
    public void discard(long fileId) {
        jdbc.sql("UPDATE stored_file SET deleted_at = now() WHERE id = :id AND deleted_at IS NULL").param("id", fileId).update();
    }
}
