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

/** "Mein Konto": change the password, renew the recovery codes. */
@Controller
class AccountController {

    private final AccountSettings settings;
    private final LoginSession loginSession;
    private final UiText text;

    AccountController(AccountSettings settings, LoginSession loginSession, UiText text) {
        this.settings = settings;
        this.loginSession = loginSession;
        this.text = text;
    }

    @GetMapping("/konto")
    String account(@RequestParam(name = "geaendert", required = false) String changed, SignedInUser user, CsrfToken csrf, Model model) {
        return page(model, user, csrf, List.of(), changed != null ? "account.passwordChanged" : null, List.of());
    }

    @PostMapping("/konto/passwort")
    String changePassword(@RequestParam(name = "current", defaultValue = "") String current,
                          @RequestParam(name = "password", defaultValue = "") String password,
                          @RequestParam(name = "repeated", defaultValue = "") String repeated,
                          SignedInUser user, CsrfToken csrf, HttpServletRequest request, HttpServletResponse response, Model model) {
        AccountSettings.Change change = settings.changePassword(user, current, password, repeated, ClientAddress.of(request));
        if (change.done()) {
            loginSession.passwordChangedHere(request);
            return "redirect:/konto?geaendert";
        }
        response.setStatus(422);
        return page(model, user, csrf, change.problems(), null, List.of());
    }

    @PostMapping("/konto/wiederherstellungscodes")
    String renewRecoveryCodes(@RequestParam(name = "code", defaultValue = "") String code, SignedInUser user, CsrfToken csrf,
                              HttpServletRequest request, HttpServletResponse response, Model model) {
        AccountSettings.Change change = settings.renewRecoveryCodes(user, code, ClientAddress.of(request));
        if (!change.done()) {
            response.setStatus(422);
        }
        return page(model, user, csrf, change.problems(), change.done() ? "account.codesRenewed" : null, change.recoveryCodes());
    }

    private String page(Model model, SignedInUser user, CsrfToken csrf, List<String> problems, String noticeKey, List<String> codes) {
        model.addAttribute("text", text);
        model.addAttribute("user", user);
        model.addAttribute("csrf", csrf);
        model.addAttribute("problems", problems);
        model.addAttribute("noticeKey", noticeKey);
        model.addAttribute("codes", codes);
        model.addAttribute("unusedCodes", settings.unusedRecoveryCodes(user));
        return "identity/account";
    }
}
