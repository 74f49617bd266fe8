package org.openris.memberarea;

import java.util.List;
import org.openris.file.FileQueries.AttachedFile;
import org.openris.paper.PaperQueries.ConsultationSummary;
import org.openris.paper.PaperQueries.PaperSummary;

/**
 * A paper as the member may see it: its consultation path, documents, supplements, its text (plain
 * paragraphs with highlighted passages marked) and the annotations panel.
 */
public record PaperPage(PaperSummary paper, boolean nonPublic, List<ConsultationSummary> consultations, List<AttachedFile> documents,
                        List<PaperSummary> supplements, List<List<TextSegment>> text, AnnotationPanel annotations) {

    public boolean supplement() {
        return paper.reference() != null && paper.reference().matches(".*-E[0-9]+");
    }
}
