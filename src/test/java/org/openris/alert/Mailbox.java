package org.openris.alert;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openris.testsupport.TestSmtpServer;

/** Mails the test SMTP server (GreenMail) received for one address: subject, decoded body, List-Unsubscribe(-Post). */
record Mailbox(String to, String subject, String body, String listUnsubscribe, String listUnsubscribePost) {

    static List<Mailbox> of(String address) {
        return TestSmtpServer.received().stream().map(Mailbox::read).filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    /** The token of the first link to {@code path} in the body. */
    String token(String path) {
        Matcher m = Pattern.compile(Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]{43})").matcher(body);
        if (!m.find()) {
            throw new AssertionError("no link to " + path + " in:\n" + body);
        }
        return m.group(1);
    }

    private static Mailbox read(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            String to = recipients == null ? "" : String.join(",", Arrays.stream(recipients).map(Address::toString).toList());
            String[] unsubscribe = message.getHeader("List-Unsubscribe");
            String[] post = message.getHeader("List-Unsubscribe-Post");
            return new Mailbox(to, message.getSubject(), String.valueOf(message.getContent()), unsubscribe == null ? null : unsubscribe[0],
                    post == null ? null : post[0]);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
