package org.openris.backoffice.papers;

import java.util.List;
import org.openris.backoffice.BackofficePage;
import org.openris.paper.PaperWorkQueries;

/** The list of the user's papers with the filter as entered. */
public record PaperListPage(BackofficePage frame, List<PaperWorkQueries.ListedPaper> papers, List<PaperWorkQueries.PaperTypeChoice> types,
                            String state, Long paperTypeId, String search, boolean mayDraft, String notice) {

    public List<String> states() {
        return List.of("DRAFT", "RELEASED", "WITHDRAWN");
    }

    public boolean isType(long id) {
        return paperTypeId != null && paperTypeId == id;
    }
}
