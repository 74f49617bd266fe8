package org.openris.portal;

import org.openris.shared.PathIds;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openris.meeting.MeetingQueries;
import org.openris.meeting.MeetingQueries.MeetingSummary;
import org.openris.organization.OrganizationQueries;
import org.openris.organization.OrganizationQueries.OrganizationEntry;
import org.openris.shared.GermanFormats;
import org.openris.shared.UiText;
import org.openris.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public calendar {@code /kalender}: a month as an accessible table or as a list, navigable
 * month by month, filtered by organization; without JavaScript (a GET form). Unknown or hidden
 * organizations in the filter are ignored like a missing one (the page shows all meetings).
 */
@Controller
class CalendarController {

    /** Organizations that hold meetings, in the order of the filter list. */
    private static final Set<String> MEETING_KINDS = Set.of("COUNCIL", "COMMITTEE", "DISTRICT_COUNCIL", "SPECIAL_BODY", "ADVISORY_BOARD");

    private final MeetingQueries meetings;
    private final OrganizationQueries organizations;
    private final UiText text;
    private final Clock clock;

    CalendarController(MeetingQueries meetings, OrganizationQueries organizations, UiText text, Clock clock) {
        this.meetings = meetings;
        this.organizations = organizations;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/kalender")
    String calendar(@RequestParam(name = "monat", required = false) String month,
                    @RequestParam(name = "gremium", required = false) String organization,
                    @RequestParam(name = "ansicht", required = false) String view, Model model,
                    jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        Viewer viewer = Viewer.anonymous();
        LocalDate today = LocalDate.now(clock.withZone(GermanFormats.BERLIN));
        YearMonth shown = parseMonth(month, YearMonth.from(today));
        List<OrganizationEntry> choices = organizations.all(viewer).stream()
                .filter(o -> MEETING_KINDS.contains(o.kind()) && o.active()).toList();
        Long organizationId = PathIds.parse(organization);
        OrganizationEntry chosen = organizationId == null ? null
                : organizations.all(viewer).stream().filter(o -> o.id() == organizationId).findFirst().orElse(null);

        OffsetDateTime from = shown.atDay(1).atStartOfDay(GermanFormats.BERLIN).toOffsetDateTime();
        OffsetDateTime to = shown.plusMonths(1).atDay(1).atStartOfDay(GermanFormats.BERLIN).toOffsetDateTime();
        List<MeetingSummary> found = meetings.calendar(viewer, from, to, chosen == null ? null : chosen.id());
        Map<LocalDate, List<MeetingSummary>> byDay = found.stream().collect(Collectors.groupingBy(
                m -> m.startPlanned().atZoneSameInstant(GermanFormats.BERLIN).toLocalDate(), java.util.TreeMap::new, Collectors.toList()));

        List<List<CalendarPage.Day>> weeks = new ArrayList<>();
        LocalDate day = shown.atDay(1).with(DayOfWeek.MONDAY);
        LocalDate end = shown.atEndOfMonth().with(DayOfWeek.SUNDAY);
        while (!day.isAfter(end)) {
            List<CalendarPage.Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                boolean inMonth = YearMonth.from(day).equals(shown);
                week.add(new CalendarPage.Day(day, inMonth, day.equals(today), inMonth ? byDay.getOrDefault(day, List.of()) : List.of()));
                day = day.plusDays(1);
            }
            weeks.add(week);
        }
        List<CalendarPage.Day> listed = byDay.entrySet().stream()
                .map(e -> new CalendarPage.Day(e.getKey(), true, e.getKey().equals(today), e.getValue())).toList();
        model.addAttribute("text", text);
        model.addAttribute("page", new CalendarPage(shown, "liste".equals(view), chosen, choices, weeks, listed, found.size()));
        // htmx (organization filter, month and view links) gets only the calendar region
        boolean fragment = org.openris.shared.Htmx.fragment(request, response);
        model.addAttribute("fragment", fragment);
        return fragment ? "portal/calendar-region" : "portal/calendar";
    }

    private static YearMonth parseMonth(String value, YearMonth fallback) {
        if (value == null || !value.matches("[12][0-9]{3}-[01][0-9]")) {
            return fallback;
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
