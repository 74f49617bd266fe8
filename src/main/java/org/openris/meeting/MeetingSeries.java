package org.openris.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The days of a meeting series in the annual calendar: every {@code everyWeeks}-th given weekday
 * between two dates (both included), leaving out the given days (holidays, school holidays). At most
 * {@link #MAX} meetings, so a mistyped range cannot flood the calendar.
 */
public final class MeetingSeries {

    public static final int MAX = 60;

    private MeetingSeries() {
    }

    public static List<LocalDate> days(LocalDate from, LocalDate to, DayOfWeek weekday, int everyWeeks, Set<LocalDate> skipped) {
        if (from == null || to == null || weekday == null) {
            throw new IllegalArgumentException("Zeitraum und Wochentag werden benötigt");
        }
        if (everyWeeks < 1 || everyWeeks > 12) {
            throw new IllegalArgumentException("Der Abstand muss zwischen 1 und 12 Wochen liegen");
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from.with(TemporalAdjusters.nextOrSame(weekday)); !day.isAfter(to) && days.size() < MAX;
             day = day.plusWeeks(everyWeeks)) {
            if (!skipped.contains(day)) {
                days.add(day);
            }
        }
        return days;
    }
}
