package org.openris.portal;

import java.time.LocalDate;
import java.util.Locale;
import org.openris.person.PersonNames;
import org.openris.shared.GermanFormats;
import org.openris.shared.UiText;

/** Small formats of the portal pages beyond {@link GermanFormats}. */
public final class PortalFormats {

    private PortalFormats() {
    }

    /** "850 Byte", "12 KB", "1,4 MB". */
    public static String fileSize(long bytes) {
        return org.openris.shared.GermanFormats.fileSize(bytes);
    }

    /** "Rathaus, Raum 1.101". */
    public static String place(String description, String room) {
        return org.openris.shared.GermanFormats.place(description, room);
    }

    /** Nesting depth of an agenda number as a CSS class ("depth-0" … "depth-3"). */
    public static String depthClass(String number) {
        int depth = number == null ? 0 : (int) number.chars().filter(c -> c == '.').count();
        return "depth-" + Math.max(0, Math.min(depth, 3));
    }

    public static String name(String title, String givenName, String affix, String familyName) {
        return PersonNames.displayName(title, givenName, affix, familyName);
    }

    /** "seit 01.11.2025", "01.11.2020 – 31.10.2025". */
    public static String period(UiText text, LocalDate start, LocalDate end) {
        if (end == null) {
            return start == null ? "" : text.get("portal.since", GermanFormats.date(start));
        }
        return (start == null ? "" : GermanFormats.date(start)) + " – " + GermanFormats.date(end);
    }

    public static String number(long value) {
        return String.format(Locale.GERMANY, "%,d", value);
    }

    /** An external link (stream, recording) only when it is http(s); anything else (javascript:, data:) is dropped. */
    public static String webLink(String url) {
        return url != null && url.strip().matches("(?i)https?://[^\\s\"<>]+") ? url.strip() : null;
    }

    /** "Einladung: Tagesordnung …", but just "Einladung zur 3. Sitzung" when the name already starts with the label. */
    public static String labelled(String label, String name) {
        if (label == null || label.isBlank()) {
            return name;
        }
        return name != null && name.toLowerCase(Locale.GERMANY).startsWith(label.toLowerCase(Locale.GERMANY)) ? name : label + ": " + name;
    }
}
