package org.openris.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends plain-text e-mails (UTF-8) over SMTP; the one way out of the application for mail, used by
 * the member notifications and by other modules (e.g. password reset). The server comes from
 * {@code RIS_SMTP_*}, else from Spring's {@code spring.mail.*}; with neither, nothing is sent and
 * one log line at start-up says so.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    /** What became of a mail handed to {@link #send}. */
    public enum Delivery { SENT, NOT_CONFIGURED }

    private final JavaMailSender sender;
    private final String from;
    private final Clock clock;

    Mailer(SmtpProperties smtp, ObjectProvider<JavaMailSender> springMail, Clock clock) {
        this.sender = smtp.configured() ? ownSender(smtp) : springMail.getIfAvailable();
        this.from = smtp.from();
        this.clock = clock;
        if (sender == null) {
            log.info("E-Mail-Versand ist nicht eingerichtet (RIS_SMTP_HOST fehlt): es werden keine E-Mails verschickt.");
        } else {
            log.info("E-Mails werden über {} verschickt, Absender {}.", smtp.configured() ? smtp.host() + ":" + smtp.port() : "spring.mail", from);
        }
    }

    public boolean isConfigured() {
        return sender != null;
    }

    /**
     * Sends a plain German text mail to one address. Returns {@link Delivery#SENT} once the SMTP
     * server accepted it, {@link Delivery#NOT_CONFIGURED} when no server is set up.
     *
     * @throws MailDeliveryException when the server is unreachable or refuses the mail
     */
    public Delivery send(String to, String subject, String text) {
        return send(to, subject, text, java.util.Map.of());
    }

    /**
     * As {@link #send(String, String, String)}, with extra header fields (e.g. {@code List-Unsubscribe}
     * of the saved-search alerts; RFC 2369). Header values must be plain ASCII without line breaks.
     */
    public Delivery send(String to, String subject, String text, java.util.Map<String, String> headers) {
        if (sender == null) {
            return Delivery.NOT_CONFIGURED;
        }
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper mail = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            mail.setFrom(from);
            mail.setTo(to);
            mail.setSubject(subject);
            mail.setSentDate(Date.from(clock.instant()));
            mail.setText(text, false);
            message.setHeader("Auto-Submitted", "auto-generated");
            for (java.util.Map.Entry<String, String> header : headers.entrySet()) {
                if (header.getValue().chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
                    throw new IllegalArgumentException("header " + header.getKey());
                }
                message.setHeader(header.getKey(), header.getValue());
            }
        } catch (MessagingException | IllegalArgumentException e) {
            throw new MailDeliveryException("E-Mail an eine ungültige Adresse", true, e);
        }
        try {
            sender.send(message);
            return Delivery.SENT;
        } catch (MailAuthenticationException e) {
            throw new MailDeliveryException("Anmeldung am SMTP-Server fehlgeschlagen", false, e);
        } catch (MailSendException e) {
            boolean refused = e.getFailedMessages().values().stream().anyMatch(Mailer::addressRefused);
            throw new MailDeliveryException(refused ? "Empfängeradresse abgelehnt" : "SMTP-Server nicht erreichbar", refused, e);
        } catch (MailException e) {
            throw new MailDeliveryException("E-Mail nicht zustellbar", false, e);
        }
    }

    private static boolean addressRefused(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    static JavaMailSenderImpl ownSender(SmtpProperties smtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        if (!smtp.username().isEmpty()) {
            sender.setUsername(smtp.username());
            sender.setPassword(smtp.password());
        }
        Properties props = sender.getJavaMailProperties();
        String millis = String.valueOf(smtp.timeout().toMillis());
        props.setProperty("mail.smtp.connectiontimeout", millis);
        props.setProperty("mail.smtp.timeout", millis);
        props.setProperty("mail.smtp.writetimeout", millis);
        props.setProperty("mail.smtp.auth", String.valueOf(!smtp.username().isEmpty()));
        // STARTTLS on means required: a server (or an attacker on the path) that does not offer it gets
        // no mail and no password; the certificate must name the host (ASVS 12.3.1)
        props.setProperty("mail.smtp.starttls.enable", String.valueOf(smtp.starttls()));
        props.setProperty("mail.smtp.starttls.required", String.valueOf(smtp.starttls()));
        props.setProperty("mail.smtp.ssl.checkserveridentity", String.valueOf(smtp.starttls()));
        return sender;
    }
}
