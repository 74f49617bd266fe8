package org.openris.memberarea;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.openris.decision.DecisionQueries;
import org.openris.file.FileQueries;
import org.openris.identity.Accounts;
import org.openris.identity.SignedInUser;
import org.openris.meeting.MeetingQueries;
import org.openris.notification.NotificationSettings;
import org.openris.organization.OrganizationQueries;
import org.openris.paper.PaperQueries;
import org.openris.person.StreamConsents;
import org.openris.shared.GermanFormats;
import org.openris.shared.Viewer;
import org.springframework.stereotype.Component;

/** Builds the member's start page from the query facades, everything through the member's viewer. */
@Component
class Dashboards {

    static final int NEW_LIMIT = 20;
    static final int MEETING_LIMIT = 10;

    private final OrganizationQueries organizations;
    private final MeetingQueries meetings;
    private final PaperQueries papers;
    private final FileQueries files;
    private final DecisionQueries decisions;
    private final StreamConsents consents;
    private final Accounts accounts;
    private final NotificationSettings notifications;
    private final Clock clock;

    Dashboards(OrganizationQueries organizations, MeetingQueries meetings, PaperQueries papers, FileQueries files,
               DecisionQueries decisions, StreamConsents consents, Accounts accounts, NotificationSettings notifications,
               Clock clock) {
        this.organizations = organizations;
        this.meetings = meetings;
        this.papers = papers;
        this.files = files;
        this.decisions = decisions;
        this.consents = consents;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
    }

    DashboardPage build(SignedInUser user, String consentNotice, String consentError) {
        Viewer viewer = user.viewer();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(GermanFormats.BERLIN).toLocalDate();
        OffsetDateTime previous = accounts.previousLogin(user.userId()).orElse(null);
        boolean again = previous != null;
        Long person = user.personId();
        return new DashboardPage(person != null,
                person == null ? List.of() : organizations.currentMembershipsOf(viewer, person),
                person == null ? List.of() : meetings.upcomingFor(viewer, person, now, MEETING_LIMIT),
                previous,
                again ? meetings.changedSince(viewer, previous, NEW_LIMIT) : List.of(),
                again ? papers.changedSince(viewer, previous, NEW_LIMIT) : List.of(),
                again ? files.changedSince(viewer, previous, NEW_LIMIT) : List.of(),
                NEW_LIMIT,
                person == null ? List.of() : decisions.openFollowUpsFor(viewer, person),
                today,
                person == null ? List.of() : decisions.recusalsOf(viewer, person),
                person == null ? List.of() : consents.ofPerson(person),
                consentNotice, consentError, notifications.of(user.userId()));
    }
}
