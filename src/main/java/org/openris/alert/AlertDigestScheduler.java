package org.openris.alert;

import java.time.LocalTime;
import org.openris.notification.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Runs the digest once a day at {@code RIS_ALERTS_DIGEST_TIME} ({@code RIS_ALERTS_ZONE}, default
 * 07:00 Europe/Berlin) on its own thread, when {@code RIS_ALERTS_DIGEST} is on and mail is set up.
 * Independent of the member notifications' scheduling. A failing run is logged; the next day's
 * run reports what was missed (within the look-back window).
 */
@Component
@ConditionalOnProperty(name = "ris.alerts.digest", havingValue = "true", matchIfMissing = true)
class AlertDigestScheduler implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AlertDigestScheduler.class);

    private final AlertDigest digest;
    private final Mailer mailer;
    private final AlertSettings settings;
    private ThreadPoolTaskScheduler scheduler;

    AlertDigestScheduler(AlertDigest digest, Mailer mailer, AlertSettings settings) {
        this.digest = digest;
        this.mailer = mailer;
        this.settings = settings;
    }

    static String cron(LocalTime time) {
        return "0 " + time.getMinute() + " " + time.getHour() + " * * *";
    }

    @Override
    public void afterPropertiesSet() {
        if (!mailer.isConfigured()) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("alert-digest-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        scheduler.schedule(this::run, new CronTrigger(cron(settings.digestTime()), settings.zone()));
        log.info("Suchbenachrichtigungen: tägliche E-Mail um {} ({})", settings.digestTime(), settings.zone());
    }

    private void run() {
        try {
            digest.runNow();
        } catch (RuntimeException e) {
            log.error("Lauf der Suchbenachrichtigungen fehlgeschlagen", e);
        }
    }

    @Override
    public void destroy() {
        if (scheduler != null) {
            scheduler.shutdown();
        }
    }
}
