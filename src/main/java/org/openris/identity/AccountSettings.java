package org.openris.identity;

import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in user changes about their own account: the password (with the current one) and
 * the recovery codes (with a current second-factor code). Answers are results with German texts.
 */
@Service
class AccountSettings {

    /** The outcome of a change: done, or the problems to show in the form. */
    record Change(boolean done, List<String> problems, List<String> recoveryCodes) {

        static Change failed(String problem) {
            return new Change(false, List.of(problem), List.of());
        }
    }

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final SecondFactor secondFactor;
    private final AuditTrail audit;

    AccountSettings(Accounts accounts, PasswordEncoder passwords, LoginThrottle throttle, SecondFactor secondFactor, AuditTrail audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.secondFactor = secondFactor;
        this.audit = audit;
    }

    @Transactional
    Change changePassword(SignedInUser user, String current, String next, String repeated, String address) {
        String key = AccountKey.of(user.username());
        if (throttle.refuses(LoginChannel.PASSWORD, key, address)) {
            return Change.failed("Zu viele falsche Passwörter. Bitte warten Sie 15 Minuten.");
        }
        Accounts.Account account = accounts.findById(user.userId()).orElseThrow();
        String typed = current == null ? "" : current;
        // checked in full: BCrypt would compare only the first 72 bytes (see PasswordPolicy)
        boolean currentRight = account.passwordHash() != null && !PasswordPolicy.tooLong(typed) && passwords.matches(typed, account.passwordHash());
        throttle.record(LoginChannel.PASSWORD, key, address, currentRight);
        if (!currentRight) {
            return Change.failed("Das bisherige Passwort ist nicht richtig.");
        }
        if (next == null || !next.equals(repeated)) {
            return Change.failed("Die beiden neuen Passwörter stimmen nicht überein.");
        }
        List<String> problems = PasswordPolicy.problems(next, user.username());
        if (!problems.isEmpty()) {
            return new Change(false, problems, List.of());
        }
        accounts.changePassword(user.userId(), next);
        audit.record(user.userId(), address, AuditTrail.Action.PASSWORD_CHANGED, null, null, null);
        return new Change(true, List.of(), List.of());
    }

    @Transactional
    Change renewRecoveryCodes(SignedInUser user, String code, String address) {
        LoginOutcome outcome = secondFactor.verify(user.userId(), code, address);
        if (outcome instanceof LoginOutcome.Throttled) {
            return Change.failed("Zu viele falsche Codes. Bitte warten Sie 15 Minuten.");
        }
        if (!(outcome instanceof LoginOutcome.Accepted)) {
            return Change.failed("Der Code ist nicht gültig.");
        }
        List<String> codes = secondFactor.renewRecoveryCodes(user.userId());
        audit.record(user.userId(), address, AuditTrail.Action.RECOVERY_CODES_RENEWED, null, null, null);
        return new Change(true, List.of(), codes);
    }

    int unusedRecoveryCodes(SignedInUser user) {
        return secondFactor.unusedRecoveryCodes(user.userId());
    }
}
