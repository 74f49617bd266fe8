package org.openris.testsupport;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.openris.identity.Accounts;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts with an enrolled second factor, and the full login over HTTP (password, then TOTP),
 * for tests of pages that need a signed-in user.
 */
public final class MemberLogin {

    public static final String PASSWORD = "Korrektes-Pferd-Batterie-42";
    /** Base32 of the RFC 6238 test key "12345678901234567890". */
    public static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private MemberLogin() {
    }

    /** An enabled account with password {@link #PASSWORD} and the TOTP secret {@link #SECRET} already confirmed. */
    public static long enrolledAccount(Accounts accounts, JdbcClient jdbc, String username, Long personId) {
        long id = accounts.create(username, "Test " + username, username + "@example.org", personId, PASSWORD);
        jdbc.sql("UPDATE app_user SET totp_secret = ?, totp_confirmed_at = now() WHERE id = ?").params(SECRET, id).update();
        return id;
    }

    /** Signs in over HTTP and returns the session (asserting each step). */
    public static WebSession signIn(int port, JdbcClient jdbc, String username) {
        return signIn(port, jdbc, username, PASSWORD, SECRET);
    }

    /** Signs in with the given password and TOTP secret. */
    public static WebSession signIn(int port, JdbcClient jdbc, String username, String password, String secret) {
        // tests may sign in the same account several times within one 30-second step: allow it again
        jdbc.sql("UPDATE app_user SET totp_last_step = NULL WHERE lower(username) = lower(?)").param(username).update();
        WebSession session = new WebSession(port);
        session.get("/anmelden");
        expectRedirect(session.post("/anmelden", Map.of("username", username, "password", password)), "/anmelden/code");
        session.get("/anmelden/code");
        HttpResponse<String> done = session.post("/anmelden/code", Map.of("code", code(secret, Instant.now())));
        if (done.statusCode() != 302) {
            throw new AssertionError("second factor not accepted for " + username + ": " + done.statusCode());
        }
        return session;
    }

    public static String code(String secret, Instant at) {
        try {
            return new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6)
                    .generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), at);
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void expectRedirect(HttpResponse<String> response, String location) {
        if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith(location)) {
            throw new AssertionError("expected redirect to " + location + " but got " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
        }
    }
}
