package org.openris.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session on the next request once its account is disabled or deleted, its password
 * was changed in another session or reset, or it is older than the absolute maximum
 * ({@code RIS_SESSION_MAX_AGE}, default 12 hours) — not only when it idles out. The request then
 * goes on as anonymous: member pages send it to the login.
 */
class SignedInSessionCheck extends OncePerRequestFilter {

    private final Accounts accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration maxAge;

    SignedInSessionCheck(Accounts accounts, AuditTrail audit, Clock clock, Duration maxAge) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<SignedInUser> user = SignedInUsers.current();
        HttpSession session = request.getSession(false);
        if (user.isPresent() && session != null) {
            Instant signedInAt = session.getAttribute(LoginSession.SIGNED_IN_AT) instanceof Instant at ? at : null;
            Optional<SessionValidity.End> end = SessionValidity.check(accounts.sessionState(user.get().userId()), signedInAt,
                    clock.instant(), maxAge);
            if (end.isPresent()) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                audit.record(user.get().userId(), ClientAddress.of(request), AuditTrail.Action.SESSION_ENDED, null, null,
                        end.get().name());
            }
        }
        chain.doFilter(request, response);
    }
}
