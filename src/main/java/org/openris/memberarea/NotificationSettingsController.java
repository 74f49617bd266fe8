package org.openris.memberarea;

import org.openris.identity.SignedInUser;
import org.openris.notification.NotificationPreferences;
import org.openris.notification.NotificationSettings;
import org.openris.shared.UiText;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The member's e-mail notification settings (linked from every notification mail): one checkbox per
 * kind, a plain form post with CSRF token, post/redirect/get with a confirmation. An unchecked box
 * is simply missing from the form, so every kind not sent is off.
 */
@Controller
class NotificationSettingsController {

    static final String PATH = "/mitglieder/benachrichtigungen";

    private final NotificationSettings settings;
    private final UiText text;

    NotificationSettingsController(NotificationSettings settings, UiText text) {
        this.settings = settings;
        this.text = text;
    }

    @GetMapping(PATH)
    String settings(@RequestParam(name = "gespeichert", required = false) String saved, SignedInUser user, CsrfToken csrf, Model model) {
        return MemberView.render(model, text, user, csrf, "memberarea/notifications",
                new NotificationSettingsPage(settings.of(user.userId()), saved != null));
    }

    @PostMapping(PATH)
    String save(@RequestParam(name = "invitation", required = false) String invitation,
                @RequestParam(name = "supplement", required = false) String supplement,
                @RequestParam(name = "newDocuments", required = false) String newDocuments, SignedInUser user) {
        settings.update(user.userId(), new NotificationPreferences(invitation != null, supplement != null, newDocuments != null));
        return "redirect:" + PATH + "?gespeichert";
    }
}
