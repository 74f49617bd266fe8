package org.openris.memberarea;

import java.util.Map;
import org.openris.identity.SignedInUser;
import org.openris.shared.UiText;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The member's start page (Mandatsträger-Portal); reachable only after a completed login. */
@Controller
class DashboardController {

    /** Outcomes of the consent form, as named in the redirect, to their message keys. */
    static final Map<String, String> CONSENT_NOTICES = Map.of(
            "erteilt", "dashboard.consent.notice.given",
            "widerrufen", "dashboard.consent.notice.revoked",
            "unveraendert", "dashboard.consent.notice.unchanged");

    private final Dashboards dashboards;
    private final org.openris.minutes.MinutesWorkQueries minutes;
    private final UiText text;

    DashboardController(Dashboards dashboards, org.openris.minutes.MinutesWorkQueries minutes, UiText text) {
        this.dashboards = dashboards;
        this.minutes = minutes;
        this.text = text;
    }

    @GetMapping("/mitglieder")
    String dashboard(SignedInUser user, CsrfToken csrf, @RequestParam(name = "livestream", required = false) String consent,
                     Model model) {
        model.addAttribute("text", text);
        model.addAttribute("user", user);
        model.addAttribute("csrf", csrf);
        model.addAttribute("page", dashboards.build(user, consent == null ? null : CONSENT_NOTICES.get(consent), null));
        model.addAttribute("signatures", user.personId() == null ? java.util.List.of() : minutes.awaiting(user.viewer(), user.personId()));
        return "memberarea/dashboard";
    }
}
