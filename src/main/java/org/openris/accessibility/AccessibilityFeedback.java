package org.openris.accessibility;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openris.notification.Mailer;
import org.openris.shared.UiText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Feedback from the accessibility statement: checked, throttled per client (hash of the client
 * address only, kept a day) and mailed to {@code RIS_ACCESSIBILITY_FEEDBACK_TO}. The message itself
 * is never stored. What the visitor typed goes into the text of the mail only, never into a header.
 */
@Service
class AccessibilityFeedback {

    static final int MAX_MESSAGE = 5000;
    static final int MAX_NAME = 200;
    private static final Logger log = LoggerFactory.getLogger(AccessibilityFeedback.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    enum Result { SENT, INVALID, THROTTLED, UNAVAILABLE }

    record Outcome(Result result, List<String> errors) {
    }

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final UiText text;
    private final AccessibilitySettings settings;
    private final Clock clock;

    AccessibilityFeedback(JdbcClient jdbc, Mailer mailer, UiText text, AccessibilitySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.text = text;
        this.settings = settings;
        this.clock = clock;
    }

    Outcome submit(String name, String email, String message, String clientAddress) {
        List<String> errors = new ArrayList<>();
        if (message.isBlank()) {
            errors.add(text.get("a11y.feedback.error.message"));
        } else if (message.length() > MAX_MESSAGE) {
            errors.add(text.get("a11y.feedback.error.messageTooLong", MAX_MESSAGE));
        }
        if (name.length() > MAX_NAME) {
            errors.add(text.get("a11y.feedback.error.nameTooLong", MAX_NAME));
        }
        if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(text.get("a11y.feedback.error.email"));
        }
        if (!errors.isEmpty()) {
            return new Outcome(Result.INVALID, errors);
        }
        Instant now = clock.instant();
        String client = hash(clientAddress);
        jdbc.sql("DELETE FROM accessibility_feedback_request WHERE created < ?").param(now.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC)).update();
        long recent = jdbc.sql("SELECT count(*) FROM accessibility_feedback_request WHERE client_hash = ? AND created >= ?")
                .params(client, now.minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC)).query(Long.class).single();
        if (recent >= settings.feedbackPerClientPerHour()) {
            return new Outcome(Result.THROTTLED, List.of(text.get("a11y.feedback.error.throttled")));
        }
        jdbc.sql("INSERT INTO accessibility_feedback_request (client_hash) VALUES (?)").param(client).update();
        if (settings.feedbackTo() == null || !mailer.isConfigured()) {
            log.warn("Rückmeldung zur Barrierefreiheit nicht zustellbar: RIS_ACCESSIBILITY_FEEDBACK_TO oder SMTP nicht eingerichtet");
            return new Outcome(Result.UNAVAILABLE, List.of(text.get("a11y.feedback.error.unavailable")));
        }
        String none = text.get("a11y.feedback.mail.none");
        String body = text.get("a11y.feedback.mail.intro") + "\n\n"
                + text.get("a11y.feedback.mail.name", name.isEmpty() ? none : name) + "\n"
                + text.get("a11y.feedback.mail.email", email.isEmpty() ? none : email) + "\n\n"
                + message.strip() + "\n";
        try {
            mailer.send(settings.feedbackTo(), text.get("a11y.feedback.mail.subject"), body, Map.of());
        } catch (RuntimeException e) {
            log.warn("Rückmeldung zur Barrierefreiheit nicht versandt: {}", e.getMessage());
            return new Outcome(Result.UNAVAILABLE, List.of(text.get("a11y.feedback.error.unavailable")));
        }
        return new Outcome(Result.SENT, List.of());
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(("client:" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
