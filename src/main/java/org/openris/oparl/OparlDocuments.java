package org.openris.oparl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.openris.person.PersonNames;
import org.openris.shared.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The stored OParl documents (ADR 0014): which variant a request reads and writes, storing freshly
 * rendered ones, and clearing out documents of past generations.
 *
 * <p>A document is served only if it was rendered at the current data generation (no committed write
 * to published data since) and under the same variant: the same base URL, the same
 * {@code omit_internal}, the same visibility rules (their SQL text) and the same rendering code (the
 * byte code of the classes that shape the JSON). Anything else is rendered afresh.
 */
@Component
class OparlDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(OparlDocuments.class);
    /** Classes whose code decides what a document contains. */
    private static final List<Class<?>> RENDERING_CODE = List.of(OparlRenderer.class, OparlFormat.class, OparlType.class,
            OparlQueries.class, OparlPages.class, OparlDocuments.class, PersonNames.class);
    private static final byte[] CODE_DIGEST = codeDigest();

    private final OparlQueries queries;
    private final OparlRenderer renderer;
    private final ScheduledExecutorService cleanup = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "oparl-document-cleanup");
        thread.setDaemon(true);
        return thread;
    });

    /** The rules the application started with: publications are recorded only under them (not under rules switched in tests). */
    private final String startupRules;

    OparlDocuments(OparlQueries queries, OparlRenderer renderer) {
        this.queries = queries;
        this.renderer = renderer;
        this.startupRules = queries.ruleText(Viewer.anonymous());
    }

    /** The variant key of the current request: base URL, omit_internal, rules, code. */
    long variant(Viewer viewer, boolean omitInternal) {
        MessageDigest digest = sha256();
        digest.update(CODE_DIGEST);
        digest.update((renderer.base() + '\n' + omitInternal + '\n').getBytes(StandardCharsets.UTF_8));
        digest.update(queries.ruleText(viewer).getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest.digest()).getLong();
    }

    /**
     * Keeps rendered documents and records them as published (see {@link OparlWithdrawals}); a
     * failure to store (e.g. a read-only replica) only costs speed.
     */
    void store(Viewer viewer, OparlType type, long variant, long generation, Map<Long, byte[]> documents) {
        try {
            queries.storeDocuments(type, variant, generation, documents, startupRules.equals(queries.ruleText(viewer)));
        } catch (DataAccessException e) {
            LOG.warn("OParl-Dokumente konnten nicht gespeichert werden ({}); sie werden bei der nächsten Anfrage neu erzeugt", e.getMessage());
        }
    }

    /** Hourly, in the background: documents of past generations can never be served again. */
    @PostConstruct
    void scheduleCleanup() {
        cleanup.scheduleWithFixedDelay(this::dropStale, 1, 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stopCleanup() {
        cleanup.shutdownNow();
    }

    int dropStale() {
        try {
            int dropped = queries.dropStaleDocuments();
            if (dropped > 0) {
                LOG.info("{} veraltete OParl-Dokumente entfernt", dropped);
            }
            return dropped;
        } catch (DataAccessException e) {
            LOG.warn("Veraltete OParl-Dokumente konnten nicht entfernt werden: {}", e.getMessage());
            return 0;
        }
    }

    private static byte[] codeDigest() {
        MessageDigest digest = sha256();
        for (Class<?> type : RENDERING_CODE) {
            try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                if (in == null) {
                    throw new IllegalStateException("byte code of " + type.getName() + " not found");
                }
                digest.update(in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("byte code of " + type.getName() + " not readable", e);
            }
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
