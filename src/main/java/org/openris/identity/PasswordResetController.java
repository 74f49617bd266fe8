package org.openris.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.openris.shared.UiText;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Passwort vergessen": ask for a link, then set a new password with it. */
@Controller
class PasswordResetController {

    private final PasswordReset reset;
    private final UiText text;

    PasswordResetController(PasswordReset reset, UiText text) {
        this.reset = reset;
        this.text = text;
    }

    @GetMapping("/passwort-vergessen")
    String requestForm(CsrfToken csrf, Model model) {
        return requestPage(model, csrf, null, null);
    }

    @PostMapping("/passwort-vergessen")
    String request(@RequestParam(name = "account", defaultValue = "") String account, HttpServletRequest request,
                   HttpServletResponse response, CsrfToken csrf, Model model) {
        if (!reset.request(account, ClientAddress.of(request))) {
            response.setStatus(429);
            return requestPage(model, csrf, "reset.throttled", null);
        }
        return requestPage(model, csrf, null, "reset.sent");
    }

    @GetMapping("/passwort-neu")
    String newPasswordForm(@RequestParam(name = "token", defaultValue = "") String token, CsrfToken csrf,
                           HttpServletResponse response, Model model) {
        if (!reset.usable(token)) {
            response.setStatus(410);
            return newPasswordPage(model, csrf, "", List.of(), true);
        }
        return newPasswordPage(model, csrf, token, List.of(), false);
    }

    @PostMapping("/passwort-neu")
    String setPassword(@RequestParam(name = "token", defaultValue = "") String token,
                       @RequestParam(name = "password", defaultValue = "") String password,
                       @RequestParam(name = "repeated", defaultValue = "") String repeated,
                       HttpServletRequest request, HttpServletResponse response, CsrfToken csrf, Model model) {
        PasswordReset.Outcome outcome = reset.setPassword(token, password, repeated, ClientAddress.of(request));
        if (outcome.done()) {
            return "redirect:/anmelden?passwortNeu";
        }
        response.setStatus(outcome.tokenInvalid() ? 410 : 422);
        return newPasswordPage(model, csrf, outcome.tokenInvalid() ? "" : token, outcome.problems(), outcome.tokenInvalid());
    }

    private String requestPage(Model model, CsrfToken csrf, String errorKey, String noticeKey) {
        model.addAttribute("text", text);
        model.addAttribute("csrf", csrf);
        model.addAttribute("errorKey", errorKey);
        model.addAttribute("noticeKey", noticeKey);
        return "identity/reset-request";
    }

    private String newPasswordPage(Model model, CsrfToken csrf, String token, List<String> problems, boolean invalid) {
        model.addAttribute("text", text);
        model.addAttribute("csrf", csrf);
        model.addAttribute("token", token);
        model.addAttribute("problems", problems);
        model.addAttribute("invalid", invalid);
        return "identity/reset-password";
    }
}
