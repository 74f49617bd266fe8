package org.openris.memberarea;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openris.file.FileQueries;
import org.openris.file.FileQueries.MeetingDocument;
import org.openris.identity.SignedInUser;
import org.openris.meeting.MeetingQueries;
import org.openris.meeting.MeetingQueries.OwnMeeting;
import org.openris.paper.PaperQueries;
import org.openris.shared.Viewer;
import org.springframework.stereotype.Component;

/**
 * The member's offline list: the dashboard and the next meetings of their organizations (one that began up to
 * {@link #RUNNING} ago counts: it may be going on in the session room) with their papers,
 * supplements and documents — read only through the viewer-filtered facades, like the pages
 * themselves, so nothing is listed that the member could not open.
 */
@Component
class OfflineLists {

    static final int MEETINGS = 3;
    static final Duration RUNNING = Duration.ofHours(12);
    static final int MAX_FILES = 200;
    /** The start page of the installed app: stored too, so that it opens without network. */
    static final String DASHBOARD = "/mitglieder";

    private final MeetingQueries meetings;
    private final PaperQueries papers;
    private final FileQueries files;
    private final Clock clock;

    OfflineLists(MeetingQueries meetings, PaperQueries papers, FileQueries files, Clock clock) {
        this.meetings = meetings;
        this.papers = papers;
        this.files = files;
        this.clock = clock;
    }

    /** The name of the user's offline cache on the device (also sent on every member page, see {@link OfflineCacheHeader}). */
    static String cacheName(SignedInUser user) {
        return "ris-mitglied-" + user.userId();
    }

    OfflineList build(SignedInUser user) {
        Viewer viewer = user.viewer();
        Long person = user.personId();
        if (person == null) {
            return new OfflineList(cacheName(user), List.of(DASHBOARD), List.of());
        }
        List<Long> next = meetings.upcomingFor(viewer, person, OffsetDateTime.now(clock).minus(RUNNING), MEETINGS).stream()
                .filter(m -> !m.cancelled()).map(OwnMeeting::id).toList();
        Set<String> pages = new LinkedHashSet<>(List.of(DASHBOARD));
        Set<Long> paperIds = new LinkedHashSet<>();
        for (long meeting : next) {
            pages.add("/mitglieder/sitzungen/" + meeting);
            papers.consultationsOfMeeting(viewer, meeting).forEach(c -> paperIds.add(c.paperId()));
        }
        papers.supplementsOfMeetings(viewer, next).forEach(s -> paperIds.add(s.id()));
        paperIds.forEach(id -> pages.add("/mitglieder/vorlagen/" + id));
        Map<Long, MeetingDocument> documents = new LinkedHashMap<>();
        for (MeetingDocument d : files.documentsOfMeetings(viewer, next)) {
            if (documents.size() < MAX_FILES) {
                documents.putIfAbsent(d.id(), d);
            }
        }
        List<OfflineList.Download> downloads = new ArrayList<>();
        for (MeetingDocument d : documents.values()) {
            pages.add("/mitglieder/dokumente/" + d.id());
            downloads.add(new OfflineList.Download("/mitglieder/dateien/" + d.id(),
                    d.modified() == null ? "0" : d.modified().toInstant().toString()));
        }
        return new OfflineList(cacheName(user), List.copyOf(pages), downloads);
    }
}
