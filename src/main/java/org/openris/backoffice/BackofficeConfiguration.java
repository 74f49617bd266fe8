package org.openris.backoffice;

import org.openris.identity.StaffRoles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sections the back-office module itself provides. */
@Configuration(proxyBeanMethods = false)
class BackofficeConfiguration {

    @Bean
    BackofficeSection changeLogSection() {
        return new BackofficeSection("changes", "/verwaltung/protokoll", 900, StaffRoles.Assignments::administrator);
    }
}
