package org.openris.alert;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.openris.identity.ClientAddress;
import org.openris.shared.UiText;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Saved-search alerts (ADR 0015): the subscription form (reached from /suche with the current
 * search), the confirmation and the unsubscribe pages. Links from mails only show a page; the
 * change itself is a POST with CSRF token, so a mail scanner opening the link changes nothing.
 */
@Controller
class AlertController {

    private final Subscriptions subscriptions;
    private final AlertSettings settings;
    private final UiText text;

    AlertController(Subscriptions subscriptions, AlertSettings settings, UiText text) {
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.text = text;
    }

    @GetMapping(AlertLinks.SUBSCRIBE)
    String form(@RequestParam Map<String, String> raw, CsrfToken csrf, Model model) {
        return formPage(model, csrf, SubscriptionForm.prefilled(raw));
    }

    @PostMapping(AlertLinks.SUBSCRIBE)
    String subscribe(@RequestParam Map<String, String> raw, @RequestParam(name = "email", defaultValue = "") String email,
                     HttpServletRequest request, HttpServletResponse response, CsrfToken csrf, Model model) {
        SubscriptionForm form = SubscriptionForm.check(email, raw, text);
        if (!form.valid()) {
            response.setStatus(422);
            return formPage(model, csrf, form);
        }
        if (subscriptions.subscribe(form.email(), form.search(), ClientAddress.of(request)) == Subscriptions.Outcome.THROTTLED) {
            response.setStatus(429);
            return notice(model, csrf, "alert.throttled.title", text.get("alert.throttled.text"), null, null, null);
        }
        return notice(model, csrf, "alert.requested.title",
                text.get("alert.requested.text", form.search().describe(text), settings.confirmationLifetime().toHours()), null, null, null);
    }

    @GetMapping(AlertLinks.CONFIRM)
    String confirmPage(@RequestParam(name = "token", defaultValue = "") String token, HttpServletResponse response, CsrfToken csrf,
                       Model model) {
        return subscriptions.pending(token)
                .map(p -> notice(model, csrf, "alert.confirm.title", text.get("alert.confirm.text", p.search().describe(text)),
                        AlertLinks.CONFIRM, token, "alert.confirm.submit"))
                .orElseGet(() -> invalid(model, csrf, response, "alert.confirm.invalid"));
    }

    @PostMapping(AlertLinks.CONFIRM)
    String confirm(@RequestParam(name = "token", defaultValue = "") String token, HttpServletResponse response, CsrfToken csrf,
                   Model model) {
        if (!subscriptions.confirm(token)) {
            return invalid(model, csrf, response, "alert.confirm.invalid");
        }
        return notice(model, csrf, "alert.confirmed.title", text.get("alert.confirmed.text", settings.digestTime().toString()), null, null, null);
    }

    @GetMapping(AlertLinks.UNSUBSCRIBE)
    String unsubscribePage(@RequestParam(name = "token", defaultValue = "") String token, HttpServletResponse response,
                           CsrfToken csrf, Model model) {
        if (!subscriptions.unsubscribable(token)) {
            return invalid(model, csrf, response, "alert.unsubscribe.invalid");
        }
        return notice(model, csrf, "alert.unsubscribe.title", text.get("alert.unsubscribe.text"), AlertLinks.UNSUBSCRIBE, token,
                "alert.unsubscribe.submit");
    }

    @PostMapping(AlertLinks.UNSUBSCRIBE)
    String unsubscribe(@RequestParam(name = "token", defaultValue = "") String token, HttpServletResponse response, CsrfToken csrf,
                       Model model) {
        if (!subscriptions.unsubscribe(token)) {
            return invalid(model, csrf, response, "alert.unsubscribe.invalid");
        }
        return notice(model, csrf, "alert.unsubscribed.title", text.get("alert.unsubscribed.text"), null, null, null);
    }

    /** A mail program that opens the List-Unsubscribe address in a browser: the same page as the link in the text. */
    @GetMapping(AlertLinks.ONE_CLICK)
    String oneClickPage(@RequestParam(name = "token", defaultValue = "") String token, HttpServletResponse response,
                        CsrfToken csrf, Model model) {
        return unsubscribePage(token, response, csrf, model);
    }

    /**
     * RFC 8058 one-click unsubscribe: the mail provider POSTs {@code List-Unsubscribe=One-Click} to
     * the address of the List-Unsubscribe header. No CSRF token (identity.CsrfExemptions): only the
     * unguessable single-use token decides; without it, or without the RFC's body, nothing changes.
     */
    @PostMapping(AlertLinks.ONE_CLICK)
    String oneClick(@RequestParam(name = "token", defaultValue = "") String token,
                    @RequestParam(name = "List-Unsubscribe", defaultValue = "") String oneClick, HttpServletResponse response,
                    CsrfToken csrf, Model model) {
        if (!"One-Click".equals(oneClick)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return notice(model, csrf, "alert.oneClick.bad.title", text.get("alert.oneClick.bad.text"), null, null, null);
        }
        return unsubscribe(token, response, csrf, model);
    }

    private String formPage(Model model, CsrfToken csrf, SubscriptionForm form) {
        model.addAttribute("text", text);
        model.addAttribute("csrf", csrf);
        model.addAttribute("form", form);
        model.addAttribute("limit", settings.maxSearchesPerAddress());
        model.addAttribute("digestTime", settings.digestTime().toString());
        return "alert/subscribe";
    }

    private String invalid(Model model, CsrfToken csrf, HttpServletResponse response, String key) {
        response.setStatus(410);
        return notice(model, csrf, key + ".title", text.get(key + ".text"), null, null, null);
    }

    private String notice(Model model, CsrfToken csrf, String titleKey, String message, String action, String token, String submitKey) {
        model.addAttribute("text", text);
        model.addAttribute("csrf", csrf);
        model.addAttribute("title", text.get(titleKey));
        model.addAttribute("message", message);
        model.addAttribute("action", action);
        model.addAttribute("token", token);
        model.addAttribute("submit", submitKey == null ? null : text.get(submitKey));
        return "alert/notice";
    }
}
