package org.openris.backoffice.masterdata;

import java.util.List;
import java.util.Set;
import org.openris.backoffice.BackofficePages;
import org.openris.backoffice.ChangeLog;
import org.openris.backoffice.StaffUser;
import org.openris.identity.SignedInUser;
import org.openris.identity.StaffRoles;
import org.openris.shared.UiText;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** What every master-data page needs: the role check, the frame, the notice after a redirect, the history. */
@Component
class MasterDataSupport {

    private static final Set<String> NOTICES = Set.of("angelegt", "gespeichert", "eingetragen", "beendet", "gewechselt", "anonymisiert");

    private final BackofficePages pages;
    private final ChangeLog changes;
    private final UiText text;
    private final JsonMapper json;

    MasterDataSupport(BackofficePages pages, ChangeLog changes, UiText text, JsonMapper json) {
        this.json = json;
        this.pages = pages;
        this.changes = changes;
        this.text = text;
    }

    UiText text() {
        return text;
    }

    /** Council office of any organization or administrator; everyone else gets the German 403 page. */
    StaffUser staff(SignedInUser user) {
        return pages.require(user, StaffRoles.Assignments::anyClerk);
    }

    static void forbidUnless(boolean allowed) {
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** Fills the model with text, frame and the notice named by {@code hinweis} (unknown ones are ignored). */
    void prepare(Model model, StaffUser staff, CsrfToken csrf, String hinweis) {
        model.addAttribute("text", text);
        model.addAttribute("page", pages.frame(staff, "masterdata", csrf));
        model.addAttribute("notice", hinweis != null && NOTICES.contains(hinweis) ? text.get("masterdata.notice." + hinweis) : null);
    }

    List<HistoryLine> history(String objectType, long id) {
        return changes.of(objectType, id).stream().map(e -> HistoryLine.of(e, json, text)).toList();
    }
}
