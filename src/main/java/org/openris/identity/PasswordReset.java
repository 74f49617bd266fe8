package org.openris.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openris.notification.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by e-mail. The request always gets the same answer and the mail is sent in the
 * background, so neither text nor timing tells whether an account exists. The link carries a
 * random token (256 bits) of which only the SHA-256 hash is stored; it works once, for 30 minutes.
 * A reset does not bypass the second factor, and it ends all sessions of the account.
 */
@Service
class PasswordReset {

    static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(PasswordReset.class);

    /** The outcome of setting a new password. */
    record Outcome(boolean done, boolean tokenInvalid, List<String> problems) {
    }

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Mailer mailer;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
    private final String configuredBase;
    private final Environment environment;
    private final SecureRandom random = new SecureRandom();
    private final ExecutorService mailQueue = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "password-reset-mail");
        t.setDaemon(true);
        return t;
    });

    PasswordReset(JdbcClient jdbc, Accounts accounts, Mailer mailer, LoginThrottle throttle, AuditTrail audit, Clock clock,
                  ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, @Value("${ris.base-url:}") String baseUrl,
                  Environment environment) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mailer = mailer;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
        this.configuredBase = baseUrl.isBlank() ? null : baseUrl.trim().replaceAll("/+$", "");
        this.environment = environment;
    }

    /** Handles a request for a reset link; false only when this address asked too often. */
    boolean request(String nameOrEmail, String address) {
        String key = AccountKey.of(nameOrEmail);
        if (throttle.refuses(LoginChannel.PASSWORD_RESET, key, address)) {
            return false;
        }
        // every request counts as a "failure" for throttling: nobody needs many reset mails
        throttle.record(LoginChannel.PASSWORD_RESET, key, address, false);
        Optional<Accounts.Account> account = accounts.findByUsername(key).filter(Accounts.Account::enabled)
                .or(() -> accounts.findByEmail(key).stream().findFirst());
        if (account.isEmpty() || account.get().email() == null || account.get().email().isBlank()) {
            return true;
        }
        String token = newToken(account.get().id());
        audit.record(account.get().id(), address, AuditTrail.Action.PASSWORD_RESET_REQUESTED, null, null, null);
        String to = account.get().email();
        String link = base() + "/passwort-neu?token=" + token;
        mailQueue.submit(() -> send(to, link));
        return true;
    }

    /** Whether a token from a link is (still) usable. */
    boolean usable(String token) {
        return findUser(token).isPresent();
    }

    @Transactional
    Outcome setPassword(String token, String password, String repeated, String address) {
        if (throttle.refuses(LoginChannel.PASSWORD_RESET, "token", address)) {
            return new Outcome(false, true, List.of("Zu viele Versuche. Bitte warten Sie 15 Minuten."));
        }
        Optional<Long> user = findUser(token);
        if (user.isEmpty()) {
            throttle.record(LoginChannel.PASSWORD_RESET, "token", address, false);
            return new Outcome(false, true, List.of());
        }
        Accounts.Account account = accounts.findById(user.get()).orElseThrow();
        if (password == null || !password.equals(repeated)) {
            return new Outcome(false, false, List.of("Die beiden Passwörter stimmen nicht überein."));
        }
        List<String> problems = PasswordPolicy.problems(password, account.username());
        if (!problems.isEmpty()) {
            return new Outcome(false, false, problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int used = jdbc.sql("UPDATE password_reset_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(now, hash(token), now).update();
        if (used == 0) {
            return new Outcome(false, true, List.of());
        }
        jdbc.sql("UPDATE password_reset_token SET deleted_at = ? WHERE user_id = ? AND used_at IS NULL AND deleted_at IS NULL")
                .params(now, account.id()).update();
        accounts.changePassword(account.id(), password);
        // the session store exists whenever the web application runs (not in command-line runs)
        FindByIndexNameSessionRepository<? extends Session> store = sessions.getIfAvailable();
        if (store != null) {
            store.findByPrincipalName(new SignedInUser(account.id(), account.username(), account.displayName(), account.personId()).getName())
                    .keySet().forEach(store::deleteById);
        }
        audit.record(account.id(), address, AuditTrail.Action.PASSWORD_RESET, null, null, null);
        return new Outcome(true, false, List.of());
    }

    @Transactional
    String newToken(long userId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("UPDATE password_reset_token SET deleted_at = ? WHERE user_id = ? AND used_at IS NULL AND deleted_at IS NULL")
                .params(now, userId).update();
        jdbc.sql("INSERT INTO password_reset_token (user_id, token_hash, expires_at) VALUES (?, ?, ?)")
                .params(userId, hash(token), now.plus(LIFETIME)).update();
        return token;
    }

    private Optional<Long> findUser(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT t.user_id FROM password_reset_token t JOIN app_user u ON u.id = t.user_id"
                        + " WHERE t.token_hash = ? AND t.used_at IS NULL AND t.deleted_at IS NULL AND t.expires_at > ?"
                        + " AND u.enabled AND u.deleted_at IS NULL")
                .params(hash(token), OffsetDateTime.now(clock)).query(Long.class).optional();
    }

    private void send(String to, String link) {
        try {
            mailer.send(to, "Neues Passwort für das Ratsinformationssystem",
                    "Guten Tag,\n\nSie oder jemand anderes hat ein neues Passwort für Ihr Konto im Ratsinformationssystem angefordert.\n"
                            + "Mit diesem Link vergeben Sie ein neues Passwort (er gilt 30 Minuten und nur einmal):\n\n" + link + "\n\n"
                            + "Wenn Sie nichts angefordert haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.\n"
                            + "Bei der nächsten Anmeldung fragen wir wie gewohnt nach dem Code aus Ihrer Authenticator-App.\n\n"
                            + "Ihr Ratsinformationssystem\n");
        } catch (RuntimeException e) {
            log.warn("E-Mail zum Zurücksetzen des Passworts nicht versandt: {}", e.getMessage());
        }
    }

    private String base() {
        if (configuredBase != null) {
            return configuredBase;
        }
        return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
