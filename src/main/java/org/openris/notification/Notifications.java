package org.openris.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs the member notifications: records for every recipient what is new for them, then mails what
 * is pending. Called by the scheduler every {@code ris.notification.interval}; safe to call from
 * several instances at once (advisory lock per user while recording, row locks while mailing).
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final Recipients recipients;
    private final NotificationScan scan;
    private final NotificationDelivery delivery;
    private final Mailer mailer;
    private final Clock clock;

    Notifications(Recipients recipients, NotificationScan scan, NotificationDelivery delivery, Mailer mailer, Clock clock) {
        this.recipients = recipients;
        this.scan = scan;
        this.delivery = delivery;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** One run; without a configured SMTP server nothing is recorded or sent. */
    public RunReport runNow() {
        if (!mailer.isConfigured()) {
            return new RunReport(0, 0, 0, 0);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int recorded = 0;
        for (Recipient recipient : recipients.all()) {
            recorded += scan.scan(recipient, now);
        }
        NotificationDelivery.Outcome outcome = delivery.deliver(now);
        RunReport report = new RunReport(recorded, outcome.sent, outcome.deferred, outcome.failed);
        if (report.sent() + report.deferred() + report.failed() > 0) {
            log.info("Benachrichtigungen: {} neu, {} E-Mails versandt, {} zurückgestellt, {} abgelehnt",
                    report.recorded(), report.sent(), report.deferred(), report.failed());
        }
        return report;
    }

    /**
     * What a run did: notices newly recorded as pending, mails accepted by the server, mails deferred
     * to the next run (server unreachable), mails refused for good.
     */
    public record RunReport(int recorded, int sent, int deferred, int failed) {
    }
}
