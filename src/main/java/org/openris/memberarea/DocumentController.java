package org.openris.memberarea;

import org.openris.shared.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openris.file.FileQueries;
import org.openris.file.FileQueries.FileContent;
import org.openris.file.FileStore;
import org.openris.file.SafeFileName;
import org.openris.identity.SignedInUser;
import org.openris.shared.UiText;
import org.openris.shared.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Documents for members: the document page (data, text, annotations) and the download. PDFs open
 * inline, anything else is offered as a download; the name is made safe for the header. Hidden and
 * missing documents both answer 404; reading a non-public one is recorded in the audit log.
 */
@Controller
class DocumentController {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentController.class);

    private final DocumentPages pages;
    private final FileQueries files;
    private final FileStore store;
    private final NonPublicReads reads;
    private final UiText text;

    DocumentController(DocumentPages pages, FileQueries files, FileStore store, NonPublicReads reads, UiText text) {
        this.pages = pages;
        this.files = files;
        this.store = store;
        this.reads = reads;
        this.text = text;
    }

    @GetMapping("/mitglieder/dokumente/{id}")
    String document(@PathVariable String id, @RequestParam(name = "hinweis", required = false) String notice, SignedInUser user,
                    CsrfToken csrf, HttpServletRequest request, Model model) {
        DocumentPage page = pages.build(MemberView.reader(user, request), PathIds.required(id), null, notice)
                .orElseThrow(PathIds::notFound);
        return MemberView.render(model, text, user, csrf, "memberarea/document", page);
    }

    @GetMapping("/mitglieder/dateien/{id}")
    ResponseEntity<FileSystemResource> download(@PathVariable String id, SignedInUser user, HttpServletRequest request) {
        long fileId = PathIds.required(id);
        Viewer viewer = user.viewer();
        FileContent file = files.content(viewer, fileId).orElseThrow(PathIds::notFound);
        Path path = store.path(file.storageKey());
        if (!Files.isReadable(path)) {
            LOG.warn("content of file {} missing in the file store", fileId);
            throw PathIds.notFound();
        }
        String range = request.getHeader(HttpHeaders.RANGE);
        if ((range == null || range.startsWith("bytes=0-")) && files.findById(Viewer.anonymous(), fileId).isEmpty()) {
            reads.record(MemberView.reader(user, request), "file", fileId);
        }
        boolean pdf = "application/pdf".equalsIgnoreCase(file.mimeType());
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.contentDisposition(pdf, file.fileName(), file.id()))
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(path));
    }
}
