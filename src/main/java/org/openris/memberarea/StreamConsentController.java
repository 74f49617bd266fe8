package org.openris.memberarea;

import org.openris.shared.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openris.identity.AuditTrail;
import org.openris.identity.ClientAddress;
import org.openris.identity.SignedInUser;
import org.openris.person.StreamConsents;
import org.openris.shared.UiText;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Gives or revokes the consent to livestream and recording for a term (a plain form post with CSRF
 * token). Each change is written in one transaction and recorded in the audit log.
 */
@Controller
class StreamConsentController {

    private final StreamConsents consents;
    private final AuditTrail audit;
    private final Dashboards dashboards;
    private final UiText text;

    StreamConsentController(StreamConsents consents, AuditTrail audit, Dashboards dashboards, UiText text) {
        this.consents = consents;
        this.audit = audit;
        this.dashboards = dashboards;
        this.text = text;
    }

    @PostMapping("/mitglieder/livestream")
    String declare(SignedInUser user, @RequestParam(required = false) String term, @RequestParam(required = false) String action,
                   HttpServletRequest request, HttpServletResponse response, CsrfToken csrf, Model model) {
        Long termId = PathIds.parse(term);
        StreamConsents.Change change = StreamConsents.Change.UNKNOWN_TERM;
        if (user.personId() != null && termId != null && ("erteilen".equals(action) || "widerrufen".equals(action))) {
            change = "erteilen".equals(action) ? consents.give(user.personId(), termId) : consents.revoke(user.personId(), termId);
        }
        if (change == StreamConsents.Change.GIVEN || change == StreamConsents.Change.REVOKED) {
            audit.record(user.userId(), ClientAddress.of(request), change == StreamConsents.Change.GIVEN
                    ? AuditTrail.Action.STREAM_CONSENT_GIVEN : AuditTrail.Action.STREAM_CONSENT_REVOKED, "legislative_term", termId, null);
        }
        switch (change) {
            case GIVEN:
                return "redirect:/mitglieder?livestream=erteilt#livestream";
            case REVOKED:
                return "redirect:/mitglieder?livestream=widerrufen#livestream";
            case UNCHANGED:
                return "redirect:/mitglieder?livestream=unveraendert#livestream";
            default:
                response.setStatus(422);
                model.addAttribute("text", text);
                model.addAttribute("user", user);
                model.addAttribute("csrf", csrf);
                model.addAttribute("page", dashboards.build(user, null, "dashboard.consent.error"));
                return "memberarea/dashboard";
        }
    }
}
