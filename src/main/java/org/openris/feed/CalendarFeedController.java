package org.openris.feed;

import org.openris.shared.PathIds;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.openris.body.BodyQueries;
import org.openris.meeting.MeetingQueries;
import org.openris.meeting.MeetingQueries.CalendarMeeting;
import org.openris.organization.OrganizationQueries;
import org.openris.person.PersonQueries;
import org.openris.shared.GermanFormats;
import org.openris.shared.UiText;
import org.openris.shared.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Calendar subscriptions (iCalendar): all public meetings, those of one organization, and those of
 * the organizations a person is or was a member of (while a member). Window: the past twelve months
 * and everything ahead. Always as the anonymous public; a hidden organization or person is missing.
 */
@Controller
class CalendarFeedController {

    static final int MAX_EVENTS = 5000;

    private final MeetingQueries meetings;
    private final OrganizationQueries organizations;
    private final PersonQueries persons;
    private final BodyQueries bodies;
    private final MeetingCalendar calendar;
    private final UiText text;
    private final Clock clock;

    CalendarFeedController(MeetingQueries meetings, OrganizationQueries organizations, PersonQueries persons, BodyQueries bodies,
                       MeetingCalendar calendar, UiText text, Clock clock) {
        this.meetings = meetings;
        this.organizations = organizations;
        this.persons = persons;
        this.bodies = bodies;
        this.calendar = calendar;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/kalender.ics")
    ResponseEntity<byte[]> all(HttpServletResponse response) {
        String site = bodies.mainBody().map(BodyQueries.BodySummary::name).orElse(text.get("feed.site"));
        return respond(text.get("feed.calendar.all", site), meetings.calendar(Viewer.anonymous(), windowStart(), MAX_EVENTS), response);
    }

    @GetMapping("/gremien/{id}/kalender.ics")
    ResponseEntity<byte[]> organization(@PathVariable String id, HttpServletResponse response) {
        long organizationId = PathIds.required(id);
        OrganizationQueries.OrganizationSummary organization = organizations.findById(Viewer.anonymous(), organizationId)
                .orElseThrow(PathIds::notFound);
        return respond(text.get("feed.calendar.organization", organization.name()),
                meetings.calendarOfOrganization(Viewer.anonymous(), organizationId, windowStart(), MAX_EVENTS), response);
    }

    @GetMapping("/personen/{id}/kalender.ics")
    ResponseEntity<byte[]> person(@PathVariable String id, HttpServletResponse response) {
        long personId = PathIds.required(id);
        PersonQueries.PersonSummary person = persons.findById(Viewer.anonymous(), personId).orElseThrow(PathIds::notFound);
        return respond(text.get("feed.calendar.person", person.displayName()),
                meetings.calendarOfPerson(Viewer.anonymous(), personId, windowStart(), MAX_EVENTS), response);
    }

    /** Midnight (Europe/Berlin) twelve months ago: a calendar keeps the past year and everything ahead. */
    private OffsetDateTime windowStart() {
        LocalDate day = LocalDate.now(clock.withZone(GermanFormats.BERLIN)).minusMonths(12);
        return day.atStartOfDay(GermanFormats.BERLIN).toOffsetDateTime();
    }

    private ResponseEntity<byte[]> respond(String name, List<CalendarMeeting> events, HttpServletResponse response) {
        OffsetDateTime changed = events.stream().map(CalendarMeeting::modified).max(OffsetDateTime::compareTo).orElse(null);
        return FeedResponses.of(FeedResponses.utf8(calendar.render(name, events)), FeedResponses.CALENDAR, changed, clock, response);
    }
}
