package org.openris.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The example minutes ({@code shared/examples/minutes-musterstadt.txt}) map onto the schema without
 * loss: the meeting recorded as data gives back exactly the example text, and every structured fact
 * (attendance, substitution, late arrival, recusal, urgent item, treatment order, votes by faction,
 * follow-up, signatures, attachment) is queryable on its own.
 */
@RisIntegrationTest
class ExampleMinutesMappingTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/reference/examples/minutes-musterstadt.txt");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MinutesAssembler assembler;

    ExampleMeeting example;

    @BeforeEach
    void record() {
        example = new ExampleMeeting(new Fixtures(jdbc));
    }

    @Test
    void the_recorded_meeting_renders_exactly_the_example_minutes() throws Exception {
        String expected = Files.readString(EXAMPLE, StandardCharsets.UTF_8);

        String rendered = MinutesTextRenderer.render(assembler.assemble(example.meeting, true).orElseThrow());

        assertThat(rendered).isEqualTo(expected);
    }

    @Test
    void attendance_keeps_substitution_late_arrival_absence_and_guests_as_data() {
        assertThat(count("SELECT count(*) FROM attendance WHERE meeting_id = ? AND status = 'PRESENT'", example.meeting)).isEqualTo(16);
        assertThat(jdbc.sql("""
                        SELECT p.family_name || '>' || s.family_name FROM attendance a JOIN person p ON p.id = a.person_id
                        JOIN person s ON s.id = a.substitute_for_person_id WHERE a.meeting_id = ?""")
                .param(example.meeting).query(String.class).list()).containsExactly("Celik>Dorn");
        assertThat(jdbc.sql("SELECT to_char(arrived_at, 'HH24:MI') FROM attendance a JOIN person p ON p.id = a.person_id"
                        + " WHERE a.meeting_id = ? AND p.family_name = 'Hahn'")
                .param(example.meeting).query(String.class).single()).isEqualTo("16:25");
        assertThat(jdbc.sql("SELECT p.family_name || ':' || a.status FROM attendance a JOIN person p ON p.id = a.person_id"
                        + " WHERE a.meeting_id = ? AND a.status <> 'PRESENT'")
                .param(example.meeting).query(String.class).list()).containsExactly("Dorn:EXCUSED");
        assertThat(jdbc.sql("SELECT guest_name || ' / ' || affiliation FROM attendance WHERE meeting_id = ? AND category = 'GUEST'")
                .param(example.meeting).query(String.class).single()).isEqualTo("Dr. Quast / Stadtwerke Musterstadt");
    }

    @Test
    void votes_are_stored_with_counts_and_faction_positions() {
        assertThat(jdbc.sql("SELECT yes_count || '/' || no_count || '/' || abstain_count FROM decision WHERE id = ?")
                .param(example.ids.get("kehrDecision")).query(String.class).single()).isEqualTo("8/1/0");
        assertThat(jdbc.sql("""
                        SELECT a.number || ' ' || o.name || ' ' || fp.position FROM decision_faction_position fp
                        JOIN decision d ON d.id = fp.decision_id JOIN agenda_item a ON a.id = d.agenda_item_id
                        JOIN organization o ON o.id = fp.faction_id WHERE a.meeting_id = ? ORDER BY a.position""")
                .param(example.meeting).query(String.class).list())
                .containsExactly("1.4 Fraktion FDP ABSTAIN", "2.3 Fraktion FDP NO", "3.1 CDU-Fraktion NO");
        assertThat(jdbc.sql("SELECT a.number || ':' || d.outcome FROM decision d JOIN agenda_item a ON a.id = d.agenda_item_id"
                        + " WHERE a.meeting_id = ? ORDER BY a.treatment_position")
                .param(example.meeting).query(String.class).list())
                .containsExactly("1.4:ADOPTED", "2.1:NOTED", "3.2:NOTED", "2.2:PASSED_ON_WITHOUT_DECISION", "2.3:ADOPTED",
                        "2.4:RECOMMENDED", "3.1:ADOPTED");
    }

    @Test
    void recusal_urgent_item_and_changed_treatment_order_are_data() {
        assertThat(jdbc.sql("SELECT a.number FROM recusal r JOIN agenda_item a ON a.id = r.agenda_item_id WHERE r.person_id = ?")
                .param(example.ids.get("falk")).query(String.class).single()).isEqualTo("2.3");
        assertThat(jdbc.sql("SELECT number FROM agenda_item WHERE meeting_id = ? AND urgent").param(example.meeting)
                .query(String.class).list()).containsExactly("2.4");
        assertThat(jdbc.sql("SELECT number FROM agenda_item WHERE meeting_id = ? AND NOT heading ORDER BY treatment_position")
                .param(example.meeting).query(String.class).list())
                .containsExactly("1.1", "1.2", "1.3", "1.4", "2.1", "3.2", "2.2", "2.3", "2.4", "3.1");
    }

    @Test
    void the_paper_passed_on_without_decision_continues_to_the_council() {
        assertThat(jdbc.sql("""
                        SELECT o.name || ':' || c.role || ':' || coalesce(c.outcome, 'offen') FROM consultation c
                        JOIN organization o ON o.id = c.organization_id WHERE c.paper_id = ? ORDER BY c.position""")
                .param(example.ids.get("parken")).query(String.class).list())
                .containsExactly("Ausschuss für Umwelt, Klima und Mobilität:RECOMMENDATION:PASSED_ON_WITHOUT_DECISION",
                        "Rat der Stadt Musterstadt:DECISION:offen");
    }

    @Test
    void the_requested_statement_is_a_follow_up_due_at_the_next_meeting() {
        assertThat(jdbc.sql("""
                        SELECT f.due_date || ' ' || f.status || ' ' || p.reference || ' ' || o.unit_code FROM follow_up f
                        JOIN paper p ON p.id = f.paper_id JOIN organization o ON o.id = f.responsible_organization_id WHERE f.id = ?""")
                .param(example.ids.get("followUp")).query(String.class).single()).isEqualTo("2023-11-09 OPEN 04622-23 66/2");
        assertThat(jdbc.sql("SELECT due_meeting_id FROM follow_up WHERE id = ?").param(example.ids.get("followUp"))
                .query(Long.class).single()).isEqualTo(example.ids.get("nextMeeting"));
    }

    @Test
    void signed_minutes_cannot_be_edited_silently() {
        String text = MinutesTextRenderer.render(assembler.assemble(example.meeting, true).orElseThrow());
        jdbc.sql("UPDATE minutes SET content = ?, content_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex'), state = 'SIGNED',"
                + " signed_at = now() WHERE id = ?").param(text).param(text).param(example.minutes).update();

        assertThatThrownBy(() -> jdbc.sql("UPDATE minutes SET content = 'geändert' WHERE id = ?").param(example.minutes).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("signed");
        assertThat(jdbc.sql("SELECT content FROM minutes WHERE id = ?").param(example.minutes).query(String.class).single())
                .isEqualTo(text);
    }

    @Test
    void signatures_name_chair_co_signer_and_secretary() {
        assertThat(jdbc.sql("""
                        SELECT p.family_name || ':' || s.signer_role || ':' || s.role_label FROM minutes_signature s
                        JOIN person p ON p.id = s.person_id WHERE s.minutes_id = ? ORDER BY s.position""")
                .param(example.minutes).query(String.class).list())
                .containsExactly("Albers:CHAIR:Vorsitzender", "Jansen:CO_SIGNER:Ratsmitglied", "Rahn:SECRETARY:Geschäftsführerin");
        assertThat(LocalDate.of(2023, 9, 14)).isEqualTo(jdbc.sql("SELECT (start_planned AT TIME ZONE 'Europe/Berlin')::date FROM meeting"
                + " WHERE id = ?").param(example.meeting).query(LocalDate.class).single());
    }

    private long count(String sql, Object arg) {
        return jdbc.sql(sql).param(arg).query(Long.class).single();
    }
}
