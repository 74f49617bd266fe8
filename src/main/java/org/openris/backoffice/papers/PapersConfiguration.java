package org.openris.backoffice.papers;

import org.openris.backoffice.BackofficeSection;
import org.openris.identity.StaffRoles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The papers section of the back office: authors, faction offices, clerks and administrators. */
@Configuration(proxyBeanMethods = false)
class PapersConfiguration {

    @Bean
    BackofficeSection papersSection() {
        return new BackofficeSection("papers", "/verwaltung/vorlagen", 200, StaffRoles.Assignments::staff);
    }
}
