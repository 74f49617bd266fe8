package org.openris.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log (TESTING.md §H): logins, failed logins, second-factor changes,
 * password changes, every read of non-public material and changes of the consent to be streamed. The table refuses UPDATE and DELETE.
 */
@Service
public class AuditTrail {

    /** What happened. */
    public enum Action {
        LOGIN, LOGIN_FAILED, LOGIN_THROTTLED, SECOND_FACTOR_FAILED, SECOND_FACTOR_ENROLLED, RECOVERY_CODE_USED,
        RECOVERY_CODES_RENEWED, LOGOUT, SSO_LINKED, PASSWORD_CHANGED, PASSWORD_RESET_REQUESTED, PASSWORD_RESET, NON_PUBLIC_READ,
        STREAM_CONSENT_GIVEN, STREAM_CONSENT_REVOKED, SESSION_ENDED, SIGNATURE_CONFIRMED
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends an entry in its own transaction: it is kept even when the surrounding work fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Long userId, String address, Action action, String objectType, Long objectId, String detail) {
        jdbc.sql("INSERT INTO audit_log (at, user_id, remote_addr, action, object_type, object_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(OffsetDateTime.now(clock), userId, address, action.name(), objectType, objectId, detail).update();
    }

    /** A signed-in user read a non-public object (a member-area page or download). */
    public void nonPublicRead(SignedInUser user, String address, String objectType, long objectId) {
        record(user.userId(), address, Action.NON_PUBLIC_READ, objectType, objectId, null);
    }
}
