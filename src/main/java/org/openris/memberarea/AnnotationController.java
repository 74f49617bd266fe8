package org.openris.memberarea;

import org.openris.shared.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openris.identity.SignedInUser;
import org.openris.shared.UiText;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Adds, changes and deletes annotations with plain form posts (CSRF token, no JavaScript needed).
 * Success redirects back to the page (post/redirect/get); rejected input shows the page again with
 * the German messages and what was typed (422); anything not the member's to see or change is 404.
 */
@Controller
class AnnotationController {

    private final Annotations annotations;
    private final PaperPages papers;
    private final DocumentPages documents;
    private final UiText text;

    AnnotationController(Annotations annotations, PaperPages papers, DocumentPages documents, UiText text) {
        this.annotations = annotations;
        this.papers = papers;
        this.documents = documents;
        this.text = text;
    }

    @PostMapping("/mitglieder/vorlagen/{id}/anmerkungen")
    String createOnPaper(@PathVariable String id, Form form, SignedInUser user, CsrfToken csrf, HttpServletRequest request,
                         HttpServletResponse response, Model model) {
        AnnotationDraft draft = form.draft();
        return answer(annotations.create(user, AnnotationTarget.paper(PathIds.required(id)), draft), null, draft, "gespeichert",
                user, csrf, request, response, model);
    }

    @PostMapping("/mitglieder/dokumente/{id}/anmerkungen")
    String createOnDocument(@PathVariable String id, Form form, SignedInUser user, CsrfToken csrf, HttpServletRequest request,
                            HttpServletResponse response, Model model) {
        AnnotationDraft draft = form.draft();
        return answer(annotations.create(user, AnnotationTarget.file(PathIds.required(id)), draft), null, draft, "gespeichert",
                user, csrf, request, response, model);
    }

    @PostMapping("/mitglieder/anmerkungen/{id}")
    String update(@PathVariable String id, Form form, SignedInUser user, CsrfToken csrf, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        long annotationId = PathIds.required(id);
        AnnotationDraft draft = form.draft();
        return answer(annotations.update(user, annotationId, draft), annotationId, draft, "gespeichert", user, csrf, request, response, model);
    }

    @PostMapping("/mitglieder/anmerkungen/{id}/loeschen")
    String delete(@PathVariable String id, SignedInUser user, CsrfToken csrf, HttpServletRequest request, HttpServletResponse response,
                  Model model) {
        return answer(annotations.delete(user, PathIds.required(id)), null, AnnotationDraft.empty(), "geloescht", user, csrf, request,
                response, model);
    }

    private String answer(Annotations.Outcome outcome, Long editing, AnnotationDraft draft, String notice, SignedInUser user,
                          CsrfToken csrf, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (outcome instanceof Annotations.Saved saved) {
            return "redirect:" + saved.target().page() + "?hinweis=" + notice + "#anmerkungen";
        }
        if (!(outcome instanceof Annotations.Rejected rejected)) {
            throw PathIds.notFound();
        }
        response.setStatus(422);
        AnnotationPanels.FormState state = new AnnotationPanels.FormState(editing, draft, rejected.problems());
        NonPublicReads.Reader reader = MemberView.reader(user, request);
        long target = rejected.target().id();
        if (rejected.target().kind() == AnnotationTarget.Kind.PAPER) {
            return MemberView.render(model, text, user, csrf, "memberarea/paper",
                    papers.build(reader, target, state, null).orElseThrow(PathIds::notFound));
        }
        return MemberView.render(model, text, user, csrf, "memberarea/document",
                documents.build(reader, target, state, null).orElseThrow(PathIds::notFound));
    }

    /** The form fields; missing ones are empty. */
    record Form(String kind, String quote, String note, String faction) {

        AnnotationDraft draft() {
            return new AnnotationDraft(kind == null ? "NOTE" : kind, quote == null ? "" : quote, note == null ? "" : note,
                    faction == null ? "" : faction);
        }
    }
}
