package org.openris.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One-time recovery codes for a lost phone: ten codes of 12 characters from an alphabet without
 * look-alikes (about 60 bits each), shown once, stored only as SHA-256 hashes.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private RecoveryCodes() {
    }

    static List<String> generate(SecureRandom random) {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 12; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** Looks like a recovery code (not a six-digit TOTP code)? */
    static boolean looksLikeOne(String typed) {
        return typed != null && normalise(typed).length() == 12;
    }

    static String hash(String typed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalise(typed).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
