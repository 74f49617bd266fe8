package org.openris.alert;

import java.sql.Date;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The alert tables (V1_70): subscribers, saved searches, one-time link tokens, mailed hits, requests. */
@Component
class AlertStore {

    enum Purpose { CONFIRM, UNSUBSCRIBE }

    record Subscriber(long id, String email) {
    }

    record StoredSearch(long id, long subscriberId, SavedSearch search, Instant confirmedAt) {
    }

    /** A usable token: whose it is and (for CONFIRM) which search. */
    record TokenOwner(long tokenId, long subscriberId, Long searchId) {
    }

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- throttling

    void recordRequest(String addressHash, String clientHash) {
        jdbc.sql("INSERT INTO alert_request (address_hash, client_hash) VALUES (?, ?)").params(addressHash, clientHash).update();
    }

    long requestsFromClient(String clientHash, Instant since) {
        return jdbc.sql("SELECT count(*) FROM alert_request WHERE client_hash = ? AND created >= ?").params(clientHash, at(since))
                .query(Long.class).single();
    }

    long requestsForAddress(String addressHash, Instant since) {
        return jdbc.sql("SELECT count(*) FROM alert_request WHERE address_hash = ? AND created >= ?").params(addressHash, at(since))
                .query(Long.class).single();
    }

    // ---- subscribers and searches

    Subscriber subscriber(String email) {
        jdbc.sql("INSERT INTO alert_subscriber (email) VALUES (?) ON CONFLICT (lower(email)) WHERE deleted_at IS NULL DO NOTHING")
                .param(email).update();
        return jdbc.sql("SELECT id, email FROM alert_subscriber WHERE lower(email) = lower(?) AND deleted_at IS NULL").param(email)
                .query((rs, n) -> new Subscriber(rs.getLong(1), rs.getString(2))).single();
    }

    Optional<Subscriber> subscriber(long id) {
        return jdbc.sql("SELECT id, email FROM alert_subscriber WHERE id = ? AND deleted_at IS NULL").param(id)
                .query((rs, n) -> new Subscriber(rs.getLong(1), rs.getString(2))).optional();
    }

    /** Saved searches of the address that are confirmed or still waiting for confirmation. */
    List<StoredSearch> searches(long subscriberId) {
        return jdbc.sql(SEARCH_COLUMNS + " WHERE subscriber_id = ? AND deleted_at IS NULL ORDER BY id").param(subscriberId)
                .query((rs, n) -> storedSearch(rs)).list();
    }

    Optional<StoredSearch> search(long id) {
        return jdbc.sql(SEARCH_COLUMNS + " WHERE id = ? AND deleted_at IS NULL").param(id).query((rs, n) -> storedSearch(rs)).optional();
    }

    long addSearch(long subscriberId, SavedSearch s) {
        return jdbc.sql("INSERT INTO alert_search (subscriber_id, query, type_label, organization, year, originator, date_from, date_to)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(subscriberId, s.query(), s.type(), s.organization(), s.year(), s.originator(),
                        s.from() == null ? null : Date.valueOf(s.from()), s.to() == null ? null : Date.valueOf(s.to()))
                .query(Long.class).single();
    }

    void confirm(long searchId, Instant now) {
        jdbc.sql("UPDATE alert_search SET confirmed_at = ? WHERE id = ? AND confirmed_at IS NULL AND deleted_at IS NULL")
                .params(at(now), searchId).update();
    }

    /** Subscribers with at least one confirmed search. */
    List<Subscriber> activeSubscribers() {
        return jdbc.sql("SELECT s.id, s.email FROM alert_subscriber s WHERE s.deleted_at IS NULL AND EXISTS (SELECT 1 FROM alert_search a"
                        + " WHERE a.subscriber_id = s.id AND a.deleted_at IS NULL AND a.confirmed_at IS NOT NULL) ORDER BY s.id")
                .query((rs, n) -> new Subscriber(rs.getLong(1), rs.getString(2))).list();
    }

    void digestSent(long subscriberId, Instant now) {
        jdbc.sql("UPDATE alert_subscriber SET last_digest_at = ? WHERE id = ?").params(at(now), subscriberId).update();
    }

    /**
     * Unsubscribing: the searches, their tokens and mailed hits are deleted, the address is erased
     * and the subscriber row kept only as an anonymous tombstone.
     */
    void erase(long subscriberId, Instant now) {
        jdbc.sql("DELETE FROM alert_token WHERE subscriber_id = ?").param(subscriberId).update();
        jdbc.sql("DELETE FROM alert_search WHERE subscriber_id = ?").param(subscriberId).update();
        jdbc.sql("UPDATE alert_subscriber SET email = NULL, deleted_at = ? WHERE id = ? AND deleted_at IS NULL")
                .params(at(now), subscriberId).update();
    }

