package org.openris.person;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person's master data as the back office edits it: name parts (Anrede, Titel, Vorname,
 * Namenszusatz, Nachname), status line and contact data (contact data only for administrators).
 */
public record PersonData(String formOfAddress, String title, String givenName, String affix, String familyName,
                         String status, String email, String phone, boolean contactPublic) {

    /** The fields as the change log records them. */
    public Map<String, Object> fields(boolean withContact) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("formOfAddress", formOfAddress);
        fields.put("title", title);
        fields.put("givenName", givenName);
        fields.put("affix", affix);
        fields.put("familyName", familyName);
        fields.put("status", status);
        if (withContact) {
            fields.put("email", email);
            fields.put("phone", phone);
            fields.put("contactPublic", contactPublic);
        }
        return fields;
    }

    public String displayName() {
        return PersonNames.displayName(title, givenName, affix, familyName);
    }
}
