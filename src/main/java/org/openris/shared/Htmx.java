package org.openris.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Progressive enhancement with htmx (ADR 0017): a page that htmx updates in place answers the same
 * GET with only the changed region when the request comes from htmx ({@code HX-Request: true}),
 * and with the whole page otherwise (plain browsers, JavaScript off, history restore, crawlers).
 * Caches are told that the answer depends on the header ({@code Vary: HX-Request}).
 */
public final class Htmx {

    private Htmx() {
    }

    /** True when only the fragment is wanted; adds {@code Vary: HX-Request} to the response. */
    public static boolean fragment(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"))
                && !"true".equals(request.getHeader("HX-Boosted"));
    }
}
