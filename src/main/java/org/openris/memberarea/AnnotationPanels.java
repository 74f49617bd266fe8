package org.openris.memberarea;

import java.util.List;
import java.util.Map;
import org.openris.identity.SignedInUser;
import org.openris.organization.OrganizationQueries;
import org.openris.shared.UiText;
import org.springframework.stereotype.Component;

/** Assembles the annotation panel of a paper or document page. */
@Component
class AnnotationPanels {

    /** Notices after a successful form, as named in the redirect, to their message keys. */
    static final Map<String, String> NOTICES = Map.of("gespeichert", "annotation.notice.saved", "geloescht", "annotation.notice.deleted");

    private final AnnotationQueries annotations;
    private final OrganizationQueries organizations;
    private final UiText text;

    AnnotationPanels(AnnotationQueries annotations, OrganizationQueries organizations, UiText text) {
        this.annotations = annotations;
        this.organizations = organizations;
        this.text = text;
    }

    /** The panel; {@code state} carries a rejected form (or nothing), {@code notice} the outcome of the last form. */
    AnnotationPanel build(SignedInUser user, AnnotationTarget target, boolean hasText, FormState state, String notice) {
        List<OrganizationQueries.CurrentMembership> factions = user.personId() == null ? List.of()
                : organizations.currentMembershipsOf(user.viewer(), user.personId()).stream()
                .filter(OrganizationQueries.CurrentMembership::faction).toList();
        FormState form = state == null ? FormState.none() : state;
        List<String> errors = form.problems().stream().map(p -> text.get(p.key(), p.args())).toList();
        return new AnnotationPanel(target.page() + "/anmerkungen", annotations.on(user, target), factions, user.personId() != null,
                hasText, form.editing(), form.draft(), errors, notice == null ? null : NOTICES.get(notice));
    }

    /** A rejected form to show again. */
    record FormState(Long editing, AnnotationDraft draft, List<Annotations.Problem> problems) {

        static FormState none() {
            return new FormState(null, AnnotationDraft.empty(), List.of());
        }
    }
}
