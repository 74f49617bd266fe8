package org.openris.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The stable web addresses of the public portal, one place for the portal's templates and for other
 * modules that link to it (OParl {@code web}, feeds, mails). Paths only; callers that need absolute
 * addresses prepend the public base URL. Papers are addressed by their reference ("Drucksachen-Nummer",
 * {@code /vorlagen/20070-21}); the reference is unique per body, and where several bodies share one the
 * bare address lists them and {@link #paper(String, long)} picks one (ADR 0011).
 */
public final class PortalUrls {

    private PortalUrls() {
    }

    public static String meeting(long id) {
        return "/sitzungen/" + id;
    }

    /**
     * The address of a paper: the readable one by its reference (e.g. {@code /vorlagen/20070-21},
     * {@code /vorlagen/DS%2012-2024}), or {@link #paperById(long)} where the reference cannot be a path
     * segment (imported references such as {@code V/2024/001}, see {@link #readable(String)}).
     */
    public static String paper(long id, String reference) {
        return readable(reference) ? "/vorlagen/" + encode(reference) : paperById(id);
    }

    /** The address of a paper of a given body: unambiguous also when several bodies use the same reference. */
    public static String paper(long id, String reference, long bodyId) {
        return readable(reference) ? paper(id, reference) + "?koerperschaft=" + bodyId : paperById(id);
    }

    /** The address by internal id; it redirects to the readable one where there is one, else the page is there. */
    public static String paperById(long id) {
        return "/vorlagen/id/" + id;
    }

    /** The paper with all its public documents as one PDF, next to the paper's address. */
    public static String combinedPdf(long id, String reference) {
        return (readable(reference) ? "/vorlagen/" + encode(reference) : paperById(id)) + "/gesamt.pdf";
    }

    /**
     * Whether a reference can be the last path segment of a readable address: percent-encoded it must
     * pass the servlet container and the security firewall, which refuse encoded slashes, backslashes,
     * percent signs and semicolons, control characters and the segments "." and ".."; "id" is the
     * id address itself. Our own numbers (04411-23) always can; other systems' numbers often cannot.
     */
    public static boolean readable(String reference) {
        if (reference == null || reference.isEmpty() || reference.equals(".") || reference.equals("..") || reference.equals("id")
                || reference.length() > 200 || !reference.equals(reference.strip())) {
            return false;
        }
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c == '/' || c == '\\' || c == '%' || c == ';' || Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == reference.length() || !Character.isLowSurrogate(reference.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    public static String organization(long id) {
        return "/gremien/" + id;
    }

    public static String person(long id) {
        return "/personen/" + id;
    }

    /** A public document, opened in the browser (PDF) or downloaded, with its meaningful file name. */
    public static String file(long id) {
        return "/dateien/" + id;
    }

    /** Calendar subscriptions (ICS). */
    public static String calendarIcs() {
        return "/kalender.ics";
    }

    public static String organizationIcs(long id) {
        return "/gremien/" + id + "/kalender.ics";
    }

    public static String personIcs(long id) {
        return "/personen/" + id + "/kalender.ics";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
