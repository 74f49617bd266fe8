package org.openris.memberarea;

import org.openris.identity.SignedInUser;
import org.openris.shared.UiText;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The member's start page (Mandatsträger-Portal); reachable only after a completed login. */
@Controller
class DashboardController {

    private final UiText text;

    DashboardController(UiText text) {
        this.text = text;
    }

    @GetMapping("/mitglieder")
    String dashboard(SignedInUser user, CsrfToken csrf, Model model) {
        model.addAttribute("text", text);
        model.addAttribute("user", user);
        model.addAttribute("csrf", csrf);
        return "memberarea/dashboard";
    }
}
