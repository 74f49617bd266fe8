package org.openris.memberarea;

import java.time.OffsetDateTime;
import java.util.List;
import org.openris.decision.DecisionQueries.MeetingDecision;
import org.openris.meeting.MeetingQueries.AgendaItemSummary;
import org.openris.meeting.MeetingQueries.MeetingSummary;
import org.openris.minutes.MinutesQueries.MinutesSummary;

/**
 * A meeting with its full agenda as the member may see it: non-public items are included for the
 * entitled and marked, each item with its papers and documents. Documents attached after the
 * invitation went out ({@code invitedAt}) are supplements. Decisions and minutes are listed as the
 * facades return them (the member's part of the minutes only once signed).
 */
public record MeetingPage(MeetingSummary meeting, boolean nonPublicMeeting, OffsetDateTime invitedAt, List<Item> agenda,
                          List<Document> documents, List<MeetingDecision> decisions, List<MinutesSummary> minutes) {

    public boolean hasNonPublicItems() {
        return agenda.stream().anyMatch(Item::nonPublic);
    }

    /** An agenda item; {@code depth} 0 for "3", 1 for "3.1". */
    public record Item(AgendaItemSummary item, boolean nonPublic, int depth, List<Paper> papers, List<Document> documents) {
    }

    /** A paper dealt with under an item, with its documents (main document first). */
    public record Paper(long id, String reference, String name, boolean supplement, List<Document> documents) {
    }

    /** A document with its download link target {@code id}. */
    public record Document(long id, String name, String fileName, String mimeType, long size, String role, String label,
                           boolean supplement) {
    }
}
