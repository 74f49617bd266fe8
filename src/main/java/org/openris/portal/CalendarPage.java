package org.openris.portal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.openris.meeting.MeetingQueries.MeetingSummary;
import org.openris.organization.OrganizationQueries.OrganizationEntry;

/**
 * The calendar of one month: as a grid of weeks (Monday first) or as a list of days with meetings,
 * optionally narrowed to one organization ({@code organization} null: all).
 */
public record CalendarPage(YearMonth month, boolean listView, OrganizationEntry organization, List<OrganizationEntry> organizations,
                           List<List<Day>> weeks, List<Day> daysWithMeetings, int meetingCount) {

    /** A day of the grid; {@code inMonth} false for the days of the neighbouring months that fill the first and last week. */
    public record Day(LocalDate date, boolean inMonth, boolean today, List<MeetingSummary> meetings) {
    }

    /** "2026-06": the value of the {@code monat} parameter. */
    public String monthParameter(YearMonth value) {
        return value.toString();
    }

    /** Query string for another month or view, keeping the organization filter. */
    public String query(YearMonth value, boolean list) {
        return "?monat=" + value + (list ? "&ansicht=liste" : "") + (organization == null ? "" : "&gremium=" + organization.id());
    }
}
