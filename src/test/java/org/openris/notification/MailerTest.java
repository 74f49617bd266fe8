package org.openris.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.TestSmtpServer;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;

/** The mail facade other modules use (e.g. password reset), against a real SMTP server. */
@RisIntegrationTest
class MailerTest {

    @Autowired
    Mailer mailer;

    @Test
    void a_plain_german_text_arrives_with_umlauts_intact_in_subject_and_body() {
        TestSmtpServer.start();
        String to = "reset-" + UUID.randomUUID() + "@example.org";

        assertThat(mailer.send(to, "Passwort zurücksetzen – Größe ändern", "Grüße aus Köln: äöü ÄÖÜ ß €\nZweite Zeile"))
                .isEqualTo(Mailer.Delivery.SENT);

        assertThat(ReceivedMail.to(to)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Passwort zurücksetzen – Größe ändern");
            assertThat(m.body().replace("\r\n", "\n")).isEqualTo("Grüße aus Köln: äöü ÄÖÜ ß €\nZweite Zeile");
            assertThat(m.raw()).contains("From: " + TestSmtpServer.FROM);
        });
    }

    @Test
    void a_malformed_address_is_refused_for_good_an_unreachable_server_only_for_now() {
        TestSmtpServer.start();
        assertThatThrownBy(() -> mailer.send("kein Empfänger <<", "Betreff", "Text"))
                .isInstanceOfSatisfying(MailDeliveryException.class, e -> assertThat(e.permanent()).isTrue());
        TestSmtpServer.stop();
        try {
            assertThatThrownBy(() -> mailer.send("later@example.org", "Betreff", "Text"))
                    .isInstanceOfSatisfying(MailDeliveryException.class, e -> assertThat(e.permanent()).isFalse());
        } finally {
            TestSmtpServer.start();
        }
    }

    @Test
    void without_an_smtp_server_nothing_is_sent_and_the_caller_is_told() {
        SmtpProperties none = new SmtpProperties(null, null, null, null, null, null, null);
        Mailer unconfigured = new Mailer(none, new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), Clock.systemUTC());

        assertThat(unconfigured.isConfigured()).isFalse();
        assertThat(unconfigured.send("someone@example.org", "Betreff", "Text")).isEqualTo(Mailer.Delivery.NOT_CONFIGURED);
        assertThat(mailer.isConfigured()).isTrue();
    }
}
