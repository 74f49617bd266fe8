package org.openris.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ris.notification.*}: {@code enabled} ({@code RIS_NOTIFICATIONS}) switches the scheduled
 * scan on, {@code interval} ({@code RIS_NOTIFICATION_INTERVAL}, read by the scheduler) is the pause
 * between scans, {@code horizon-days} how far ahead meetings are watched.
 */
@ConfigurationProperties("ris.notification")
record NotificationProperties(Integer horizonDays) {

    NotificationProperties {
        horizonDays = horizonDays == null || horizonDays <= 0 ? 60 : horizonDays;
    }
}
