package org.openris.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openris.search.PortalSearch;
import org.openris.search.SearchRequest;
import org.openris.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: for each address with confirmed searches, the hits that became public since the search
 * was confirmed (at most {@code lookback} back) that were not mailed before, asked from the search
 * module ({@link PortalSearch#search} with {@link SearchRequest#publicSince}) — which holds only
 * the anonymous view and re-checks each hit through the visibility gate. This class never filters
 * visibility itself. One mail per address with all its searches that have new hits; none when
 * there are none. Hits are recorded as mailed only after the SMTP server accepted the mail.
 */
@Service
class AlertDigest {

    private static final Logger log = LoggerFactory.getLogger(AlertDigest.class);

    /** What a run did; {@code skipped}: another instance was running the digest (DigestLock). */
    record Outcome(int mails, int hits, int failures, boolean skipped) {
    }

    private final AlertStore store;
    private final AlertMails mails;
    private final PortalSearch search;
    private final AlertSettings settings;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final DigestLock lock;

    AlertDigest(AlertStore store, AlertMails mails, PortalSearch search, AlertSettings settings, Clock clock,
                PlatformTransactionManager transactions, DigestLock lock) {
        this.store = store;
        this.mails = mails;
        this.search = search;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.lock = lock;
    }

    /** Runs the digest unless another instance is running it at this moment (then: skipped, nothing sent). */
    synchronized Outcome runNow() {
        Outcome outcome = lock.exclusively(this::run).orElse(new Outcome(0, 0, 0, true));
        if (outcome.skipped()) {
            log.info("Suchbenachrichtigungen: eine andere Instanz versendet gerade, dieser Lauf entfällt");
        }
        return outcome;
    }

    private Outcome run() {
        Instant now = clock.instant();
        store.purge(now, settings.confirmationLifetime(), settings.lookback());
        int sent = 0;
        int hits = 0;
        int failures = 0;
        for (AlertStore.Subscriber subscriber : store.activeSubscribers()) {
            List<Found> found = new ArrayList<>();
            for (AlertStore.StoredSearch saved : store.searches(subscriber.id())) {
                if (saved.confirmedAt() == null) {
                    continue;
                }
                List<SearchResult.Hit> fresh = newHits(saved, now);
                if (!fresh.isEmpty()) {
                    found.add(new Found(saved.id(), new AlertMails.Section(saved.search(), fresh)));
                }
            }
            if (found.isEmpty()) {
                continue;
            }
            String unsubscribeToken = Tokens.random();
            store.addToken(subscriber.id(), null, AlertStore.Purpose.UNSUBSCRIBE, unsubscribeToken, now.plus(settings.unsubscribeLifetime()));
            try {
                mails.digest(subscriber.email(), found.stream().map(Found::section).toList(), unsubscribeToken);
            } catch (RuntimeException e) {
                failures++;
                log.warn("Suchbenachrichtigung an Abonnent {} nicht versandt: {}", subscriber.id(), e.getMessage());
                continue;
            }
            tx.executeWithoutResult(status -> {
                for (Found f : found) {
                    f.section().hits().forEach(h -> store.hitSent(f.searchId(), h.kind().name(), h.id()));
                }
                store.digestSent(subscriber.id(), now);
            });
            sent++;
            hits += found.stream().mapToInt(f -> f.section().hits().size()).sum();
        }
        log.info("Suchbenachrichtigungen: {} E-Mails mit {} neuen Treffern, {} fehlgeschlagen", sent, hits, failures);
        return new Outcome(sent, hits, failures, false);
    }

    private record Found(long searchId, AlertMails.Section section) {
    }

    private List<SearchResult.Hit> newHits(AlertStore.StoredSearch saved, Instant now) {
        Instant lookback = now.minus(settings.lookback());
        Instant since = saved.confirmedAt().isAfter(lookback) ? saved.confirmedAt() : lookback;
        try {
            SearchResult result = search.search(saved.search().request(since, SearchRequest.MAX_PAGE_SIZE));
            Set<String> mailed = store.sentHits(saved.id());
            return result.hits().stream().filter(h -> !mailed.contains(h.kind().name() + ":" + h.id()))
                    .limit(settings.maxHitsPerSearch()).toList();
        } catch (RuntimeException e) {
            log.warn("Gespeicherte Suche {} nicht ausführbar: {}", saved.id(), e.getMessage());
            return List.of();
        }
    }
}
