package org.openris.meeting;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers the meetings of one organization within one legislative term (Sitzungsnummer in der
 * Wahlperiode: "3. Sitzung des Ausschusses ...").
 */
public final class MeetingNumbering {

    /**
     * A meeting as far as numbering is concerned.
     *
     * @param key       caller-chosen identifier
     * @param start     planned start (Sitzungsbeginn)
     * @param cancelled whether the meeting was cancelled (abgesagt); cancelled meetings get no number
     */
    public record ScheduledMeeting(String key, OffsetDateTime start, boolean cancelled) {

        public ScheduledMeeting {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("Der Schlüssel einer Sitzung darf nicht leer sein");
            }
            if (start == null) {
                throw new IllegalArgumentException("Der Beginn der Sitzung '" + key + "' fehlt");
            }
        }
    }

    private static final Comparator<ScheduledMeeting> CHRONOLOGICAL = Comparator
            .comparing(ScheduledMeeting::start, OffsetDateTime.timeLineOrder())
            .thenComparing(ScheduledMeeting::key);

    private MeetingNumbering() {
    }

    /**
     * Numbers the meetings that were not cancelled 1..n by start (the instant, whatever the offset), ties
     * broken by key.
     *
     * @param meetingsOfOneOrganizationInOneTerm in any order; keys must be unique
     * @return key to number, a {@link LinkedHashMap} in chronological order; cancelled meetings are absent
     */
    public static Map<String, Integer> number(List<ScheduledMeeting> meetingsOfOneOrganizationInOneTerm) {
        if (meetingsOfOneOrganizationInOneTerm == null) {
            throw new IllegalArgumentException("Die Liste der Sitzungen fehlt");
        }
        Set<String> keys = new HashSet<>();
        for (ScheduledMeeting meeting : meetingsOfOneOrganizationInOneTerm) {
            if (meeting == null) {
                throw new IllegalArgumentException("Die Liste der Sitzungen enthält einen leeren Eintrag");
            }
            if (!keys.add(meeting.key())) {
                throw new IllegalArgumentException("Die Sitzung '" + meeting.key() + "' ist doppelt aufgeführt");
            }
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        meetingsOfOneOrganizationInOneTerm.stream()
                .filter(meeting -> !meeting.cancelled())
                .sorted(CHRONOLOGICAL)
                .forEachOrdered(meeting -> numbers.put(meeting.key(), numbers.size() + 1));
        return numbers;
    }
}
