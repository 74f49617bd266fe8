package org.openris.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must satisfy (OWASP ASVS 5.0 §6.2): at least 12 characters, at most 72 bytes
 * in UTF-8 (so at least 64 characters without umlauts, ASVS 6.2.9), not one of the passwords
 * everybody tries first, not the user name. No composition rules: a long passphrase is better than
 * "Passw0rd!". Returns German messages for the form.
 *
 * <p>The upper limit is BCrypt's: it reads only the first 72 bytes of a password, and Spring's
 * encoder refuses to hash longer ones. A longer password would either fail on saving or be checked
 * only in part, which ASVS 6.2.8 forbids. If the default encoder moves to Argon2id, the limit can
 * go up.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** BCrypt's limit: bytes of the UTF-8 encoding (ASCII letters 1 byte, umlauts and ß 2, € 3). */
    public static final int MAX_BYTES = 72;

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
        if (password != null && tooLong(password)) {
            problems.add("Das Passwort darf höchstens " + MAX_BYTES + " Zeichen lang sein; Umlaute, ß und andere"
                    + " Sonderzeichen zählen doppelt oder dreifach.");
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

    /** More than BCrypt can check in full: such a password can never have been stored. */
    static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
