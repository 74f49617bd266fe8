package org.openris.memberarea;

import java.util.List;
import java.util.Optional;
import org.openris.file.FileQueries;
import org.openris.identity.SignedInUser;
import org.openris.paper.PaperQueries;
import org.openris.paper.PaperQueries.PaperSummary;
import org.openris.shared.Viewer;
import org.springframework.stereotype.Component;

/** Builds the member's paper page and records a non-public paper's reading in the audit log. */
@Component
class PaperPages {

    private final PaperQueries papers;
    private final FileQueries files;
    private final AnnotationPanels panels;
    private final NonPublicReads reads;

    PaperPages(PaperQueries papers, FileQueries files, AnnotationPanels panels, NonPublicReads reads) {
        this.papers = papers;
        this.files = files;
        this.panels = panels;
        this.reads = reads;
    }

    Optional<PaperPage> build(NonPublicReads.Reader reader, long id, AnnotationPanels.FormState form, String notice) {
        SignedInUser user = reader.user();
        Viewer viewer = user.viewer();
        Optional<PaperSummary> paper = papers.findById(viewer, id);
        if (paper.isEmpty()) {
            return Optional.empty();
        }
        boolean nonPublic = papers.findById(Viewer.anonymous(), id).isEmpty();
        List<String> paragraphs = PlainText.paragraphsOfHtml(paper.get().text());
        AnnotationPanel panel = panels.build(user, AnnotationTarget.paper(id), !paragraphs.isEmpty(), form, notice);
        List<String> highlights = panel.annotations().stream().filter(Annotation::highlight).map(Annotation::quote).toList();
        List<List<TextSegment>> text = paragraphs.stream().map(p -> PlainText.mark(p, highlights)).toList();
        if (nonPublic) {
            reads.record(reader, "paper", id);
        }
        return Optional.of(new PaperPage(paper.get(), nonPublic, papers.consultations(viewer, id), files.filesOfPaper(viewer, id),
                papers.subordinated(viewer, id), text, panel));
    }
}
