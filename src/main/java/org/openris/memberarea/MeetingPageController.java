package org.openris.memberarea;

import org.openris.shared.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import org.openris.identity.SignedInUser;
import org.openris.shared.UiText;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A meeting with its full agenda for members; hidden and missing meetings both answer 404. */
@Controller
class MeetingPageController {

    private final MeetingPages pages;
    private final UiText text;

    MeetingPageController(MeetingPages pages, UiText text) {
        this.pages = pages;
        this.text = text;
    }

    @GetMapping("/mitglieder/sitzungen/{id}")
    String meeting(@PathVariable String id, SignedInUser user, CsrfToken csrf, HttpServletRequest request, Model model) {
        MeetingPage page = pages.build(MemberView.reader(user, request), PathIds.required(id)).orElseThrow(PathIds::notFound);
        return MemberView.render(model, text, user, csrf, "memberarea/meeting", page);
    }
}
