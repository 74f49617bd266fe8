package org.openris.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Release numbering in the database: serial per body and year, year change, supplements, concurrent releases. */
@RisIntegrationTest
class PaperReleaseTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PaperRelease release;

    private long draft(Fixtures fx, long body, long type, Long origin) {
        var builder = fx.paper(body, type, "Entwurf " + System.nanoTime());
        long id = builder.create();
        jdbc.sql("UPDATE paper SET text = '<p>Text</p>', superordinated_paper_id = ? WHERE id = ?").params(origin, id).update();
        return id;
    }

    @Test
    void serial_counts_per_body_and_restarts_with_the_year_and_supplements_get_e1_e2() {
        Fixtures fx = new Fixtures(jdbc);
        long body = fx.body("Stadt Nummern " + System.nanoTime());
        long otherBody = fx.body("Stadt Andere " + System.nanoTime());
        long type = fx.paperType(body, "Vorlage", "DECISION_PROPOSAL", true);
        long otherType = fx.paperType(otherBody, "Vorlage", "DECISION_PROPOSAL", true);
        LocalDate in2026 = LocalDate.of(2026, 11, 28);

        assertThat(release.release(draft(fx, body, type, null), in2026).reference()).isEqualTo("00001-26");
        long second = draft(fx, body, type, null);
        assertThat(release.release(second, in2026).reference()).isEqualTo("00002-26");
        assertThat(release.release(draft(fx, otherBody, otherType, null), in2026).reference()).as("another body counts on its own").isEqualTo("00001-26");
        assertThat(release.release(draft(fx, body, type, second), in2026).reference()).isEqualTo("00002-26-E1");
        assertThat(release.release(draft(fx, body, type, second), in2026).reference()).isEqualTo("00002-26-E2");
        assertThat(release.release(draft(fx, body, type, null), in2026).reference()).as("a supplement does not use up a serial").isEqualTo("00003-26");
        assertThat(release.release(draft(fx, body, type, null), LocalDate.of(2027, 1, 2)).reference()).isEqualTo("00001-27");

        jdbc.sql("UPDATE body SET paper_numbering = 'CONTINUOUS' WHERE id = ?").param(body).update();
        assertThat(release.release(draft(fx, body, type, null), LocalDate.of(2028, 1, 3)).reference()).isEqualTo("00002-28");

        long again = draft(fx, body, type, null);
        release.release(again, in2026.plusYears(2));
        assertThat(release.release(again, in2026.plusYears(2)).errors()).containsEntry("form", "papers.error.alreadyReleased");
        long empty = fx.paper(body, type, "Ohne Text").create();
        assertThat(release.release(empty, in2026.plusYears(2)).errors()).containsEntry("text", "papers.error.textMissing");
        assertThat(jdbc.sql("SELECT public FROM paper WHERE id = ?").param(second).query(Boolean.class).single())
                .as("public by the type's rule").isTrue();
    }

    @Test
    void concurrent_releases_never_get_the_same_number() throws Exception {
        Fixtures fx = new Fixtures(jdbc);
        long body = fx.body("Stadt Gleichzeitig " + System.nanoTime());
        long type = fx.paperType(body, "Vorlage", "DECISION_PROPOSAL", false);
        LocalDate today = LocalDate.of(2026, 11, 28);
        int rounds = 15;
        Set<String> all = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                long a = draft(fx, body, type, null);
                long b = draft(fx, body, type, null);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<PaperOutcome>> results = new ArrayList<>();
                for (long id : List.of(a, b)) {
                    Callable<PaperOutcome> task = () -> {
                        start.await();
                        return release.release(id, today);
                    };
                    results.add(pool.submit(task));
                }
                for (Future<PaperOutcome> result : results) {
                    PaperOutcome outcome = result.get();
                    assertThat(outcome.ok()).isTrue();
                    assertThat(all.add(outcome.reference())).as("number %s given twice", outcome.reference()).isTrue();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> serials = jdbc.sql("SELECT serial FROM paper WHERE body_id = ? ORDER BY serial").param(body).query(Integer.class).list();
        assertThat(serials).hasSize(2 * rounds);
        for (int i = 0; i < serials.size(); i++) {
            assertThat(serials.get(i)).as("no gap, no duplicate").isEqualTo(i + 1);
        }
    }
}
