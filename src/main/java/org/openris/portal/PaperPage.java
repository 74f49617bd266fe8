package org.openris.portal;

import java.util.List;
import org.openris.file.FileQueries.AttachedFile;
import org.openris.paper.PaperQueries.ConsultationSummary;
import org.openris.paper.PaperQueries.Originator;
import org.openris.paper.PaperQueries.PaperSummary;

/**
 * A paper as the public sees it: its data and originators, the consultation path across bodies with
 * the outcome of each step, its public documents (main file first), the combined PDF when at least
 * one document is a PDF, the paper it supplements, its supplements and related papers.
 * {@code url} is its canonical address (with the body where the reference is not unique).
 */
public record PaperPage(PaperSummary paper, String url, List<Originator> originators, List<ConsultationSummary> consultations,
                        List<AttachedFile> documents, boolean combinedPdf, PaperSummary origin, List<PaperSummary> supplements,
                        List<PaperSummary> related) {

    public boolean supplement() {
        return paper.reference() != null && paper.reference().matches(".*-E[0-9]+");
    }

    public AttachedFile mainDocument() {
        return documents.stream().filter(d -> "MAIN".equals(d.role())).findFirst().orElse(null);
    }

    public List<AttachedFile> attachments() {
        return documents.stream().filter(d -> !"MAIN".equals(d.role())).toList();
    }
}
