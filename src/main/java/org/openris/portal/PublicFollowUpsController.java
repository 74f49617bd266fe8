package org.openris.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.openris.decision.FollowUpQueries;
import org.openris.shared.UiText;
import org.openris.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /beschlusskontrolle}: the public follow-ups – what was asked of the administration in public session, by when, and where it stands. */
@Controller
class PublicFollowUpsController {

    private final FollowUpQueries followUps;
    private final UiText text;
    private final Clock clock;

    PublicFollowUpsController(FollowUpQueries followUps, UiText text, Clock clock) {
        this.followUps = followUps;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/beschlusskontrolle")
    String followUps(Model model) {
        model.addAttribute("text", text);
        model.addAttribute("rows", followUps.list(Viewer.anonymous()));
        model.addAttribute("today", LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))));
        return "portal/follow-ups";
    }
}
