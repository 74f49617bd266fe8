package org.openris.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a signed-in session may go on: checked on every request, because an account can be
 * disabled, its password changed elsewhere, or the session simply be too old (ASVS 7.3.2, 7.4.3).
 */
final class SessionValidity {

    /** Why a session ends before it idles out. */
    enum End {
        ACCOUNT_INACTIVE, PASSWORD_CHANGED, MAX_AGE_REACHED, LOGIN_TIME_UNKNOWN
    }

    private SessionValidity() {
    }

    /**
     * @param account           the account now, empty if it no longer exists
     * @param signedInAt        when this session completed its login (or last confirmed the password)
     */
    static Optional<End> check(Optional<Accounts.SessionState> account, Instant signedInAt, Instant now, Duration maxAge) {
        if (account.isEmpty() || !account.get().active()) {
            return Optional.of(End.ACCOUNT_INACTIVE);
        }
        if (signedInAt == null) {
            return Optional.of(End.LOGIN_TIME_UNKNOWN);
        }
        Instant changed = account.get().passwordChangedAt();
        if (changed != null && changed.isAfter(signedInAt)) {
            return Optional.of(End.PASSWORD_CHANGED);
        }
        if (!signedInAt.plus(maxAge).isAfter(now)) {
            return Optional.of(End.MAX_AGE_REACHED);
        }
        return Optional.empty();
    }
}
