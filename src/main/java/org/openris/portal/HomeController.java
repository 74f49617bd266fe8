package org.openris.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.openris.body.BodyQueries;
import org.openris.decision.DecisionQueries;
import org.openris.file.FileQueries;
import org.openris.meeting.MeetingQueries;
import org.openris.minutes.MinutesQueries;
import org.openris.organization.OrganizationQueries;
import org.openris.paper.PaperQueries;
import org.openris.person.PersonQueries;
import org.openris.shared.UiText;
import org.openris.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page of the public portal (Bürgerinformation). */
@Controller
class HomeController {

    private final BodyQueries bodies;
    private final MeetingQueries meetings;
    private final PaperQueries papers;
    private final FileQueries files;
    private final OrganizationQueries organizations;
    private final PersonQueries persons;
    private final DecisionQueries decisions;
    private final MinutesQueries minutes;
    private final UiText text;
    private final Clock clock;

    HomeController(BodyQueries bodies, MeetingQueries meetings, PaperQueries papers, FileQueries files,
                   OrganizationQueries organizations, PersonQueries persons, DecisionQueries decisions,
                   MinutesQueries minutes, UiText text, Clock clock) {
        this.bodies = bodies;
        this.meetings = meetings;
        this.papers = papers;
        this.files = files;
        this.organizations = organizations;
        this.persons = persons;
        this.decisions = decisions;
        this.minutes = minutes;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        Viewer viewer = Viewer.anonymous();
        String bodyName = bodies.mainBody().map(BodyQueries.BodySummary::name).orElse(null);
        HomePage page = new HomePage(bodyName,
                meetings.upcoming(viewer, OffsetDateTime.now(clock), 6),
                decisions.latest(viewer, 6),
                List.of(new HomePage.Count("home.counts.organizations", organizations.count(viewer)),
                        new HomePage.Count("home.counts.persons", persons.count(viewer)),
                        new HomePage.Count("home.counts.meetings", meetings.count(viewer)),
                        new HomePage.Count("home.counts.agendaItems", meetings.countAgendaItems(viewer)),
                        new HomePage.Count("home.counts.papers", papers.count(viewer)),
                        new HomePage.Count("home.counts.decisions", decisions.count(viewer)),
                        new HomePage.Count("home.counts.files", files.count(viewer)),
                        new HomePage.Count("home.counts.minutes", minutes.count(viewer))));
        model.addAttribute("text", text);
        model.addAttribute("page", page);
        return "portal/home";
    }
}
