package org.openris.allowance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attendance allowance (Sitzungsgeld) of one person: per attended meeting the rule in force on
 * that day (flat rate, plus the chair's surcharge when they chaired), capped per day by the rule's
 * maximum (several meetings on one day). Pure: no Spring, no database; amounts in cents.
 */
public final class AllowanceCalculator {

    /** A rule valid from a day; {@code maxPerDayCents} null: no cap. */
    public record Rule(LocalDate validFrom, int perMeetingCents, int chairSurchargeCents, Integer maxPerDayCents) {
    }

    /** A meeting the person attended (present, in their seat or as substitute). */
    public record Attendance(long meetingId, LocalDate day, String meetingName, boolean chaired) {
    }

    /** One meeting in the statement; {@code cappedCents} what the day's cap took off (0 if none). */
    public record Line(long meetingId, LocalDate day, String meetingName, boolean chaired, int amountCents, int cappedCents) {
    }

    private AllowanceCalculator() {
    }

    /** The statement lines by day; a meeting before the first rule is listed with 0 (attended, but no rule yet). */
    public static List<Line> lines(List<Attendance> attended, List<Rule> rules) {
        List<Rule> ordered = rules.stream().sorted(Comparator.comparing(Rule::validFrom)).toList();
        Map<LocalDate, List<Attendance>> byDay = new LinkedHashMap<>();
        attended.stream().sorted(Comparator.comparing(Attendance::day).thenComparing(Attendance::meetingId))
                .forEach(a -> byDay.computeIfAbsent(a.day(), d -> new ArrayList<>()).add(a));
        List<Line> lines = new ArrayList<>();
        byDay.forEach((day, meetings) -> {
            Rule rule = ruleOn(ordered, day);
            if (rule == null) {
                meetings.forEach(a -> lines.add(new Line(a.meetingId(), day, a.meetingName(), a.chaired(), 0, 0)));
                return;
            }
            int paidToday = 0;
            for (Attendance a : meetings) {
                int amount = rule.perMeetingCents() + (a.chaired() ? rule.chairSurchargeCents() : 0);
                int capped = 0;
                if (rule.maxPerDayCents() != null && paidToday + amount > rule.maxPerDayCents()) {
                    capped = paidToday + amount - rule.maxPerDayCents();
                    amount -= capped;
                }
                paidToday += amount;
                lines.add(new Line(a.meetingId(), day, a.meetingName(), a.chaired(), amount, capped));
            }
        });
        return lines;
    }

    public static int total(List<Line> lines) {
        return lines.stream().mapToInt(Line::amountCents).sum();
    }

    /** "1.234,50 €". */
    public static String euro(int cents) {
        return String.format(java.util.Locale.GERMANY, "%,.2f €", cents / 100.0);
    }

    private static Rule ruleOn(List<Rule> ordered, LocalDate day) {
        Rule found = null;
        for (Rule r : ordered) {
            if (!r.validFrom().isAfter(day)) {
                found = r;
            }
        }
        return found;
    }
}
