package org.openris.memberarea;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.openris.decision.DecisionQueries.FollowUpSummary;
import org.openris.decision.DecisionQueries.RecusalSummary;
import org.openris.file.FileQueries.FileChange;
import org.openris.meeting.MeetingQueries.MeetingChange;
import org.openris.meeting.MeetingQueries.OwnMeeting;
import org.openris.notification.NotificationPreferences;
import org.openris.organization.OrganizationQueries.CurrentMembership;
import org.openris.paper.PaperQueries.PaperChange;
import org.openris.person.StreamConsents.TermConsent;

/**
 * The member's start page. {@code previousVisit} is null on the first visit, and then nothing is
 * listed as new. {@code consentNotice}/{@code consentError} are message keys after a consent form;
 * {@code notifications} the member's e-mail settings (summarised, linked to their page).
 */
public record DashboardPage(boolean hasPerson, List<CurrentMembership> memberships, List<OwnMeeting> meetings,
                            OffsetDateTime previousVisit, List<MeetingChange> newMeetings, List<PaperChange> newPapers,
                            List<FileChange> newFiles, int newLimit, List<FollowUpSummary> followUps, LocalDate today,
                            List<RecusalSummary> recusals, List<TermConsent> consents, String consentNotice,
                            String consentError, NotificationPreferences notifications) {

    public boolean nothingNew() {
        return newMeetings.isEmpty() && newPapers.isEmpty() && newFiles.isEmpty();
    }

    public boolean overdue(FollowUpSummary followUp) {
        return followUp.dueDate() != null && followUp.dueDate().isBefore(today);
    }

    /** Message keys of the notification kinds switched on, in the order of the settings page. */
    public List<String> notificationsOn() {
        List<String> on = new java.util.ArrayList<>();
        if (notifications.invitation()) {
            on.add("notifications.short.invitation");
        }
        if (notifications.supplement()) {
            on.add("notifications.short.supplement");
        }
        if (notifications.newDocuments()) {
            on.add("notifications.short.newDocuments");
        }
        return on;
    }
}
