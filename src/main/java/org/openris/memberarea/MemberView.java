package org.openris.memberarea;

import jakarta.servlet.http.HttpServletRequest;
import org.openris.identity.ClientAddress;
import org.openris.identity.SignedInUser;
import org.openris.shared.UiText;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;

/** What every member page template gets besides its page: the texts, the signed-in user and the CSRF token. */
final class MemberView {

    private MemberView() {
    }

    static String render(Model model, UiText text, SignedInUser user, CsrfToken csrf, String template, Object page) {
        model.addAttribute("text", text);
        model.addAttribute("user", user);
        model.addAttribute("csrf", csrf);
        model.addAttribute("page", page);
        return template;
    }

    static NonPublicReads.Reader reader(SignedInUser user, HttpServletRequest request) {
        return new NonPublicReads.Reader(user, ClientAddress.of(request));
    }
}
