package org.openris.accessibility;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.openris.identity.ClientAddress;
import org.openris.shared.GermanFormats;
import org.openris.shared.UiText;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The accessibility statement {@code /barrierefreiheit} (BITV 2.0 model) with its feedback form. */
@Controller
class AccessibilityController {

    private final AccessibilityFeedback feedback;
    private final AccessibilitySettings settings;
    private final UiText text;

    AccessibilityController(AccessibilityFeedback feedback, AccessibilitySettings settings, UiText text) {
        this.feedback = feedback;
        this.settings = settings;
        this.text = text;
    }

    @GetMapping("/barrierefreiheit")
    String statement(CsrfToken csrf, Model model) {
        return page(model, csrf, "", "", "", List.of(), false);
    }

    @PostMapping("/barrierefreiheit")
    String submit(@RequestParam(name = "name", defaultValue = "") String name, @RequestParam(name = "email", defaultValue = "") String email,
                  @RequestParam(name = "message", defaultValue = "") String message, HttpServletRequest request,
                  HttpServletResponse response, CsrfToken csrf, Model model) {
        AccessibilityFeedback.Outcome outcome = feedback.submit(name.strip(), email.strip(), message, ClientAddress.of(request));
        switch (outcome.result()) {
            case SENT:
                return page(model, csrf, "", "", "", List.of(), true);
            case INVALID:
                response.setStatus(422);
                break;
            case THROTTLED:
                response.setStatus(429);
                break;
            default:
                response.setStatus(503);
                break;
        }
        return page(model, csrf, name, email, message, outcome.errors(), false);
    }

    private String page(Model model, CsrfToken csrf, String name, String email, String message, List<String> errors, boolean sent) {
        model.addAttribute("text", text);
        model.addAttribute("csrf", csrf);
        model.addAttribute("page", new StatementPage(settings.operator(), GermanFormats.date(java.time.LocalDate.parse(settings.statementDate())),
                GermanFormats.date(java.time.LocalDate.parse(settings.reviewedDate())), settings.feedbackTo(), settings.enforcementName(), settings.enforcementUrl(),
                name, email, message, errors, sent));
        return "accessibility/statement";
    }
}