    // ---- tokens

    void addToken(long subscriberId, Long searchId, Purpose purpose, String token, Instant expires) {
        jdbc.sql("INSERT INTO alert_token (subscriber_id, search_id, purpose, token_hash, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(subscriberId, searchId, purpose.name(), Tokens.hash(token), at(expires)).update();
    }

    Optional<TokenOwner> usableToken(String token, Purpose purpose, Instant now) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT t.id, t.subscriber_id, t.search_id FROM alert_token t JOIN alert_subscriber s ON s.id = t.subscriber_id"
                        + " WHERE t.token_hash = ? AND t.purpose = ? AND t.used_at IS NULL AND t.deleted_at IS NULL AND t.expires_at > ?"
                        + " AND s.deleted_at IS NULL")
                .params(Tokens.hash(token), purpose.name(), at(now))
                .query((rs, n) -> new TokenOwner(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3))).optional();
    }

    /** Marks a token used; false when it was used meanwhile (two clicks at once). */
    boolean use(long tokenId, Instant now) {
        return jdbc.sql("UPDATE alert_token SET used_at = ? WHERE id = ? AND used_at IS NULL").params(at(now), tokenId).update() == 1;
    }

    // ---- mailed hits

    Set<String> sentHits(long searchId) {
        return new HashSet<>(jdbc.sql("SELECT kind || ':' || object_id FROM alert_hit_sent WHERE search_id = ?").param(searchId)
                .query(String.class).list());
    }

    void hitSent(long searchId, String kind, long objectId) {
        jdbc.sql("INSERT INTO alert_hit_sent (search_id, kind, object_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(searchId, kind, objectId).update();
    }

    // ---- retention (docs/security.md)

    /** Deletes what is no longer needed; returns the number of addresses erased. */
    int purge(Instant now, java.time.Duration confirmationLifetime, java.time.Duration lookback) {
        jdbc.sql("DELETE FROM alert_request WHERE created < ?").param(at(now.minus(java.time.Duration.ofDays(1)))).update();
        jdbc.sql("DELETE FROM alert_token WHERE expires_at < ? OR used_at IS NOT NULL").param(at(now)).update();
        jdbc.sql("DELETE FROM alert_hit_sent WHERE created < ?").param(at(now.minus(lookback).minus(java.time.Duration.ofDays(1)))).update();
        // searches never confirmed within the lifetime of their link
        jdbc.sql("DELETE FROM alert_search a WHERE a.confirmed_at IS NULL AND a.created < ? AND NOT EXISTS (SELECT 1 FROM alert_token t"
                + " WHERE t.search_id = a.id AND t.expires_at > ?)").params(at(now.minus(confirmationLifetime)), at(now)).update();
        // addresses left without any search: erased
        List<Long> orphans = jdbc.sql("SELECT s.id FROM alert_subscriber s WHERE s.deleted_at IS NULL AND s.created < ?"
                        + " AND NOT EXISTS (SELECT 1 FROM alert_search a WHERE a.subscriber_id = s.id AND a.deleted_at IS NULL)")
                .param(at(now.minus(confirmationLifetime))).query(Long.class).list();
        orphans.forEach(id -> erase(id, now));
        // anonymous tombstones are kept for 30 days
        jdbc.sql("DELETE FROM alert_subscriber WHERE deleted_at < ? AND email IS NULL AND NOT EXISTS"
                + " (SELECT 1 FROM alert_search a WHERE a.subscriber_id = alert_subscriber.id)").param(at(now.minus(java.time.Duration.ofDays(30)))).update();
        return orphans.size();
    }

    private static final String SEARCH_COLUMNS = "SELECT id, subscriber_id, query, type_label, organization, year, originator, date_from,"
            + " date_to, confirmed_at FROM alert_search";

    private static StoredSearch storedSearch(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date from = rs.getDate("date_from");
        Date to = rs.getDate("date_to");
        OffsetDateTime confirmed = rs.getObject("confirmed_at", OffsetDateTime.class);
        SavedSearch search = new SavedSearch(rs.getString("query"), rs.getString("type_label"), rs.getString("organization"),
                (Integer) rs.getObject("year"), rs.getString("originator"), from == null ? null : from.toLocalDate(),
                to == null ? null : to.toLocalDate());
        return new StoredSearch(rs.getLong("id"), rs.getLong("subscriber_id"), search, confirmed == null ? null : confirmed.toInstant());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
