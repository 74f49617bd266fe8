package org.openris.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Subscribing with double opt-in, confirming and unsubscribing. A request always gets the same
 * answer whether the address is known, already has searches or reached its limit; only too many
 * requests from one client are refused openly. Nothing but the confirmation mail is sent before the
 * owner of the address confirmed (and at the limit, one notice instead of it).
 */
@Service
class Subscriptions {

    private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

    enum Outcome { ACCEPTED, THROTTLED }

    /** What a confirmation link would confirm. */
    record Pending(long tokenId, long searchId, SavedSearch search) {
    }

    private final AlertStore store;
    private final AlertMails mails;
    private final AlertSettings settings;
    private final Clock clock;
    private final TransactionTemplate tx;

    Subscriptions(AlertStore store, AlertMails mails, AlertSettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.mails = mails;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A checked request (see {@link SubscriptionForm}) from a client address. */
    Outcome subscribe(String email, SavedSearch search, String clientAddress) {
        Instant now = clock.instant();
        String clientHash = Tokens.hash("client:" + clientAddress);
        String addressHash = Tokens.hash("address:" + SubscriptionForm.normalised(email));
        Instant hourAgo = now.minus(Duration.ofHours(1));
        if (store.requestsFromClient(clientHash, hourAgo) >= settings.requestsPerClientPerHour()) {
            return Outcome.THROTTLED;
        }
        store.recordRequest(addressHash, clientHash);
        if (store.requestsForAddress(addressHash, hourAgo) > settings.requestsPerAddressPerHour()) {
            // the address got enough mail from us this hour; the answer stays the same
            log.info("Suchbenachrichtigung: zu viele Anfragen für eine Adresse, keine E-Mail");
            return Outcome.ACCEPTED;
        }
        String confirmToken = Tokens.random();
        String unsubscribeToken = Tokens.random();
        boolean[] atLimit = new boolean[1];
        tx.executeWithoutResult(status -> {
            AlertStore.Subscriber subscriber = store.subscriber(email);
            List<AlertStore.StoredSearch> searches = store.searches(subscriber.id());
            Optional<AlertStore.StoredSearch> same = searches.stream().filter(s -> s.search().equals(search)).findFirst();
            store.addToken(subscriber.id(), null, AlertStore.Purpose.UNSUBSCRIBE, unsubscribeToken, now.plus(settings.unsubscribeLifetime()));
            if (same.isEmpty() && searches.size() >= settings.maxSearchesPerAddress()) {
                atLimit[0] = true;
                return;
            }
            long searchId = same.map(AlertStore.StoredSearch::id).orElseGet(() -> store.addSearch(subscriber.id(), search));
            store.addToken(subscriber.id(), searchId, AlertStore.Purpose.CONFIRM, confirmToken, now.plus(settings.confirmationLifetime()));
        });
        try {
            if (atLimit[0]) {
                mails.limitReached(email, search, settings.maxSearchesPerAddress(), unsubscribeToken);
            } else {
                mails.confirmation(email, search, confirmToken, unsubscribeToken, settings.confirmationLifetime().toHours());
            }
        } catch (RuntimeException e) {
            log.warn("Bestätigungs-E-Mail der Suchbenachrichtigung nicht versandt: {}", e.getMessage());
        }
        return Outcome.ACCEPTED;
    }

    /** The search a confirmation link stands for, while the link is usable. */
    Optional<Pending> pending(String token) {
        return store.usableToken(token, AlertStore.Purpose.CONFIRM, clock.instant())
                .flatMap(t -> store.search(t.searchId()).map(s -> new Pending(t.tokenId(), s.id(), s.search())));
    }

    /** Confirms once; false when the link is unknown, used or expired. */
    boolean confirm(String token) {
        Instant now = clock.instant();
        Boolean done = tx.execute(status -> {
            Optional<Pending> pending = pending(token);
            if (pending.isEmpty() || !store.use(pending.get().tokenId(), now)) {
                return false;
            }
            store.confirm(pending.get().searchId(), now);
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    /** Whether an unsubscribe link is usable. */
    boolean unsubscribable(String token) {
        return store.usableToken(token, AlertStore.Purpose.UNSUBSCRIBE, clock.instant()).isPresent();
    }

    /** Deletes all searches of the address and erases it; false when the link is not usable. */
    boolean unsubscribe(String token) {
        Instant now = clock.instant();
        Boolean done = tx.execute(status -> {
            Optional<AlertStore.TokenOwner> owner = store.usableToken(token, AlertStore.Purpose.UNSUBSCRIBE, now);
            owner.ifPresent(o -> store.erase(o.subscriberId(), now));
            return owner.isPresent();
        });
        return Boolean.TRUE.equals(done);
    }
}
