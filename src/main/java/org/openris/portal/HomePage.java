package org.openris.portal;

import java.util.List;
import org.openris.decision.DecisionQueries.LatestDecision;
import org.openris.meeting.MeetingQueries.MeetingSummary;

/** What the start page shows: the body, the next public meetings, the latest decisions and what is published. */
public record HomePage(String bodyName, List<MeetingSummary> upcoming, List<LatestDecision> latestDecisions, List<Count> counts) {

    public record Count(String labelKey, long value) {
    }
}
