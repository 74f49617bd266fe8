package org.openris.meeting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The notice period (Ladungsfrist) of an organization: between the day the invitation is sent and
 * the meeting day there must be at least {@code noticeDays} full days (the dispatch day and the
 * meeting day do not count, as usual in the rules of procedure under § 47 GO NRW). A violation is
 * not a refusal: the council office may still send (e.g. an urgent meeting, "Dringlichkeit") after
 * confirming the warning.
 */
public final class NoticePeriodPolicy {

    /**
     * @param kept        whether the period is kept
     * @param fullDays    full days between dispatch and meeting (negative when the meeting is past)
     * @param latestDispatch the last dispatch day that keeps the period
     */
    public record Check(boolean kept, long fullDays, int noticeDays, LocalDate latestDispatch) {
    }

    private NoticePeriodPolicy() {
    }

    public static Check check(LocalDate dispatchDay, LocalDate meetingDay, int noticeDays) {
        if (dispatchDay == null || meetingDay == null) {
            throw new IllegalArgumentException("Versandtag und Sitzungstag werden benötigt");
        }
        if (noticeDays < 0) {
            throw new IllegalArgumentException("Die Ladungsfrist darf nicht negativ sein");
        }
        long fullDays = ChronoUnit.DAYS.between(dispatchDay, meetingDay) - 1;
        LocalDate latest = meetingDay.minusDays(noticeDays + 1L);
        return new Check(fullDays >= noticeDays, fullDays, noticeDays, latest);
    }
}
