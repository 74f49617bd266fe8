package org.openris.memberarea;

import java.util.List;
import java.util.Optional;
import org.openris.file.FileQueries;
import org.openris.file.FileQueries.FileSummary;
import org.openris.identity.SignedInUser;
import org.openris.shared.Viewer;
import org.springframework.stereotype.Component;

/** Builds the member's document page and records a non-public document's reading in the audit log. */
@Component
class DocumentPages {

    private final FileQueries files;
    private final AnnotationPanels panels;
    private final NonPublicReads reads;

    DocumentPages(FileQueries files, AnnotationPanels panels, NonPublicReads reads) {
        this.files = files;
        this.panels = panels;
        this.reads = reads;
    }

    Optional<DocumentPage> build(NonPublicReads.Reader reader, long id, AnnotationPanels.FormState form, String notice) {
        SignedInUser user = reader.user();
        Viewer viewer = user.viewer();
        Optional<FileSummary> file = files.findById(viewer, id);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        boolean nonPublic = files.findById(Viewer.anonymous(), id).isEmpty();
        List<String> paragraphs = PlainText.paragraphsOfText(files.text(viewer, id).orElse(null));
        AnnotationPanel panel = panels.build(user, AnnotationTarget.file(id), !paragraphs.isEmpty(), form, notice);
        List<String> highlights = panel.annotations().stream().filter(Annotation::highlight).map(Annotation::quote).toList();
        if (nonPublic) {
            reads.record(reader, "file", id);
        }
        return Optional.of(new DocumentPage(file.get(), nonPublic,
                paragraphs.stream().map(p -> PlainText.mark(p, highlights)).toList(), panel));
    }
}
