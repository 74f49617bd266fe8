package org.openris.oparl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.openris.shared.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tombstones for publications that were withdrawn (table {@code oparl_publication}, migration
 * V1_72). A soft-deleted object already answers {@code deleted: true}; an object that merely stops
 * being public – made non-public, returned to draft, hidden through its meeting or paper – would
 * otherwise just vanish from the lists, and a client syncing with {@code modified_since} (another
 * RIS, a mirror, our own importer) would keep publishing it. So each run, per type:
 * <ol>
 *   <li>records every object the public sees now (the API records what it serves as well, so an
 *       object public only between two runs is not missed once it was served);</li>
 *   <li>withdraws recorded objects the public no longer sees and touches their {@code modified}:
 *       they appear in {@code modified_since} lists and at their URL as tombstones, and the
 *       modified-propagation triggers bump the objects embedding them;</li>
 *   <li>republishes withdrawn objects that are public again, touching {@code modified} so that
 *       clients fetch them anew.</li>
 * </ol>
 * Each type in its own transaction; the withdrawal and the touch commit together (and move the data
 * generation, ADR 0014). Objects that were never public never get a tombstone: their ids stay
 * unknown.
 */
@Component
class OparlWithdrawals {

    private static final Logger LOG = LoggerFactory.getLogger(OparlWithdrawals.class);

    /** What a run changed. */
    record Outcome(int recorded, int withdrawn, int republished) {
    }

    private final JdbcClient jdbc;
    private final OparlQueries queries;
    private final TransactionTemplate transaction;
    private final boolean enabled;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "oparl-withdrawals");
        thread.setDaemon(true);
        return thread;
    });

    OparlWithdrawals(JdbcClient jdbc, OparlQueries queries, TransactionTemplate transaction,
                     @Value("${ris.oparl.withdrawals.enabled:true}") boolean enabled,
                     @Value("${ris.oparl.withdrawals.interval:PT5M}") Duration interval) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.transaction = transaction;
        this.enabled = enabled;
        this.interval = interval;
    }

    @PostConstruct
    void schedule() {
        if (enabled) {
            scheduler.scheduleWithFixedDelay(this::runLogged, 60, Math.max(10, interval.toSeconds()), TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    private void runLogged() {
        long started = System.nanoTime();
        try {
            Outcome outcome = run();
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (outcome.withdrawn() + outcome.republished() > 0 || millis > 2_000) {
                LOG.info("OParl: {} Veröffentlichungen zurückgezogen, {} wieder veröffentlicht, {} neu erfasst ({} ms)", outcome.withdrawn(),
                        outcome.republished(), outcome.recorded(), millis);
            }
        } catch (DataAccessException e) {
            LOG.warn("OParl: zurückgezogene Veröffentlichungen konnten nicht ermittelt werden: {}", e.getMessage());
        }
    }

    Outcome run() {
        int recorded = 0;
        int withdrawn = 0;
        int republished = 0;
        for (OparlType type : OparlType.values()) {
            if (type == OparlType.SYSTEM) {
                continue;
            }
            Outcome one = transaction.execute(status -> run(type));
            recorded += one.recorded();
            withdrawn += one.withdrawn();
            republished += one.republished();
        }
        return new Outcome(recorded, withdrawn, republished);
    }

    private Outcome run(OparlType type) {
        String visible = queries.visible(type, Viewer.anonymous(), "t");
        String exists = "EXISTS (SELECT 1 FROM " + type.table + " t WHERE t.id = p.object_id AND " + visible + ")";
        int recorded = jdbc.sql("INSERT INTO oparl_publication (type, object_id) SELECT :type, t.id FROM " + type.table + " t WHERE " + visible
                        + " AND NOT EXISTS (SELECT 1 FROM oparl_publication p WHERE p.type = :type AND p.object_id = t.id) ON CONFLICT DO NOTHING")
                .param("type", type.segment).update();
        List<Long> withdrawn = jdbc.sql("UPDATE oparl_publication p SET withdrawn_at = now() WHERE p.type = :type AND p.withdrawn_at IS NULL"
                + " AND NOT " + exists + " RETURNING p.object_id").param("type", type.segment).query(Long.class).list();
        List<Long> republished = jdbc.sql("UPDATE oparl_publication p SET withdrawn_at = NULL WHERE p.type = :type AND p.withdrawn_at IS NOT NULL"
                + " AND " + exists + " RETURNING p.object_id").param("type", type.segment).query(Long.class).list();
        List<Long> touched = new ArrayList<>(withdrawn);
        touched.addAll(republished);
        if (!touched.isEmpty()) {
            // deleted rows keep their deletion time; the others take the time of the withdrawal or return
            jdbc.sql("UPDATE " + type.table + " SET modified = now() WHERE id = ANY(:ids) AND deleted_at IS NULL")
                    .param("ids", touched.toArray(Long[]::new)).update();
        }
        return new Outcome(recorded, withdrawn.size(), republished.size());
    }
}
