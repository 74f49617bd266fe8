package org.openris.backoffice.followups;

import org.openris.backoffice.BackofficeSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The back-office section "Beschlusskontrolle": administrators, clerks and department authors. */
@Configuration(proxyBeanMethods = false)
class FollowUpsConfiguration {

    @Bean
    BackofficeSection followUpsSection() {
        return new BackofficeSection(FollowUpsController.SECTION, "/verwaltung/beschlusskontrolle", 400, FollowUpsController::mayOpen);
    }
}
