package org.openris.memberarea;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.openris.identity.ClientAddress;
import org.openris.identity.SignatureConfirmation;
import org.openris.identity.SignedInUser;
import org.openris.meeting.MeetingCommandResult;
import org.openris.minutes.MinutesSigning;
import org.openris.minutes.MinutesWorkQueries;
import org.openris.shared.PathIds;
import org.openris.shared.UiText;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /mitglieder/unterschriften}: the minutes a member has to sign as chair or co-signer
 * (issue 7). The member reads the frozen text with its SHA-256 and signs in their own session,
 * confirming with a current code of their authenticator app. Minutes the member is not designated
 * for answer 404 like anything hidden.
 */
@Controller
class SignatureController {

    private final MinutesWorkQueries minutes;
    private final MinutesSigning signing;
    private final SignatureConfirmation confirmation;
    private final UiText text;

    SignatureController(MinutesWorkQueries minutes, MinutesSigning signing, SignatureConfirmation confirmation, UiText text) {
        this.minutes = minutes;
        this.signing = signing;
        this.confirmation = confirmation;
        this.text = text;
    }

    @GetMapping("/mitglieder/unterschriften")
    String list(SignedInUser user, CsrfToken csrf, Model model) {
        Object notice = model.getAttribute("notice");
        List<MinutesWorkQueries.Awaiting> awaiting = user.personId() == null ? List.of() : minutes.awaiting(user.viewer(), user.personId());
        return MemberView.render(model, text, user, csrf, "memberarea/signatures",
                new SignaturePage(awaiting, null, null, false, Map.of(), notice == null ? null : notice.toString()));
    }

    @GetMapping("/mitglieder/unterschriften/{minutesId}")
    String show(SignedInUser user, CsrfToken csrf, @PathVariable("minutesId") String minutesId, Model model) {
        return page(user, csrf, minutesId, Map.of(), model);
    }

    @PostMapping("/mitglieder/unterschriften/{minutesId}")
    String sign(SignedInUser user, CsrfToken csrf, @PathVariable("minutesId") String minutesId, @RequestParam Map<String, String> form,
                Model model, RedirectAttributes redirect, HttpServletRequest request) {
        MinutesWorkQueries.Version v = visible(user, minutesId);
        if (!"ja".equals(form.get("confirm"))) {
            return page(user, csrf, minutesId, Map.of("confirm", "minutes.error.confirm"), model);
        }
        if (!confirmation.confirms(user, form.get("code"), ClientAddress.of(request), "minutes", v.id())) {
            return page(user, csrf, minutesId, Map.of("code", "minutes.error.code"), model);
        }
        MeetingCommandResult result = signing.sign(v.id(), new MinutesSigning.Signer(user.userId(), user.personId()));
        if (!result.ok()) {
            return page(user, csrf, minutesId, result.errors(), model);
        }
        redirect.addFlashAttribute("notice", text.get("minutes.notice.signed"));
        return "redirect:/mitglieder/unterschriften";
    }

    private String page(SignedInUser user, CsrfToken csrf, String minutesId, Map<String, String> errors, Model model) {
        MinutesWorkQueries.Version v = visible(user, minutesId);
        List<MinutesWorkQueries.Awaiting> awaiting = minutes.awaiting(user.viewer(), user.personId());
        MinutesWorkQueries.Awaiting entry = awaiting.stream().filter(a -> a.minutesId() == v.id()).findFirst().orElse(null);
        String meetingName = entry == null ? null : entry.meetingName();
        return MemberView.render(model, text, user, csrf, "memberarea/signature",
                new SignaturePage(List.of(), v, meetingName, entry != null, errors, null));
    }

    /** A version released for signature in which the member is designated to sign; otherwise 404. */
    private MinutesWorkQueries.Version visible(SignedInUser user, String minutesId) {
        if (user.personId() == null) {
            throw PathIds.notFound();
        }
        MinutesWorkQueries.Version v = minutes.findById(user.viewer(), PathIds.required(minutesId)).orElseThrow(PathIds::notFound);
        boolean designated = v.signatures().stream().anyMatch(s -> s.personId() != null && s.personId().equals(user.personId()));
        if (!designated || !"IN_SIGNATURE".equals(v.state())) {
            throw PathIds.notFound();
        }
        return v;
    }
}
