package org.openris.identity;

import java.time.Duration;

/**
 * When login attempts are refused for a while (OWASP ASVS 5.0 §6.3.1, TESTING.md §D).
 *
 * <p>Failures are counted per <em>account and address</em> and per <em>address</em>, never per
 * account alone: an attacker hammering a member's name from elsewhere can slow themselves down
 * but cannot lock the real member out on session day. Guessing from many addresses is bounded by
 * the mandatory second factor. A success from an address clears that address's count for the
 * account.
 */
record ThrottlePolicy(int failuresPerAccountAndAddress, int failuresPerAddress, Duration window) {

    static final ThrottlePolicy DEFAULT = new ThrottlePolicy(5, 30, Duration.ofMinutes(15));

    boolean refuses(long accountAndAddressFailures, long addressFailures) {
        return accountAndAddressFailures >= failuresPerAccountAndAddress || addressFailures >= failuresPerAddress;
    }
}
