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
import org.springframework.web.bind.annotation.RequestParam;

/** A paper with its consultations, documents and the member's annotations; hidden and missing papers both answer 404. */
@Controller
class PaperPageController {

    private final PaperPages pages;
    private final UiText text;

    PaperPageController(PaperPages pages, UiText text) {
        this.pages = pages;
        this.text = text;
    }

    @GetMapping("/mitglieder/vorlagen/{id}")
    String paper(@PathVariable String id, @RequestParam(name = "hinweis", required = false) String notice, SignedInUser user,
                 CsrfToken csrf, HttpServletRequest request, Model model) {
        PaperPage page = pages.build(MemberView.reader(user, request), PathIds.required(id), null, notice)
                .orElseThrow(PathIds::notFound);
        return MemberView.render(model, text, user, csrf, "memberarea/paper", page);
    }
}
