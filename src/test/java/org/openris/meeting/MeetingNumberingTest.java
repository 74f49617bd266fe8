package org.openris.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openris.meeting.MeetingNumbering.ScheduledMeeting;

class MeetingNumberingTest {

    @Test
    void numbers_meetings_one_to_n_by_start() {
        Map<String, Integer> numbers = MeetingNumbering.number(List.of(
                meeting("m1", "2023-02-09T16:00+01:00"),
                meeting("m2", "2023-03-23T16:00+01:00"),
                meeting("m3", "2023-06-22T16:00+02:00")));

        assertThat(numbers).containsExactly(entry("m1", 1), entry("m2", 2), entry("m3", 3));
    }

    @Test
    void ignores_the_order_of_the_input() {
        List<ScheduledMeeting> meetings = new ArrayList<>(List.of(
                meeting("june", "2023-06-22T16:00+02:00"),
                meeting("sept", "2023-09-14T16:00+02:00"),
                meeting("feb", "2023-02-09T16:00+01:00")));

        Map<String, Integer> numbers = MeetingNumbering.number(meetings);
        Collections.reverse(meetings);

        assertThat(numbers).containsExactly(entry("feb", 1), entry("june", 2), entry("sept", 3));
        assertThat(MeetingNumbering.number(meetings)).containsExactlyEntriesOf(numbers);
    }

    @Test
    void returns_a_linked_hash_map_in_chronological_order() {
        Map<String, Integer> numbers = MeetingNumbering.number(List.of(
                meeting("b", "2023-09-14T16:00+02:00"), meeting("a", "2023-06-22T16:00+02:00")));

        assertThat(numbers).isInstanceOf(LinkedHashMap.class);
        assertThat(List.copyOf(numbers.keySet())).containsExactly("a", "b");
    }

    @Test
    void cancelled_meetings_get_no_number_and_do_not_count() {
        Map<String, Integer> numbers = MeetingNumbering.number(List.of(
                meeting("m1", "2023-02-09T16:00+01:00"),
                new ScheduledMeeting("abgesagt", OffsetDateTime.parse("2023-03-23T16:00+01:00"), true),
                meeting("m2", "2023-06-22T16:00+02:00")));

        assertThat(numbers).containsExactly(entry("m1", 1), entry("m2", 2));
    }

    @Test
    void only_cancelled_meetings_give_no_numbers() {
        assertThat(MeetingNumbering.number(List.of(
                new ScheduledMeeting("x", OffsetDateTime.parse("2023-03-23T16:00+01:00"), true)))).isEmpty();
        assertThat(MeetingNumbering.number(List.of())).isEmpty();
    }

    @Test
    void breaks_ties_in_start_time_by_key() {
        Map<String, Integer> numbers = MeetingNumbering.number(List.of(
                meeting("b", "2023-09-14T16:00+02:00"),
                meeting("a", "2023-09-14T16:00+02:00"),
                meeting("c", "2023-09-14T14:00Z")));

        assertThat(numbers).containsExactly(entry("a", 1), entry("b", 2), entry("c", 3));
    }

    @Test
    void compares_the_instant_not_the_local_time() {
        // 10:30 summer time (08:30 UTC) lies before 10:00 winter time (09:00 UTC)
        Map<String, Integer> numbers = MeetingNumbering.number(List.of(
                meeting("winter", "2023-03-26T10:00+01:00"),
                meeting("summer", "2023-03-26T10:30+02:00")));

        assertThat(numbers).containsExactly(entry("summer", 1), entry("winter", 2));
    }

    @Test
    void each_call_returns_a_fresh_map() {
        List<ScheduledMeeting> meetings = List.of(meeting("a", "2023-06-22T16:00+02:00"));

        MeetingNumbering.number(meetings).clear();

        assertThat(MeetingNumbering.number(meetings)).containsExactly(entry("a", 1));
    }

    @Test
    void rejects_duplicate_keys() {
        assertThatThrownBy(() -> MeetingNumbering.number(List.of(
                meeting("a", "2023-06-22T16:00+02:00"),
                new ScheduledMeeting("a", OffsetDateTime.parse("2023-09-14T16:00+02:00"), true))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Die Sitzung 'a' ist doppelt aufgeführt");
    }

    @Test
    void rejects_a_missing_list_or_entry() {
        assertThatThrownBy(() -> MeetingNumbering.number(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Die Liste der Sitzungen fehlt");
        assertThatThrownBy(() -> MeetingNumbering.number(Arrays.asList(meeting("a", "2023-06-22T16:00+02:00"), null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Die Liste der Sitzungen enthält einen leeren Eintrag");
    }

    @Test
    void a_scheduled_meeting_needs_a_key_and_a_start() {
        assertThatThrownBy(() -> new ScheduledMeeting(" ", OffsetDateTime.parse("2023-06-22T16:00+02:00"), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Der Schlüssel einer Sitzung darf nicht leer sein");
        assertThatThrownBy(() -> new ScheduledMeeting("a", null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Der Beginn der Sitzung 'a' fehlt");
    }

    private static ScheduledMeeting meeting(String key, String start) {
        return new ScheduledMeeting(key, OffsetDateTime.parse(start), false);
    }
}
