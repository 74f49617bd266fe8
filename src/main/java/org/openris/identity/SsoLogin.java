package org.openris.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * Decides whether a user the SSO provider vouched for may into OpenRIS (ADR 0009): only into an
 * existing, enabled account (no self-registration), found by the stored link of issuer and
 * subject, or at the first login by the configured claims. Whether our own second factor is still
 * needed depends on the provider asserting one ({@code acr}/{@code amr} of the ID token).
 * Every refusal is audited and counted for throttling, and all look the same to the user.
 */
@Service
class SsoLogin {

    /** The provider's user may continue, into this account. */
    record Admitted(Accounts.Account account, SsoIdentity identity, boolean secondFactorAsserted) {
    }

    private final SsoProperties properties;
    private final SsoLinks links;
    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final AuditTrail audit;

    SsoLogin(SsoProperties properties, SsoLinks links, Accounts accounts, LoginThrottle throttle, AuditTrail audit) {
        this.properties = properties;
        this.links = links;
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    Optional<Admitted> admit(OidcUser user, String address) {
        OidcIdToken idToken = user.getIdToken();
        String issuer = idToken.getIssuer() == null ? properties.issuerUri() : idToken.getIssuer().toString();
        String subject = idToken.getSubject();
        if (subject == null || subject.isBlank()) {
            return refuse(null, "sso", address, "sso, no subject");
        }
        String key = throttleKey(subject);
        Optional<Long> linked = links.account(issuer, subject);
        Optional<Accounts.Account> account = linked.isPresent() ? linked.flatMap(accounts::findById) : firstLoginCandidate(user);
        if (account.isEmpty()) {
            return refuse(null, key, address, "sso, unknown account");
        }
        long userId = account.get().id();
        if (linked.isEmpty() && links.linkedToAnother(userId, issuer, subject)) {
            return refuse(userId, key, address, "sso, account linked to another identity");
        }
        if (!account.get().enabled()) {
            return refuse(userId, key, address, "sso, disabled account");
        }
        throttle.record(LoginChannel.SSO, key, address, true);
        return Optional.of(new Admitted(account.get(), new SsoIdentity(issuer, subject, linked.isEmpty()), secondFactorAsserted(idToken)));
    }

    /** The provider checked a second factor: an accepted {@code acr}, or any accepted {@code amr} value. */
    boolean secondFactorAsserted(OidcIdToken idToken) {
        String acr = idToken.getAuthenticationContextClass();
        if (acr != null && properties.mfaAcrValues().contains(acr)) {
            return true;
        }
        List<String> amr = idToken.getAuthenticationMethods();
        return amr != null && amr.stream().anyMatch(properties.mfaAmrValues()::contains);
    }

    private Optional<Accounts.Account> firstLoginCandidate(OidcUser user) {
        for (String way : properties.linkBy()) {
            Optional<Accounts.Account> found = way.equals("email") ? byVerifiedEmail(user) : byUsername(user);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Accounts.Account> byUsername(OidcUser user) {
        Object claim = user.getClaims().get(properties.usernameClaim());
        if (!(claim instanceof String name) || name.isBlank() || name.length() > AccountKey.MAX_LENGTH) {
            return Optional.empty();
        }
        return accounts.findByUsername(name);
    }

    /** Only an address the provider marked verified, and only when exactly one account has it. */
    private Optional<Accounts.Account> byVerifiedEmail(OidcUser user) {
        String email = user.getEmail();
        if (!Boolean.TRUE.equals(user.getEmailVerified()) || email == null || email.isBlank()) {
            return Optional.empty();
        }
        List<Accounts.Account> found = accounts.findByEmail(email);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private Optional<Admitted> refuse(Long userId, String key, String address, String detail) {
        throttle.record(LoginChannel.SSO, key, address, false);
        audit.record(userId, address, AuditTrail.Action.LOGIN_FAILED, null, null, detail);
        return Optional.empty();
    }

    static String throttleKey(String subject) {
        return AccountKey.of("sso:" + subject);
    }
}
