package org.openris.identity;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request comes from, for throttling and the audit log. Behind a reverse proxy set
 * {@code server.forward-headers-strategy=native} so that this is the client's, not the proxy's
 * (docs/operations.md).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }
}
