package org.openris.backoffice.papers;

import java.util.List;
import org.openris.paper.PaperManagement;
import org.openris.paper.PaperWorkQueries;

/** The entered values of the draft form (kept when the form is shown again with messages). */
public record PaperForm(Long paperTypeId, String name, String text, Long originatorUnitId, List<Long> originatorFactionIds,
                        Long originatorPersonId, Long underDirectionOfId) {

    public PaperForm {
        originatorFactionIds = originatorFactionIds == null ? List.of() : List.copyOf(originatorFactionIds);
    }

    static PaperForm empty(Long unit, Long faction) {
        return new PaperForm(null, "", "", unit, faction == null ? List.of() : List.of(faction), null, unit);
    }

    static PaperForm of(PaperWorkQueries.WorkPaper paper, List<PaperWorkQueries.OriginatorRef> refs, List<PaperWorkQueries.Choice> units) {
        Long unit = null;
        Long person = null;
        List<Long> factions = new java.util.ArrayList<>();
        for (PaperWorkQueries.OriginatorRef ref : refs) {
            if (ref.personId() != null) {
                person = ref.personId();
            } else if (unit == null && units.stream().anyMatch(u -> u.id() == ref.organizationId())) {
                unit = ref.organizationId();
            } else {
                factions.add(ref.organizationId());
            }
        }
        return new PaperForm(paper.paperTypeId(), paper.name(), org.openris.paper.PaperText.forEditing(paper.text()), unit, factions, person, paper.underDirectionOfId());
    }

    PaperManagement.Draft draft() {
        return new PaperManagement.Draft(paperTypeId, name, text, originatorUnitId, originatorFactionIds, originatorPersonId, underDirectionOfId);
    }

    public boolean hasFaction(long id) {
        return originatorFactionIds.contains(id);
    }

    public boolean is(Long value, long id) {
        return value != null && value == id;
    }
}
