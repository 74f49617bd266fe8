package org.openris.identity;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.session.SessionIdGenerator;

/**
 * Session ids with 216 random bits from a CSPRNG (OWASP ASVS 5.0 7.2.3 asks for at least 128).
 * Spring Session's default is a random UUID, which carries only 122 random bits. 27 bytes give
 * exactly 36 URL-safe Base64 characters, the width of {@code spring_session.session_id}.
 */
final class SessionIds implements SessionIdGenerator {

    static final int BYTES = 27;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String generate() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
