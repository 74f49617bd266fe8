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

    /** Openwall's list of the ~3,500 most common passwords (public domain) and German ones: identity/common-passwords.txt. */
    private static final Set<String> COMMON = commonPasswords();
    private static final List<String> SEQUENCES = List.of("abcdefghijklmnopqrstuvwxyz", "01234567890", "1234567890ß",
            "qwertzuiopü", "asdfghjklöä", "yxcvbnm", "qwertyuiop", "asdfghjkl", "zxcvbnm");

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
        if (password != null && common(password)) {
            problems.add("Dieses Passwort ist zu verbreitet. Bitte wählen Sie ein anderes.");
        }
        if (password != null && username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("Das Passwort darf den Benutzernamen nicht enthalten.");
        }
        return problems;
    }

    /**
     * A common password, also when lengthened the way people lengthen them (ASVS 6.2.4 asks for the
     * common passwords that meet the length rule, and those are mostly short ones dressed up): digits
     * or punctuation around a common word ("Sommer2024!!!", "passwort1234"), a word repeated
     * ("hallohallo12"), a keyboard or alphabet run ("qwertzuiop123", "123456789012"), or nothing but
     * digits and punctuation.
     */
    static boolean common(String password) {
        String lower = password.toLowerCase(Locale.ROOT).strip();
        if (COMMON.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[\\d\\p{Punct}\\s]+|[\\d\\p{Punct}\\s]+$", "");
        if (core.isEmpty() || COMMON.contains(core) || run(core)) {
            return true;
        }
        for (int n = 1; n <= core.length() / 2; n++) {
            if (core.length() % n == 0 && core.equals(core.substring(0, n).repeat(core.length() / n))) {
                String unit = core.substring(0, n);
                return n <= 3 || COMMON.contains(unit) || run(unit);
            }
        }
        return false;
    }

    /** A piece of a keyboard row or of the alphabet, forwards or backwards. */
    private static boolean run(String text) {
        if (text.length() < 4) {
            return false;
        }
        String reversed = new StringBuilder(text).reverse().toString();
        return SEQUENCES.stream().anyMatch(row -> row.contains(text) || row.contains(reversed));
    }

    private static Set<String> commonPasswords() {
        try (java.io.InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** More than BCrypt can check in full: such a password can never have been stored. */
    static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
