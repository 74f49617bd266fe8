package org.openris.identity;

import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * First login step: name and password. Unknown names cost the same hashing work as known ones and
 * get the same answer, so the form does not reveal who has an account.
 */
@Service
class PasswordLogin {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final String dummyHash;

    PasswordLogin(Accounts accounts, PasswordEncoder passwords, LoginThrottle throttle, AuditTrail audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.dummyHash = passwords.encode("no account has this password " + System.nanoTime());
    }

    LoginOutcome attempt(String typedName, String password, String address) {
        String key = AccountKey.of(typedName);
        if (throttle.refuses(LoginChannel.PASSWORD, key, address)) {
            Optional<Accounts.Account> known = accounts.findByUsername(key);
            audit.record(known.map(Accounts.Account::id).orElse(null), address, AuditTrail.Action.LOGIN_THROTTLED, null, null,
                    known.isPresent() ? "password" : "password, unknown account");
            return new LoginOutcome.Throttled();
        }
        Optional<Accounts.Account> account = key.isEmpty() ? Optional.empty() : accounts.findByUsername(key);
        String candidate = password == null ? "" : password;
        // BCrypt would compare only the first 72 bytes; no stored password is longer (PasswordPolicy),
        // so a longer one is wrong — checked against the dummy hash so that it costs the same time
        boolean tooLong = PasswordPolicy.tooLong(candidate);
        boolean matches = passwords.matches(tooLong ? "" : candidate,
                tooLong ? dummyHash : account.map(Accounts.Account::passwordHash).orElse(dummyHash)) && !tooLong;
        boolean accepted = matches && account.isPresent() && account.get().enabled() && account.get().passwordHash() != null;
        throttle.record(LoginChannel.PASSWORD, key, address, accepted);
        if (!accepted) {
            // a typed name that is no account may be a password typed into the wrong field: never log it
            audit.record(account.map(Accounts.Account::id).orElse(null), address, AuditTrail.Action.LOGIN_FAILED, null, null,
                    account.isPresent() ? "password" : "password, unknown account");
            return new LoginOutcome.Rejected();
        }
        return new LoginOutcome.Accepted(account.get());
    }
}
