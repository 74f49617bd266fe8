package org.openris.oparl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openris.file.FileStore;
import org.openris.shared.Viewer;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * File contents for {@code accessUrl} (inline) and {@code downloadUrl} (attachment with a meaningful
 * name). Conditional GET (ETag = SHA-256, Last-Modified) and Range requests are answered by Spring
 * MVC from the headers and the file resource. Hidden files answer 404, deleted public ones 410.
 */
@Component
class OparlFiles {

    private final OparlQueries queries;
    private final FileStore store;

    OparlFiles(OparlQueries queries, FileStore store) {
        this.queries = queries;
        this.store = store;
    }

    ResponseEntity<?> serve(long id, boolean download) {
        Map<String, Object> row = queries.object(Viewer.anonymous(), OparlType.FILE, id).orElseThrow(OparlController::notFound);
        if (Boolean.TRUE.equals(row.get("is_deleted"))) {
            throw new OparlException(410, "Die Datei wurde gelöscht.");
        }
        Path path = store.path(row.get("storage_key").toString());
        if (!Files.isReadable(path)) {
            throw new OparlException(404, "Der Inhalt der Datei ist nicht verfügbar.");
        }
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(row.get("file_name").toString(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(row.get("mime_type").toString()))
                .eTag("\"" + row.get("sha256").toString().trim() + "\"")
                .lastModified(OparlFormat.instant(row.get("modified")).toInstant())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(path));
    }
}
