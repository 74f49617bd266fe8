package org.openris.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openris.shared.UiText;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** First login step: user name and password (the second factor follows in {@link SecondFactorController}). */
@Controller
class LoginController {

    private final PasswordLogin passwordLogin;
    private final LoginSession loginSession;
    private final SsoProperties sso;
    private final UiText text;

    LoginController(PasswordLogin passwordLogin, LoginSession loginSession, SsoProperties sso, UiText text) {
        this.passwordLogin = passwordLogin;
        this.loginSession = loginSession;
        this.sso = sso;
        this.text = text;
    }

    @GetMapping("/anmelden")
    String form(@RequestParam(name = "abgemeldet", required = false) String loggedOut,
                @RequestParam(name = "abgelaufen", required = false) String expired,
                @RequestParam(name = "passwortNeu", required = false) String passwordChanged,
                @RequestParam(name = "sso-abgelehnt", required = false) String ssoRefused,
                @RequestParam(name = "sso-fehler", required = false) String ssoFailed,
                @RequestParam(name = "sso-nicht-erreichbar", required = false) String ssoUnavailable,
                HttpServletRequest request, HttpServletResponse response, CsrfToken csrf, Model model) {
        if (request.getAttribute(SsoCallbackThrottle.THROTTLED) != null) {
            // forwarded from a throttled SSO callback
            response.setStatus(429);
            return page(model, csrf, "", "login.throttled", null);
        }
        if (SignedInUsers.current().isPresent()) {
            return "redirect:/mitglieder";
        }
        String notice = loggedOut != null ? "login.loggedOut" : expired != null ? "login.expired"
                : passwordChanged != null ? "login.passwordChanged" : null;
        String error = !sso.configured() ? null
                : ssoRefused != null ? "sso.refused" : ssoFailed != null ? "sso.failed" : ssoUnavailable != null ? "sso.unavailable" : null;
        return page(model, csrf, "", error, notice);
    }

    @PostMapping("/anmelden")
    String submit(@RequestParam(name = "username", defaultValue = "") String username,
                  @RequestParam(name = "password", defaultValue = "") String password,
                  HttpServletRequest request, HttpServletResponse response, CsrfToken csrf, Model model) {
        LoginOutcome outcome = passwordLogin.attempt(username, password, ClientAddress.of(request));
        if (outcome instanceof LoginOutcome.Accepted accepted) {
            loginSession.passwordAccepted(request, accepted.account().id());
            return accepted.account().secondFactorConfirmed() ? "redirect:/anmelden/code" : "redirect:/anmelden/einrichten";
        }
        boolean throttled = outcome instanceof LoginOutcome.Throttled;
        response.setStatus(throttled ? 429 : 200);
        return page(model, csrf, username, throttled ? "login.throttled" : "login.rejected", null);
    }

    private String page(Model model, CsrfToken csrf, String username, String errorKey, String noticeKey) {
        model.addAttribute("text", text);
        model.addAttribute("csrf", csrf);
        model.addAttribute("username", username.length() > AccountKey.MAX_LENGTH ? "" : username);
        model.addAttribute("error", errorKey == null ? null : text.get(errorKey, sso.name()));
        model.addAttribute("noticeKey", noticeKey);
        model.addAttribute("ssoButton", sso.configured() ? text.get("login.sso", sso.name()) : null);
        model.addAttribute("ssoStart", SsoProperties.START_PATH);
        return "identity/login";
    }
}
