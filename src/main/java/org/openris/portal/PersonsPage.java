package org.openris.portal;

import java.util.List;
import org.openris.person.PersonQueries.PersonEntry;

/** All persons by the first letter of the family name; {@code former} true: the list of former members is shown. */
public record PersonsPage(List<Letter> letters, boolean former, int count) {

    public record Letter(String letter, List<PersonEntry> persons) {

        public String anchor() {
            return "buchstabe-" + letter.toLowerCase(java.util.Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue");
        }
    }
}
