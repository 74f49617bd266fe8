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
 * One-time recovery codes for a lost phone: ten codes of 24 characters (six groups of four) from an
 * alphabet without look-alikes, about 119 bits each, shown once, stored only as SHA-256 hashes —
 * enough entropy that an unsalted fast hash is acceptable (ASVS 6.5.2 asks for at least 112 bits).
 * Codes of 12 characters issued before (about 59 bits) are still accepted until used or renewed.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    static final int LENGTH = 24;
    private static final int LEGACY_LENGTH = 12;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private RecoveryCodes() {
    }

    static List<String> generate(SecureRandom random) {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < LENGTH; c++) {
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
        int length = typed == null ? 0 : normalise(typed).length();
        return length == LENGTH || length == LEGACY_LENGTH;
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
