package org.openris.person;

import java.util.regex.Pattern;
import org.openris.shared.FormRejections;

/** Rules for a person's master data: a family name, sensible lengths, a plausible e-mail address. */
public final class PersonRules {

    /** The placeholder that replaces the family name of an anonymised former member. */
    public static final String ANONYMISED_NAME = "Ehemaliges Mitglied";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX = 200;

    private PersonRules() {
    }

    public static FormRejections check(PersonData person) {
        FormRejections rejections = new FormRejections();
        if (blank(person.familyName())) {
            rejections.reject("familyName", "masterdata.error.required");
        }
        length(rejections, "familyName", person.familyName());
        length(rejections, "givenName", person.givenName());
        length(rejections, "title", person.title());
        length(rejections, "formOfAddress", person.formOfAddress());
        length(rejections, "affix", person.affix());
        length(rejections, "status", person.status());
        if (!blank(person.email()) && !EMAIL.matcher(person.email().trim()).matches()) {
            rejections.reject("email", "masterdata.person.error.email");
        }
        if (person.contactPublic() && blank(person.email()) && blank(person.phone())) {
            rejections.reject("contactPublic", "masterdata.person.error.contactPublicEmpty");
        }
        return rejections;
    }

    /** Anonymisation only for former members: no membership runs today or starts later. */
    public static FormRejections checkAnonymisation(boolean alreadyAnonymised, int currentOrFutureMemberships) {
        FormRejections rejections = new FormRejections();
        if (alreadyAnonymised) {
            rejections.reject("confirm", "masterdata.person.error.alreadyAnonymised");
        } else if (currentOrFutureMemberships > 0) {
            rejections.reject("confirm", "masterdata.person.error.stillMember", currentOrFutureMemberships);
        }
        return rejections;
    }

    private static void length(FormRejections rejections, String field, String value) {
        if (value != null && value.trim().length() > MAX) {
            rejections.reject(field, "masterdata.error.tooLong", MAX);
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
