package org.openris.person;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How German person names are written: "Dr. Anna von Albers"; "Rm Dr. Gruber" in minutes. */
public final class PersonNames {

    private PersonNames() {
    }

    public static String displayName(String title, String givenName, String affix, String familyName) {
        return join(title, givenName, affix, familyName);
    }

    /** Short form used in attendance lists and minutes: title and family name ("Dr. Gruber"). */
    public static String shortName(String title, String affix, String familyName) {
        return join(title, affix, familyName);
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }
}
