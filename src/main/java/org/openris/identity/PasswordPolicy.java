package org.openris.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must satisfy (OWASP ASVS 5.0 §6.2): at least 12 characters, at most 128,
 * not one of the passwords everybody tries first, not the user name. No composition rules: a long
 * passphrase is better than "Passw0rd!". Returns German messages for the form.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("passwort1234", "password1234", "123456789012", "qwertzuiopü",
            "hallohallo12", "musterstadt1", "sommer202020", "winter202020", "passwortpasswort", "111111111111");

    private PasswordPolicy() {
    }

    public static List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("Das Passwort muss mindestens " + MIN_LENGTH + " Zeichen lang sein.");
        }
        if (length > MAX_LENGTH) {
            problems.add("Das Passwort darf höchstens " + MAX_LENGTH + " Zeichen lang sein.");
        }
        if (password != null && COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            problems.add("Dieses Passwort ist zu verbreitet. Bitte wählen Sie ein anderes.");
        }
        if (password != null && username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("Das Passwort darf den Benutzernamen nicht enthalten.");
        }
        return problems;
    }
}
