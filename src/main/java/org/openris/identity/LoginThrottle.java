package org.openris.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts attempts in the database (so every app instance sees the same counts) and refuses
 * further attempts per {@link ThrottlePolicy}. Unknown account names are counted exactly like
 * known ones, so the answers do not tell them apart.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ThrottlePolicy policy;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.policy = ThrottlePolicy.DEFAULT;
    }

    boolean refuses(LoginChannel channel, String accountKey, String address) {
        OffsetDateTime since = OffsetDateTime.now(clock).minus(policy.window());
        long pair = jdbc.sql("""
                        SELECT count(*) FROM login_attempt a
                        WHERE a.channel = ? AND a.account_key = ? AND a.address = ? AND NOT a.success AND a.at >= ?
                          AND a.at > coalesce((SELECT max(s.at) FROM login_attempt s WHERE s.channel = a.channel
                                AND s.account_key = a.account_key AND s.address = a.address AND s.success), '-infinity')""")
                .params(channel.name(), accountKey, address, since).query(Long.class).single();
        long fromAddress = jdbc.sql("SELECT count(*) FROM login_attempt WHERE channel = ? AND address = ? AND NOT success AND at >= ?")
                .params(channel.name(), address, since).query(Long.class).single();
        return policy.refuses(pair, fromAddress);
    }

    /** Refuses by the address alone (the SSO callback: whose login it is becomes known only after processing it). */
    boolean refusesAddress(LoginChannel channel, String address) {
        OffsetDateTime since = OffsetDateTime.now(clock).minus(policy.window());
        long fromAddress = jdbc.sql("SELECT count(*) FROM login_attempt WHERE channel = ? AND address = ? AND NOT success AND at >= ?")
                .params(channel.name(), address, since).query(Long.class).single();
        return policy.refuses(0, fromAddress);
    }

    /** Records an attempt in its own transaction, so it counts even when the caller rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(LoginChannel channel, String accountKey, String address, boolean success) {
        jdbc.sql("INSERT INTO login_attempt (at, channel, account_key, address, success) VALUES (?, ?, ?, ?, ?)")
                .params(OffsetDateTime.now(clock), channel.name(), accountKey, address, success).update();
    }
}
