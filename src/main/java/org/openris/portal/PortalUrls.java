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

    /** The readable address of a paper, e.g. {@code /vorlagen/20070-21}. */
    public static String paper(String reference) {
        return "/vorlagen/" + encode(reference);
    }

    /** The address of a paper of a given body: unambiguous also when several bodies use the same reference. */
    public static String paper(String reference, long bodyId) {
        return paper(reference) + "?koerperschaft=" + bodyId;
    }

    /** The address by internal id; it redirects to the readable one. */
    public static String paperById(long id) {
        return "/vorlagen/id/" + id;
    }

    /** The paper with all its public documents as one PDF. */
    public static String combinedPdf(String reference) {
        return paper(reference) + "/gesamt.pdf";
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
