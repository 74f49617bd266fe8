package org.openris.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMTP server, from {@code RIS_SMTP_HOST}, {@code RIS_SMTP_PORT}, {@code RIS_SMTP_USERNAME},
 * {@code RIS_SMTP_PASSWORD}, {@code RIS_SMTP_FROM}, {@code RIS_SMTP_STARTTLS} (see
 * {@code application.properties}). Without a host no mail is sent, unless Spring's own
 * {@code spring.mail.*} settings configure a server.
 */
@ConfigurationProperties("ris.smtp")
record SmtpProperties(String host, Integer port, String username, String password, String from, Boolean starttls,
                      Duration timeout) {

    SmtpProperties {
        host = host == null ? "" : host.trim();
        port = port == null || port <= 0 ? 587 : port;
        username = username == null ? "" : username.trim();
        password = password == null ? "" : password;
        from = from == null || from.isBlank() ? "noreply@localhost" : from.trim();
        starttls = starttls == null || starttls;
        timeout = timeout == null || timeout.isNegative() || timeout.isZero() ? Duration.ofSeconds(20) : timeout;
    }

    boolean configured() {
        return !host.isEmpty();
    }
}
