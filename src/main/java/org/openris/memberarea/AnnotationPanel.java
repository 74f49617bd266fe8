package org.openris.memberarea;

import java.util.List;
import org.openris.organization.OrganizationQueries.CurrentMembership;

/**
 * The annotations of a paper or document and the forms to add, change and delete them.
 * {@code factions}: the reader's current factions to share with. {@code editing}: the id of the
 * annotation whose rejected change is shown again (null: the new-annotation form), with the
 * {@code draft} as typed and the German {@code errors}.
 */
public record AnnotationPanel(String action, List<Annotation> annotations, List<CurrentMembership> factions, boolean canAnnotate,
                              boolean hasText, Long editing, AnnotationDraft draft, List<String> errors, String notice) {

    public boolean editingThis(Annotation annotation) {
        return editing != null && editing == annotation.id();
    }

    public boolean errorsOnNewForm() {
        return editing == null && !errors.isEmpty();
    }
}
