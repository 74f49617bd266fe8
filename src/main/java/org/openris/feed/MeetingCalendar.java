package org.openris.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.openris.meeting.MeetingQueries.CalendarMeeting;
import org.openris.shared.GermanFormats;
import org.openris.shared.UiText;
import org.springframework.stereotype.Component;

/**
 * Meetings as an iCalendar file (RFC 5545) written with iCal4j: one VEVENT per meeting with a
 * stable UID, local times in Europe/Berlin with the VTIMEZONE from iCal4j's bundled zone data,
 * SEQUENCE, LAST-MODIFIED and DTSTAMP from the meeting's {@code modified} (so an unchanged calendar
 * is byte-identical and its ETag stays), STATUS:CANCELLED for cancelled meetings, the place as
 * LOCATION and the meeting page as URL.
 */
@Component
class MeetingCalendar {

    /** SEQUENCE counts seconds since 2020-01-01 UTC: it grows with every change of the meeting. */
    private static final long SEQUENCE_EPOCH = 1_577_836_800L;

    private final FeedLinks links;
    private final UiText text;
    private final VTimeZone berlin;

    MeetingCalendar(FeedLinks links, UiText text) {
        this.links = links;
        this.text = text;
        this.berlin = TimeZoneRegistryFactory.getInstance().createRegistry()
                .getTimeZone(GermanFormats.BERLIN.getId()).getVTimeZone();
    }

    String render(String calendarName, List<CalendarMeeting> meetings) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//OpenRIS//Ratsinformationssystem//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new XProperty("X-WR-TIMEZONE", GermanFormats.BERLIN.getId()));
        calendar.add(berlin);
        for (CalendarMeeting meeting : meetings) {
            calendar.add(event(meeting));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent event(CalendarMeeting meeting) {
        ZonedDateTime start = berlin(meeting.startPlanned());
        String summary = summary(meeting);
        VEvent event = meeting.endPlanned() == null ? new VEvent(start, summary) : new VEvent(start, berlin(meeting.endPlanned()), summary);
        event.replace(new DtStamp(meeting.modified().toInstant()));
        event.add(new Uid(links.meetingUid(meeting.id())));
        event.add(new Created(meeting.created().toInstant()));
        event.add(new LastModified(meeting.modified().toInstant()));
        event.add(new Sequence((int) Math.max(0, Math.min(Integer.MAX_VALUE, meeting.modified().toEpochSecond() - SEQUENCE_EPOCH))));
        event.add(meeting.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        String location = location(meeting);
        if (location != null) {
            event.add(new Location(location));
        }
        String url = links.meeting(meeting.id());
        event.add(new Url(URI.create(url)));
        event.add(new Description(text.get(meeting.cancelled() ? "feed.calendar.description.cancelled" : "feed.calendar.description",
                meeting.organizationName(), GermanFormats.date(meeting.startPlanned()), url)));
        return event;
    }

    /** "Ausschuss für Umwelt – 12. Sitzung"; a cancelled meeting says so in front. */
    String summary(CalendarMeeting meeting) {
        String name = meeting.numberInTerm() != null
                ? text.get("feed.calendar.summary", meeting.organizationName(), String.valueOf(meeting.numberInTerm()))
                : text.get("feed.calendar.summary.named", meeting.organizationName(), meeting.name());
        return meeting.cancelled() ? text.get("feed.calendar.cancelled", name) : name;
    }

    private static String location(CalendarMeeting meeting) {
        List<String> parts = new ArrayList<>();
        add(parts, meeting.locationDescription());
        add(parts, meeting.room());
        add(parts, meeting.streetAddress());
        String place = String.join(" ", nonBlank(meeting.postalCode()), nonBlank(meeting.locality())).trim();
        add(parts, place);
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static void add(List<String> parts, String value) {
        if (value != null && !value.isBlank() && !parts.contains(value.strip())) {
            parts.add(value.strip());
        }
    }

    private static String nonBlank(String value) {
        return value == null ? "" : value.strip();
    }

    private static ZonedDateTime berlin(OffsetDateTime time) {
        return time.atZoneSameInstant(GermanFormats.BERLIN);
    }
}
