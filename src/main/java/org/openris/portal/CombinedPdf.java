package org.openris.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.openris.file.FileQueries;
import org.openris.file.FileQueries.AttachedFile;
import org.openris.file.FileQueries.FileContent;
import org.openris.file.FileStore;
import org.openris.shared.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One PDF of a paper with all its public PDF documents, main file first, attachments in order, with
 * a bookmark per document (PDFBox merge). Only files the public may see are read (the gate decides
 * through {@link FileQueries}); a document whose content is missing or unreadable is left out and
 * logged, never answered with an error page.
 */
@Component
class CombinedPdf {

    private static final Logger LOG = LoggerFactory.getLogger(CombinedPdf.class);

    private final FileQueries files;
    private final FileStore store;

    CombinedPdf(FileQueries files, FileStore store) {
        this.files = files;
        this.store = store;
    }

    /** The public PDF documents of a paper, in order. */
    List<AttachedFile> parts(long paperId) {
        return files.filesOfPaper(Viewer.anonymous(), paperId).stream()
                .filter(f -> "application/pdf".equalsIgnoreCase(f.mimeType())).toList();
    }

    /** The merged PDF, or null when no public PDF document could be read. */
    byte[] render(long paperId, String title) throws IOException {
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument target = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDDocumentOutline outline = new PDDocumentOutline();
            PDFMergerUtility merger = new PDFMergerUtility();
            for (AttachedFile part : parts(paperId)) {
                FileContent content = files.content(Viewer.anonymous(), part.id()).orElse(null);
                Path path = content == null ? null : store.path(content.storageKey());
                if (path == null || !Files.isReadable(path)) {
                    LOG.warn("combined PDF of paper {}: content of file {} missing", paperId, part.id());
                    continue;
                }
                PDDocument source;
                try {
                    source = Loader.loadPDF(path.toFile(), IOUtils.createTempFileOnlyStreamCache());
                } catch (IOException e) {
                    LOG.warn("combined PDF of paper {}: file {} is not a readable PDF ({})", paperId, part.id(), e.getMessage());
                    continue;
                }
                sources.add(source);
                if (source.isEncrypted() || source.getNumberOfPages() == 0) {
                    LOG.warn("combined PDF of paper {}: file {} is encrypted or empty, left out", paperId, part.id());
                    continue;
                }
                int firstPage = target.getNumberOfPages();
                merger.appendDocument(target, source);
                PDPage first = target.getPage(firstPage);
                PDPageFitDestination destination = new PDPageFitDestination();
                destination.setPage(first);
                PDOutlineItem bookmark = new PDOutlineItem();
                bookmark.setTitle(part.name());
                bookmark.setDestination(destination);
                outline.addLast(bookmark);
            }
            if (target.getNumberOfPages() == 0) {
                return null;
            }
            target.getDocumentCatalog().setDocumentOutline(outline);
            target.getDocumentCatalog().setLanguage("de-DE");
            target.getDocumentInformation().setTitle(title);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            target.save(out);
            return out.toByteArray();
        } finally {
            for (PDDocument source : sources) {
                source.close();
            }
        }
    }
}
