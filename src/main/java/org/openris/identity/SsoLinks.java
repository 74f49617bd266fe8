package org.openris.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which identity at which SSO provider (issuer + subject) belongs to which account. */
@Component
class SsoLinks {

    private final JdbcClient jdbc;
    private final Clock clock;

    SsoLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The account linked to this identity, if any. */
    Optional<Long> account(String issuer, String subject) {
        return jdbc.sql("SELECT user_id FROM sso_link WHERE issuer = ? AND subject = ? AND deleted_at IS NULL")
                .params(issuer, subject).query(Long.class).optional();
    }

    /** Whether the account is already linked to a different identity at this provider. */
    boolean linkedToAnother(long userId, String issuer, String subject) {
        return jdbc.sql("SELECT count(*) FROM sso_link WHERE user_id = ? AND issuer = ? AND subject <> ? AND deleted_at IS NULL")
                .params(userId, issuer, subject).query(Long.class).single() > 0;
    }

    /**
     * Links the identity to the account unless either is linked already (then nothing changes:
     * the unique indexes decide a race); returns whether the link was created.
     */
    @Transactional
    boolean link(long userId, String issuer, String subject) {
        return jdbc.sql("INSERT INTO sso_link (user_id, issuer, subject, last_login_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(userId, issuer, subject, OffsetDateTime.now(clock)).update() > 0;
    }

    @Transactional
    void loggedIn(String issuer, String subject) {
        jdbc.sql("UPDATE sso_link SET last_login_at = ? WHERE issuer = ? AND subject = ? AND deleted_at IS NULL")
                .params(OffsetDateTime.now(clock), issuer, subject).update();
    }
}
