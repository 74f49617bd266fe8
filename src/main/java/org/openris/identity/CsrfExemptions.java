package org.openris.identity;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The only state-changing web route without a CSRF token: the one-click unsubscribe of the alert
 * mails (RFC 8058). A mail provider POSTs {@code List-Unsubscribe=One-Click} to the address in the
 * mail's {@code List-Unsubscribe} header, without cookies or a form from us; the unguessable,
 * single-use token in that address is the proof instead. Exactly this path and method are exempt
 * (CsrfAndHeadersMatrixTest names it and checks that it refuses anything without a valid token).
 */
public final class CsrfExemptions {

    /** POST only; the GET of the same address shows the confirmation page with a CSRF-protected form. */
    public static final String ONE_CLICK_UNSUBSCRIBE = "/suche/benachrichtigung/abmelden/sofort";

    private CsrfExemptions() {
    }

    static RequestMatcher matcher() {
        return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, ONE_CLICK_UNSUBSCRIBE);
    }
}
