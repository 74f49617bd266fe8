package org.openris.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles the SSO callback per address (TESTING.md §D) before anything of it is processed: who
 * the callback is for is known only afterwards. Failed callbacks (tampered state or nonce, refused
 * or unknown users, errors from the provider) count against the address; past the limit the
 * answer is 429 with the German login page, whatever the callback carries.
 */
final class SsoCallbackThrottle extends OncePerRequestFilter {

    /** Request attribute telling the login page to answer "too many attempts" with 429. */
    static final String THROTTLED = SsoCallbackThrottle.class.getName() + ".throttled";

    private final LoginThrottle throttle;
    private final AuditTrail audit;

    SsoCallbackThrottle(LoginThrottle throttle, AuditTrail audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SsoProperties.CALLBACK_PATH.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = ClientAddress.of(request);
        if (throttle.refusesAddress(LoginChannel.SSO, address)) {
            audit.record(null, address, AuditTrail.Action.LOGIN_THROTTLED, null, null, "sso");
            request.setAttribute(THROTTLED, Boolean.TRUE);
            request.getRequestDispatcher("/anmelden").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
