package org.openris.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * The state of a login in progress, kept in the HTTP session: after the password step the session
 * knows who is logging in but is not authenticated; only the second factor completes the login.
 * The session id changes at both steps (no session fixation).
 */
@Component
class LoginSession {

    static final Duration PENDING_LIFETIME = Duration.ofMinutes(5);
    private static final String PENDING = LoginSession.class.getName() + ".pending";
    private static final String SECRET = LoginSession.class.getName() + ".secret";
    private static final String RECOVERY_CODES = LoginSession.class.getName() + ".recoveryCodes";
    /** When the session completed its login (or last confirmed the password): {@link SignedInSessionCheck}. */
    static final String SIGNED_IN_AT = LoginSession.class.getName() + ".signedInAt";

    /** A login between its first step and its second factor; {@code sso} is null after a password. */
    record Pending(long userId, Instant since, SsoIdentity sso) implements Serializable {
    }

    private final SecurityContextRepository contexts;
    private final RequestCache requestCache;
    private final Accounts accounts;
    private final SsoLinks ssoLinks;
    private final AuditTrail audit;
    private final Clock clock;

    LoginSession(SecurityContextRepository contexts, RequestCache requestCache, Accounts accounts, SsoLinks ssoLinks,
                 AuditTrail audit, Clock clock) {
        this.contexts = contexts;
        this.requestCache = requestCache;
        this.accounts = accounts;
        this.ssoLinks = ssoLinks;
        this.audit = audit;
        this.clock = clock;
    }

    /** The password was right: remember who is logging in, in a new session id. */
    void passwordAccepted(HttpServletRequest request, long userId) {
        firstStepAccepted(request, userId, null);
    }

    /** The SSO provider vouched for the user but asserted no second factor: ours follows, as after a password. */
    void ssoAccepted(HttpServletRequest request, long userId, SsoIdentity identity) {
        firstStepAccepted(request, userId, identity);
    }

    private void firstStepAccepted(HttpServletRequest request, long userId, SsoIdentity sso) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(PENDING, new Pending(userId, clock.instant(), sso));
        request.getSession().removeAttribute(SECRET);
    }

    /** The user whose password was accepted in this session within the last minutes. */
    Optional<Long> pendingUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
            return Optional.empty();
        }
        if (pending.since().plus(PENDING_LIFETIME).isBefore(clock.instant())) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(pending.userId());
    }

    /** The secret offered during enrolment (the same one on every reload of the page). */
    String enrolmentSecret(HttpServletRequest request, SecondFactor secondFactor) {
        HttpSession session = request.getSession();
        if (session.getAttribute(SECRET) instanceof String secret) {
            return secret;
        }
        String secret = secondFactor.newSecret();
        session.setAttribute(SECRET, secret);
        return secret;
    }

    /** Both factors passed: authenticate the session (new id) and return where to go next. */
    String complete(HttpServletRequest request, HttpServletResponse response, Accounts.Account account, String address) {
        HttpSession session = request.getSession(false);
        SsoIdentity sso = session != null && session.getAttribute(PENDING) instanceof Pending pending && pending.userId() == account.id()
                ? pending.sso() : null;
        return complete(request, response, account, address, sso);
    }

    /**
     * Completes a login; {@code sso} names the provider's identity when the login began there (the
     * audit says "sso", and a first login stores the link now, after the second factor).
     */
    String complete(HttpServletRequest request, HttpServletResponse response, Accounts.Account account, String address,
                    SsoIdentity sso) {
        SavedRequest saved = requestCache.getRequest(request, response);
        request.getSession().removeAttribute(PENDING);
        request.getSession().removeAttribute(SECRET);
        request.changeSessionId();
        SignedInUser user = account.signedIn();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
        accounts.recordLogin(account.id());
        if (sso != null) {
            if (sso.newLink() && ssoLinks.link(account.id(), sso.issuer(), sso.subject())) {
                audit.record(account.id(), address, AuditTrail.Action.SSO_LINKED, null, null, "sso " + sso.issuer() + " " + sso.subject());
            } else {
                ssoLinks.loggedIn(sso.issuer(), sso.subject());
            }
        }
        audit.record(account.id(), address, AuditTrail.Action.LOGIN, null, null, sso == null ? null : "sso");
        if (saved != null) {
            requestCache.removeRequest(request, response);
            return localPart(saved.getRedirectUrl());
        }
        return "/mitglieder";
    }

    /** The password was just changed in this session: it goes on, every other session of the account ends. */
    void passwordChangedHere(HttpServletRequest request) {
        request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
    }

    void showRecoveryCodesOnce(HttpServletRequest request, List<String> codes) {
        request.getSession().setAttribute(RECOVERY_CODES, List.copyOf(codes));
    }

    @SuppressWarnings("unchecked")
    List<String> takeRecoveryCodes(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(RECOVERY_CODES) instanceof List<?> codes)) {
            return List.of();
        }
        session.removeAttribute(RECOVERY_CODES);
        return (List<String>) codes;
    }

    /** Only a path on this site is followed after login (no open redirect). */
    static String localPart(String url) {
        java.net.URI uri = java.net.URI.create(url);
        String path = uri.getRawPath() == null || !uri.getRawPath().startsWith("/") || uri.getRawPath().startsWith("//")
                ? "/mitglieder" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
