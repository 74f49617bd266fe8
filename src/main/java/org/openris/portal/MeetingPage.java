package org.openris.portal;

import java.util.List;
import org.openris.decision.DecisionQueries.FactionPosition;
import org.openris.decision.DecisionQueries.MeetingDecision;
import org.openris.decision.DecisionQueries.RollCallBallot;
import org.openris.file.FileQueries.AttachedFile;
import org.openris.file.FileQueries.OwnedFile;
import org.openris.meeting.MeetingQueries.AgendaItemSummary;
import org.openris.meeting.MeetingQueries.MeetingSummary;
import org.openris.minutes.MinutesQueries.MinutesSummary;
import org.openris.paper.PaperQueries.ConsultationSummary;

/**
 * A meeting as the public sees it: header, its documents (invitation, minutes, attachments), the
 * public agenda with papers, outcomes, resolution texts and votes (with the factions' positions),
 * and the published public minutes.
 */
public record MeetingPage(MeetingSummary meeting, List<AttachedFile> documents, List<Item> agenda, List<MinutesSummary> minutes) {

    /** An agenda item with the papers treated under it, its files and its decisions. */
    /** {@code links}: link attachments of the item ("Anlage 2: Video der Präsentation"). */
    public record Item(AgendaItemSummary item, List<Paper> papers, List<OwnedFile> files, List<Decision> decisions,
                       List<org.openris.meeting.MeetingQueries.ItemLink> links) {
    }

    public record Paper(ConsultationSummary consultation, List<OwnedFile> files) {
    }

    /** {@code ballots}: the named ballots of a roll-call vote (empty for any other vote). */
    public record Decision(MeetingDecision decision, List<FactionPosition> factionPositions, List<RollCallBallot> ballots) {

        /** The ballots of one kind (YES, NO, ABSTAIN, NOT_VOTED), in the order of the attendance list. */
        public List<RollCallBallot> cast(String ballot) {
            return ballots.stream().filter(b -> b.ballot().equals(ballot)).toList();
        }
    }
}
