package org.openris.importer;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which source addresses an import started in the admin screen may fetch (SSRF): the server fetches
 * whatever URL an administrator types and whatever the source links to, so only http(s) to public
 * addresses, unless {@code ris.importer.allow-private-addresses} is set (a source in the city's own
 * network). Checked per request, for every redirect target too. Host names are resolved here and
 * again by the HTTP client, so a name that changes its address in between (DNS rebinding) is not
 * caught; a proxy with its own rules is the stronger protection where that matters.
 */
final class AddressPolicy {

    private AddressPolicy() {
    }

    /** Null when the URL may be fetched, else the reason in German. */
    static String refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return "keine gültige Adresse";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "nur http:// und https:// sind erlaubt";
        }
        if (uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
            return "Adresse ohne Rechnernamen oder mit Zugangsdaten";
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return "Rechnername nicht auflösbar: " + uri.getHost();
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                return uri.getHost() + " liegt im internen Netz oder auf diesem Rechner (" + address.getHostAddress() + ")";
            }
        }
        return null;
    }

    /** Loopback, private (RFC 1918, fc00::/7), link-local, carrier-grade NAT, multicast, unspecified and documentation-free special ranges. */
    static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return internal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || first == 127 || (first == 100 && second >= 64 && second <= 127) || (first == 169 && second == 254)
                || (first == 198 && (second == 18 || second == 19)) || first >= 240;
    }
}
