package org.openris.notification;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.openris.testsupport.TestSmtpServer;

/** A mail as the test SMTP server received it: recipient, decoded subject and body, raw source. */
record ReceivedMail(String to, String subject, String body, String contentType, String raw) {

    static List<ReceivedMail> to(String address) {
        return all().stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    static List<ReceivedMail> all() {
        return TestSmtpServer.received().stream().map(ReceivedMail::of).toList();
    }

    /** Everything a reader or a mail filter could see: headers, decoded subject and body, raw source. */
    String everything() {
        return subject + "\n" + body + "\n" + raw;
    }

    private static ReceivedMail of(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            String to = recipients == null ? "" : String.join(",", Arrays.stream(recipients).map(Address::toString).toList());
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            return new ReceivedMail(to, message.getSubject(), String.valueOf(message.getContent()), message.getContentType(),
                    raw.toString(StandardCharsets.UTF_8));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
