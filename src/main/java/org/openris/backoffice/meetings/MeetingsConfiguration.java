package org.openris.backoffice.meetings;

import org.openris.backoffice.BackofficeSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The back-office section "Sitzungen und Tagesordnungen": clerks of an organization and administrators. */
@Configuration(proxyBeanMethods = false)
class MeetingsConfiguration {

    static final String SECTION = "meetings";

    @Bean
    BackofficeSection meetingsSection() {
        return new BackofficeSection(SECTION, "/verwaltung/sitzungen", 300, a -> a.administrator() || a.anyClerk());
    }
}
