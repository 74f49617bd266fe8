package org.openris.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SmtpProperties.class, NotificationProperties.class})
class NotificationConfiguration {

    /** Scheduling is switched on only where notifications run (tests call {@link Notifications#runNow()}). */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "ris.notification.enabled", havingValue = "true", matchIfMissing = true)
    static class Scheduling {
    }
}
