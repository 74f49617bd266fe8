package org.openris.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** STARTTLS is required when switched on: a server that does not offer it gets no mail (and no password). */
class SmtpTransportSecurityTest {

    private GreenMail plainServer;

    @BeforeEach
    void start() {
        plainServer = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        plainServer.start();
    }

    @AfterEach
    void stop() {
        plainServer.stop();
    }

    private JavaMailSenderImpl sender(boolean starttls) {
        return Mailer.ownSender(new SmtpProperties("127.0.0.1", plainServer.getSmtp().getPort(), "", "", "ris@example.org", starttls,
                Duration.ofSeconds(5)));
    }

    private static SimpleMailMessage message() {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("ris@example.org");
        message.setTo("mitglied@example.org");
        message.setSubject("Einladung");
        message.setText("Text");
        return message;
    }

    @Test
    void with_starttls_a_server_that_does_not_offer_it_gets_nothing() {
        JavaMailSenderImpl sender = sender(true);
        assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true");
        assertThatThrownBy(() -> sender.send(message())).isInstanceOf(MailException.class).hasStackTraceContaining("STARTTLS");
        assertThat(plainServer.getReceivedMessages()).isEmpty();
    }

    @Test
    void without_starttls_the_local_relay_receives_the_mail() {
        sender(false).send(message());
        assertThat(plainServer.getReceivedMessages()).hasSize(1);
    }
}
