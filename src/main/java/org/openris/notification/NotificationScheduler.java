package org.openris.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the notifications every {@code ris.notification.interval} (default five minutes) when
 * {@code ris.notification.enabled} and an SMTP server is configured. A failing run is logged and
 * the next one starts on time.
 */
@Component
@ConditionalOnProperty(name = "ris.notification.enabled", havingValue = "true", matchIfMissing = true)
class NotificationScheduler {

    private static final Logger log = LoggerFactory.getLogger(NotificationScheduler.class);

    private final Notifications notifications;
    private final Mailer mailer;

    NotificationScheduler(Notifications notifications, Mailer mailer, MailLinks links) {
        this.notifications = notifications;
        this.mailer = mailer;
        if (mailer.isConfigured() && !links.baseConfigured()) {
            log.warn("RIS_BASE_URL ist nicht gesetzt: Links in Benachrichtigungen zeigen auf den lokalen Server.");
        }
    }

    @Scheduled(initialDelayString = "${ris.notification.initial-delay:PT1M}", fixedDelayString = "${ris.notification.interval:PT5M}")
    void run() {
        if (!mailer.isConfigured()) {
            return;
        }
        try {
            notifications.runNow();
        } catch (RuntimeException e) {
            log.error("Benachrichtigungslauf fehlgeschlagen", e);
        }
    }
}
