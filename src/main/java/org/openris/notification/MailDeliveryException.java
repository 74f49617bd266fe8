package org.openris.notification;

/**
 * The SMTP server did not take a mail. {@link #permanent()}: it refused it for good (malformed or
 * rejected address), sending it again will not help; otherwise (server unreachable, timeout, login
 * failed) it may work later.
 */
public class MailDeliveryException extends RuntimeException {

    private final boolean permanent;

    MailDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
