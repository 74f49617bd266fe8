package org.openris.backoffice.papers;

import java.util.List;
import java.util.Map;
import org.openris.backoffice.BackofficePage;
import org.openris.backoffice.ChangeLog;
import org.openris.file.FileQueries;
import org.openris.paper.PaperQueries;
import org.openris.paper.PaperWorkQueries;

/**
 * The draft form (new or existing paper) and, for an existing paper, its attachments, consultation
 * path, subordinated and related papers and history. {@code errors} maps form fields to message keys.
 */
public record PaperEditPage(BackofficePage frame, PaperWorkQueries.WorkPaper paper, PaperForm form, Map<String, String> errors,
                            List<PaperWorkQueries.PaperTypeChoice> types, List<PaperWorkQueries.Choice> units,
                            List<PaperWorkQueries.Choice> factions, List<PaperWorkQueries.Choice> persons,
                            List<PaperWorkQueries.Choice> consultingBodies, List<FileQueries.AttachedFile> files,
                            List<PaperWorkQueries.PathStep> path, List<PaperQueries.PaperSummary> subordinated,
                            List<PaperQueries.PaperSummary> related, List<ChangeLog.Entry> history, String notice,
                            long maxUploadMegabytes, boolean mayAnswer, boolean mayWithdraw, List<String> upcomingAgendas) {

    public PaperEditPage {
        // a statement answering a request is subordinated and related at once: list it once
        List<PaperQueries.PaperSummary> below = subordinated;
        related = related.stream().filter(r -> below.stream().noneMatch(b -> b.id() == r.id())).toList();
    }

    public boolean isNew() {
        return paper == null;
    }

    /** Title and text can be edited (new paper or draft). */
    public boolean editable() {
        return paper == null || paper.draft();
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean invalid(String field) {
        return errors.containsKey(field);
    }

    public String action() {
        return paper == null ? "/verwaltung/vorlagen/neu" : "/verwaltung/vorlagen/" + paper.id();
    }

    public List<String> roles() {
        return List.of("PRELIMINARY", "RECOMMENDATION", "DECISION", "TO_NOTE");
    }

    public boolean first(PaperWorkQueries.PathStep step) {
        return !path.isEmpty() && path.get(0).id() == step.id();
    }

    public boolean last(PaperWorkQueries.PathStep step) {
        return !path.isEmpty() && path.get(path.size() - 1).id() == step.id();
    }
}
