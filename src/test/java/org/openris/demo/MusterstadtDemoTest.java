package org.openris.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.file.FileStore;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo city is deterministic and realistic in shape: two runs with one seed give the same city. */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MusterstadtDemoTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 3, 10);

    @Autowired
    MusterstadtDemo demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileStore files;
    @Autowired
    org.openris.allowance.AllowanceStatements allowances;

    long first;
    long second;
    DemoReport report;
    String output;

    @BeforeAll
    void generateTwiceWithOneSeed() {
        long seed = Seeds.seed("MusterstadtDemoTest");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        first = nextBodyId();
        report = demo.generate(new DemoOptions(DemoScale.TINY, seed, REFERENCE, false), new PrintStream(out, true, StandardCharsets.UTF_8));
        second = nextBodyId();
        demo.generate(new DemoOptions(DemoScale.TINY, seed, REFERENCE, false), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        output = out.toString(StandardCharsets.UTF_8);
    }

    private long nextBodyId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) + 1 FROM body").query(Long.class).single();
    }

    @Test
    void the_same_seed_gives_the_same_city() {
        assertThat(fingerprint(second)).isEqualTo(fingerprint(first)).isNotEmpty();
    }

    @Test
    void the_run_reports_counts_and_its_rate() {
        assertThat(report.rows()).isPositive();
        assertThat(report.counts()).containsKeys("meeting", "paper", "stored_file");
        assertThat(output).contains("Zeilen/s").contains("Fertig:");
    }

    @Test
    void committee_agendas_open_with_the_regularien_block() {
        List<String> openings = jdbc.sql("""
                        SELECT string_agg(a.number || ' ' || split_part(a.name, ' ', 1), ' | ' ORDER BY a.position) FROM agenda_item a
                        JOIN meeting m ON m.id = a.meeting_id JOIN organization o ON o.id = m.organization_id
                        WHERE m.body_id = ? AND o.kind = 'COMMITTEE' AND a.position < 4 GROUP BY m.id""")
                .param(first).query(String.class).list();
        assertThat(openings).isNotEmpty().allSatisfy(o ->
                assertThat(o).isEqualTo("1 Regularien | 1.1 Benennung | 1.2 Hinweis | 1.3 Feststellung"));
    }

    @Test
    void held_meetings_have_attendance_decisions_and_minutes() {
        List<Long> held = jdbc.sql("SELECT id FROM meeting WHERE body_id = ? AND start_actual IS NOT NULL").param(first)
                .query(Long.class).list();
        assertThat(held).isNotEmpty();
        for (long meeting : held) {
            assertThat(count("SELECT count(*) FROM attendance WHERE meeting_id = ? AND status = 'PRESENT'", meeting)).isPositive();
            assertThat(count("SELECT count(*) FROM minutes WHERE meeting_id = ? AND public_part AND content LIKE '<h3>Niederschrift (öffentlich)</h3>%'",
                    meeting)).isEqualTo(1);
        }
        assertThat(count("SELECT count(*) FROM decision d JOIN agenda_item a ON a.id = d.agenda_item_id JOIN meeting m ON m.id = a.meeting_id"
                + " WHERE m.body_id = ?", first)).isPositive();
    }

    @Test
    void the_city_pays_a_sitzungsgeld_so_the_allowance_overview_shows_figures() {
        assertThat(jdbc.sql("SELECT per_meeting_cents || '/' || chair_surcharge_cents || '/' || max_per_day_cents FROM allowance_rule"
                + " WHERE body_id = ?").param(first).query(String.class).list()).containsExactly("2210/1105/4420");
        List<org.openris.allowance.AllowanceStatements.Statement> statements = allowances.ofBody(org.openris.shared.Viewer.anonymous(), first,
                REFERENCE.minusYears(1), REFERENCE);
        assertThat(statements).isNotEmpty().anySatisfy(st -> assertThat(st.totalCents()).isPositive());
    }

    @Test
    void papers_travel_from_committees_to_the_council() {
        assertThat(count("""
                SELECT count(*) FROM paper p WHERE p.body_id = ? AND EXISTS (SELECT 1 FROM consultation c JOIN organization o
                ON o.id = c.organization_id WHERE c.paper_id = p.id AND o.kind = 'COMMITTEE' AND c.role = 'RECOMMENDATION')
                AND EXISTS (SELECT 1 FROM consultation c JOIN organization o ON o.id = c.organization_id
                WHERE c.paper_id = p.id AND o.kind = 'COUNCIL' AND c.authoritative)""", first)).isPositive();
        assertThat(jdbc.sql("SELECT reference FROM paper WHERE body_id = ? AND reference IS NOT NULL").param(first)
                .query(String.class).list()).allMatch(r -> r.matches("\\d{5}-\\d{2}(-E\\d+)?"));
    }

    @Test
    void every_file_row_has_its_pdf_in_the_file_store() throws Exception {
        List<String> keys = jdbc.sql("SELECT storage_key FROM stored_file WHERE body_id = ?").param(first).query(String.class).list();
        assertThat(keys).isNotEmpty();
        for (String key : keys) {
            try (var in = files.open(key)) {
                assertThat(new String(in.readNBytes(5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            }
        }
    }

    private long count(String sql, long arg) {
        return jdbc.sql(sql).param(arg).query(Long.class).single();
    }

    /** Everything that should be equal between two runs, without the ids. */
    private String fingerprint(long body) {
        return String.join("\n", jdbc.sql("""
                        SELECT 'P ' || reference || ' ' || name FROM paper WHERE body_id = :b AND reference IS NOT NULL
                        UNION ALL SELECT 'M ' || name || ' ' || start_planned || ' ' || state FROM meeting WHERE body_id = :b
                        UNION ALL SELECT 'A ' || m.name || ' ' || a.number || ' ' || a.name || ' ' || coalesce(a.minutes_text, '')
                          FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id WHERE m.body_id = :b
                        UNION ALL SELECT 'F ' || sha256 FROM stored_file WHERE body_id = :b
                        UNION ALL SELECT 'N ' || content_hash FROM minutes mi JOIN meeting m ON m.id = mi.meeting_id
                          WHERE m.body_id = :b AND content_hash IS NOT NULL
                        ORDER BY 1""").param("b", body).query(String.class).list());
    }
}
