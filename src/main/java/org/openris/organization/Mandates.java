package org.openris.organization;

import java.util.Map;

/** The short forms that precede names in attendance lists and minutes: "Rm Albers", "sB Engel". */
public final class Mandates {

    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "MAYOR", "OB",
            "COUNCIL_MEMBER", "Rm",
            "CITIZEN_MEMBER", "sB",
            "RESIDENT_MEMBER", "sE",
            "DISTRICT_MEMBER", "BV",
            "DISTRICT_MAYOR", "BBm",
            "ADVISORY_MEMBER", "",
            "STAFF_REPRESENTATIVE", "",
            "STAFF", "",
            "FACTION_MEMBER", "");

    private Mandates() {
    }

    /** "Rm" for a council member; empty where no abbreviation is customary. */
    public static String abbreviation(String mandate) {
        if (mandate == null) {
            return "";
        }
        String abbreviation = ABBREVIATIONS.get(mandate);
        if (abbreviation == null) {
            throw new IllegalArgumentException("unknown mandate " + mandate);
        }
        return abbreviation;
    }

    /** "Rm Albers"; just the name where the mandate has no abbreviation. */
    public static String prefixed(String mandate, String name) {
        String abbreviation = abbreviation(mandate);
        return abbreviation.isEmpty() ? name : abbreviation + " " + name;
    }
}
