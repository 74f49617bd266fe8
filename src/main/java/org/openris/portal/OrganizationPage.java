package org.openris.portal;

import java.util.List;
import org.openris.meeting.MeetingQueries.MeetingSummary;
import org.openris.organization.OrganizationQueries.Member;
import org.openris.organization.OrganizationQueries.OrganizationEntry;
import org.openris.paper.PaperQueries.PaperSummary;

/**
 * One organization: its current members grouped by faction (a faction's own page: one group), its
 * upcoming and past meetings and the papers it consulted or submitted.
 */
public record OrganizationPage(OrganizationEntry organization, List<MemberGroup> memberGroups, int memberCount,
                               List<MeetingSummary> upcoming, List<MeetingSummary> past, boolean morePast, List<PaperSummary> papers) {

    public boolean faction() {
        return "FACTION".equals(organization.kind()) || "GROUP".equals(organization.kind());
    }

    /**
     * Members of one faction ({@code factionId} null: without faction, or the faction page itself;
     * {@code -2}: the chair and deputy chairs, listed first).
     */
    public record MemberGroup(Long factionId, String factionName, List<Member> members) {

        public boolean chairs() {
            return factionId != null && factionId == OrganizationController.CHAIR_GROUP;
        }
    }
}
