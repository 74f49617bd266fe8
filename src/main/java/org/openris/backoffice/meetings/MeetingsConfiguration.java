package org.openris.backoffice.meetings;

import org.openris.backoffice.BackofficeSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The back-office sections "Sitzungen und Tagesordnungen" and "Niederschriften": clerks of an organization and administrators. */
@Configuration(proxyBeanMethods = false)
class MeetingsConfiguration {

    static final String SECTION = "meetings";
    static final String MINUTES_SECTION = "minutes";

    @Bean
    BackofficeSection meetingsSection() {
        return new BackofficeSection(SECTION, "/verwaltung/sitzungen", 300, a -> a.administrator() || a.anyClerk());
    }

    /** "Niederschriften": what the council office still has to do for the minutes of held meetings. */
    @Bean
    BackofficeSection minutesSection() {
        return new BackofficeSection(MINUTES_SECTION, "/verwaltung/niederschriften", 350, a -> a.administrator() || a.anyClerk());
    }
}
