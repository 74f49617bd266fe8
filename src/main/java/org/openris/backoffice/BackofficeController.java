package org.openris.backoffice;

import org.openris.identity.SignedInUser;
import org.openris.identity.StaffRoles;
import org.openris.shared.UiText;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's start page and the administrators' change log. */
@Controller
class BackofficeController {

    private final BackofficePages pages;
    private final ChangeLog changes;
    private final UiText text;

    BackofficeController(BackofficePages pages, ChangeLog changes, UiText text) {
        this.pages = pages;
        this.changes = changes;
        this.text = text;
    }

    @GetMapping("/verwaltung")
    String start(SignedInUser user, CsrfToken csrf, Model model) {
        model.addAttribute("text", text);
        model.addAttribute("page", pages.frame(user, null, csrf));
        return "backoffice/start";
    }

    @GetMapping("/verwaltung/protokoll")
    String changeLog(SignedInUser user, CsrfToken csrf, Model model) {
        StaffUser staff = pages.require(user, StaffRoles.Assignments::administrator);
        model.addAttribute("text", text);
        model.addAttribute("page", pages.frame(staff, "changes", csrf));
        model.addAttribute("entries", changes.latest(200));
        return "backoffice/changes";
    }
}
