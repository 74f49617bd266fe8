package org.openris.backoffice.imports;

import org.openris.backoffice.BackofficeSection;
import org.openris.identity.StaffRoles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OParl import section of the back office (issue 8): administrators only. */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

    @Bean
    BackofficeSection importSection() {
        return new BackofficeSection("import", "/verwaltung/import", 900, StaffRoles.Assignments::administrator);
    }
}
