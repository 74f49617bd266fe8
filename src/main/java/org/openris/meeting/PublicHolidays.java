package org.openris.meeting;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The statutory public holidays (gesetzliche Feiertage) of the city's German state, which a series
 * of meetings leaves out: {@code ris.holidays.state} is the state's two-letter code ("nw" for
 * Nordrhein-Westfalen, "by" for Bayern …; default nw). Calendar from jollyday.
 */
@Component
public class PublicHolidays {

    private static final Locale GERMAN = Locale.GERMANY;
    private static final Map<String, String> STATES = Map.ofEntries(Map.entry("bw", "Baden-Württemberg"), Map.entry("by", "Bayern"),
            Map.entry("be", "Berlin"), Map.entry("bb", "Brandenburg"), Map.entry("hb", "Bremen"), Map.entry("hh", "Hamburg"),
            Map.entry("he", "Hessen"), Map.entry("mv", "Mecklenburg-Vorpommern"), Map.entry("ni", "Niedersachsen"),
            Map.entry("nw", "Nordrhein-Westfalen"), Map.entry("rp", "Rheinland-Pfalz"), Map.entry("sl", "Saarland"),
            Map.entry("sn", "Sachsen"), Map.entry("st", "Sachsen-Anhalt"), Map.entry("sh", "Schleswig-Holstein"),
            Map.entry("th", "Thüringen"));

    private final HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
    private final String state;

    public PublicHolidays(@Value("${ris.holidays.state:nw}") String state) {
        String code = state == null ? "" : state.strip().toLowerCase(Locale.ROOT);
        if (!STATES.containsKey(code)) {
            throw new IllegalArgumentException("ris.holidays.state must be the code of a German state (e.g. nw, by), not '" + state + "'");
        }
        this.state = code;
    }

    /** "Nordrhein-Westfalen". */
    public String stateName() {
        return STATES.get(state);
    }

    /** The holidays from {@code from} to {@code to} (both included), by date, with their German names. */
    public Map<LocalDate, String> between(LocalDate from, LocalDate to) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        if (from == null || to == null || to.isBefore(from)) {
            return holidays;
        }
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (Holiday holiday : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, state)) {
                LocalDate day = holiday.getActualDate();
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    holidays.put(day, holiday.getDescription(GERMAN));
                }
            }
        }
        return holidays;
    }
}
