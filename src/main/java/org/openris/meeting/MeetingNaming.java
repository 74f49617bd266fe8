package org.openris.meeting;

import java.util.Locale;

/**
 * German names of meetings and bodies in running text: "12. Sitzung des Ausschusses für Umwelt",
 * "3. Sitzung der Bezirksvertretung Nord", "Der Rat der Stadt Musterstadt beschließt …".
 */
public final class MeetingNaming {

    private MeetingNaming() {
    }

    /** "12. Sitzung des Ausschusses für Umwelt, Klima und Mobilität". */
    public static String meetingName(int number, String organizationName) {
        return number + ". Sitzung " + genitive(organizationName);
    }

    /** "des Ausschusses für …", "des Rates der Stadt …", "der Bezirksvertretung …". */
    public static String genitive(String organizationName) {
        String first = firstWord(organizationName);
        String rest = organizationName.substring(first.length());
        if (isFeminine(first)) {
            return "der " + organizationName;
        }
        return "des " + genitiveNoun(first) + rest;
    }

    /** "Der Ausschuss für …", "Die Bezirksvertretung …": the subject of a resolution sentence. */
    public static String nominative(String organizationName) {
        return (isFeminine(firstWord(organizationName)) ? "Die " : "Der ") + organizationName;
    }

    /** "dem Rat der Stadt …", "der Bezirksvertretung …": the recipient of a recommendation. */
    public static String dative(String organizationName) {
        return (isFeminine(firstWord(organizationName)) ? "der " : "dem ") + organizationName;
    }

    /** "den Rat der Stadt …", "die Bezirksvertretung …": the destination ("in den Rat durchlaufen lassen"). */
    public static String accusative(String organizationName) {
        return (isFeminine(firstWord(organizationName)) ? "die " : "den ") + organizationName;
    }

    private static String genitiveNoun(String noun) {
        String lower = noun.toLowerCase(Locale.GERMAN);
        if (lower.endsWith("ss") || lower.endsWith("s") || lower.endsWith("z")) {
            return noun + "es";
        }
        if (lower.endsWith("rat")) {
            return noun + "es";
        }
        return noun + "s";
    }

    private static boolean isFeminine(String noun) {
        String lower = noun.toLowerCase(Locale.GERMAN);
        return lower.endsWith("vertretung") || lower.endsWith("kommission") || lower.endsWith("konferenz")
                || lower.endsWith("versammlung") || lower.endsWith("gruppe") || lower.endsWith("fraktion");
    }

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
