package org.openris.portal;

import org.openris.shared.PathIds;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openris.file.FileQueries;
import org.openris.file.FileQueries.FileContent;
import org.openris.file.FileStore;
import org.openris.file.SafeFileName;
import org.openris.shared.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Public documents {@code /dateien/{id}}: PDFs open in the browser, anything else is downloaded, under
 * the stored meaningful name (paper number and title) made safe for the header ({@link SafeFileName}).
 * Only files the public may see; hidden and missing both answer 404. Range and conditional requests
 * are answered by Spring MVC from the file resource.
 */
@Controller
class FileController {

    private static final Logger LOG = LoggerFactory.getLogger(FileController.class);

    private final FileQueries files;
    private final FileStore store;

    FileController(FileQueries files, FileStore store) {
        this.files = files;
        this.store = store;
    }

    @GetMapping("/dateien/{id}")
    ResponseEntity<FileSystemResource> file(@PathVariable String id) {
        long fileId = PathIds.required(id);
        FileContent file = files.content(Viewer.anonymous(), fileId).orElseThrow(PathIds::notFound);
        Path path = store.path(file.storageKey());
        if (!Files.isReadable(path)) {
            LOG.warn("content of file {} missing in the file store", fileId);
            throw PathIds.notFound();
        }
        boolean pdf = "application/pdf".equalsIgnoreCase(file.mimeType());
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : MediaType.APPLICATION_OCTET_STREAM)
                .eTag("\"" + file.sha256().trim() + "\"")
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.contentDisposition(pdf, file.fileName(), file.id()))
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(path));
    }
}
