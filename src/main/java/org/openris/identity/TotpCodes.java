package org.openris.identity;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 6 digits, 30 s), as every authenticator app
 * (FreeOTP, Google/Microsoft Authenticator, 2FAS) understands them. A code is accepted one step
 * early or late (clock drift); the caller stores the accepted step so no code works twice.
 */
final class TotpCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    private static final int DIGITS = 6;
    private static final int SECRET_BYTES = 20;

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);

    static String newSecret(SecureRandom random) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    String codeAt(String secret, Instant instant) {
        try {
            return generator.generateOneTimePasswordString(key(secret), instant);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("unusable TOTP secret", e);
        }
    }

    /** The time step the code belongs to, if it matches now ±1 step and is later than {@code lastUsedStep}. */
    OptionalLong acceptedStep(String secret, String typed, Instant now, long lastUsedStep) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP.getSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastUsedStep && constantTimeEquals(codeAt(secret, Instant.ofEpochSecond(step * STEP.getSeconds())), code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth URI that authenticator apps read from the QR code. */
    static String otpauthUri(String issuer, String account, String secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits=6&period=30";
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
