package org.openris.feed;

import java.util.ArrayList;
import java.util.List;
import org.openris.decision.DecisionQueries.FeedDecision;
import org.openris.paper.PaperQueries.FeedPaper;
import org.openris.shared.GermanFormats;
import org.openris.shared.UiText;
import org.springframework.stereotype.Component;

/**
 * Papers and decisions as Atom entries with readable German titles that carry the paper number
 * ("20070-21: Radverkehrskonzept Innenstadt"), a plain-text summary and links to the portal pages.
 */
@Component
class FeedEntries {

    private final FeedLinks links;
    private final UiText text;

    FeedEntries(FeedLinks links, UiText text) {
        this.links = links;
        this.text = text;
    }

    AtomEntry paper(FeedPaper paper) {
        List<String> summary = new ArrayList<>();
        summary.add(paper.date() == null ? text.get("feed.paper.summary.undated", paper.paperType())
                : text.get("feed.paper.summary", paper.paperType(), GermanFormats.date(paper.date())));
        if (paper.originators() != null) {
            summary.add(text.get("feed.paper.originators", paper.originators()));
        }
        if (paper.underDirectionOf() != null) {
            summary.add(text.get("feed.paper.underDirection", paper.underDirectionOf()));
        }
        return new AtomEntry(links.tag("vorlage/" + paper.id()), text.get("feed.paper.title", paper.reference(), paper.name()),
                String.join(". ", summary) + ".", links.paper(paper.id(), paper.reference()), null, paper.paperType(),
                paper.created(), paper.modified());
    }

    AtomEntry decision(FeedDecision decision) {
        String outcome = text.get("outcome." + decision.outcome());
        String title = decision.paperReference() != null
                ? text.get("feed.decision.title", decision.paperReference(), decision.paperName(), outcome)
                : text.get("feed.decision.title.item", decision.agendaItemNumber(), decision.agendaItemName(), outcome);
        List<String> summary = new ArrayList<>();
        String day = GermanFormats.date(decision.meetingStart());
        summary.add(decision.meetingNumber() != null
                ? text.get("feed.decision.meeting", decision.organizationName(), String.valueOf(decision.meetingNumber()), day)
                : text.get("feed.decision.meeting.unnumbered", decision.organizationName(), day));
        summary.add(text.get("feed.decision.item", decision.agendaItemNumber(), decision.agendaItemName()));
        if (decision.subject() != null && !decision.subject().isBlank()) {
            summary.add(text.get("feed.decision.subject", decision.subject()));
        }
        summary.add(text.get("feed.decision.outcome", outcome));
        if (decision.yesCount() != null && decision.noCount() != null && decision.abstainCount() != null) {
            summary.add(text.get("feed.decision.votes", String.valueOf(decision.yesCount()), String.valueOf(decision.noCount()),
                    String.valueOf(decision.abstainCount())));
        }
        return new AtomEntry(links.tag("beschluss/" + decision.id()), title, String.join(". ", summary) + ".",
                links.meeting(decision.meetingId()), decision.paperId() == null ? null : links.paper(decision.paperId(), decision.paperReference()),
                outcome, decision.created(), decision.modified());
    }
}
