package org.openris.feed;

import org.openris.shared.PathIds;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.openris.body.BodyQueries;
import org.openris.decision.DecisionQueries;
import org.openris.organization.OrganizationQueries;
import org.openris.organization.OrganizationQueries.OrganizationSummary;
import org.openris.paper.PaperQueries;
import org.openris.paper.PaperQueries.FeedPaper;
import org.openris.shared.GermanFormats;
import org.openris.shared.UiText;
import org.openris.shared.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Atom feeds: new papers (all, per organization on the consultation path, per originating department
 * or faction) and new decisions; the newest {@value #ENTRIES} entries of the past two years. Always as
 * the anonymous public; a hidden organization answers 404 like a missing one.
 */
@Controller
class AtomFeedController {

    static final int ENTRIES = 50;

    private final PaperQueries papers;
    private final DecisionQueries decisions;
    private final OrganizationQueries organizations;
    private final BodyQueries bodies;
    private final FeedEntries entries;
    private final AtomWriter writer;
    private final FeedLinks links;
    private final UiText text;
    private final Clock clock;

    AtomFeedController(PaperQueries papers, DecisionQueries decisions, OrganizationQueries organizations, BodyQueries bodies,
                       FeedEntries entries, AtomWriter writer, FeedLinks links, UiText text, Clock clock) {
        this.papers = papers;
        this.decisions = decisions;
        this.organizations = organizations;
        this.bodies = bodies;
        this.entries = entries;
        this.writer = writer;
        this.links = links;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/feeds/vorlagen.atom")
    ResponseEntity<byte[]> papers(HttpServletResponse response) {
        return paperFeed("feed/vorlagen", text.get("feed.papers.all", site()), "/feeds/vorlagen.atom",
                papers.newest(Viewer.anonymous(), since(), ENTRIES), response);
    }

    @GetMapping("/feeds/gremien/{id}/vorlagen.atom")
    ResponseEntity<byte[]> papersOfOrganization(@PathVariable String id, HttpServletResponse response) {
        OrganizationSummary organization = organization(id);
        return paperFeed("feed/gremium/" + organization.id() + "/vorlagen", text.get("feed.papers.organization", organization.name()),
                "/feeds/gremien/" + organization.id() + "/vorlagen.atom",
                papers.newestConsultedBy(Viewer.anonymous(), organization.id(), since(), ENTRIES), response);
    }

    @GetMapping("/feeds/einreicher/{id}/vorlagen.atom")
    ResponseEntity<byte[]> papersOfOriginator(@PathVariable String id, HttpServletResponse response) {
        OrganizationSummary organization = organization(id);
        return paperFeed("feed/einreicher/" + organization.id() + "/vorlagen", text.get("feed.papers.originator", organization.name()),
                "/feeds/einreicher/" + organization.id() + "/vorlagen.atom",
                papers.newestOriginatedBy(Viewer.anonymous(), organization.id(), since(), ENTRIES), response);
    }

    @GetMapping("/feeds/beschluesse.atom")
    ResponseEntity<byte[]> decisions(HttpServletResponse response) {
        List<AtomEntry> items = decisions.newest(Viewer.anonymous(), since(), ENTRIES).stream().map(entries::decision).toList();
        return respond(new AtomWriter.Head(links.tag("feed/beschluesse"), text.get("feed.decisions.all", site()),
                links.absolute("/feeds/beschluesse.atom"), links.absolute("/"), site()), items, response);
    }

    private ResponseEntity<byte[]> paperFeed(String tag, String title, String path, List<FeedPaper> found, HttpServletResponse response) {
        List<AtomEntry> items = found.stream().map(entries::paper).toList();
        return respond(new AtomWriter.Head(links.tag(tag), title, links.absolute(path), links.absolute("/"), site()), items, response);
    }

    private ResponseEntity<byte[]> respond(AtomWriter.Head head, List<AtomEntry> items, HttpServletResponse response) {
        OffsetDateTime changed = items.isEmpty() ? null : AtomWriter.newest(items);
        return FeedResponses.of(FeedResponses.utf8(writer.write(head, items)), FeedResponses.ATOM, changed, clock, response);
    }

    private OrganizationSummary organization(String id) {
        return organizations.findById(Viewer.anonymous(), PathIds.required(id)).orElseThrow(PathIds::notFound);
    }

    private String site() {
        return bodies.mainBody().map(BodyQueries.BodySummary::name).orElse(text.get("feed.site"));
    }

    /** Midnight (Europe/Berlin) two years ago. */
    private OffsetDateTime since() {
        return LocalDate.now(clock.withZone(GermanFormats.BERLIN)).minusYears(2).atStartOfDay(GermanFormats.BERLIN).toOffsetDateTime();
    }
}
