package org.openris.backoffice.masterdata;

import org.openris.backoffice.BackofficeSection;
import org.openris.identity.StaffRoles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Master data (Stammdaten): organizations, legislative terms, persons, memberships – council office and administrators. */
@Configuration(proxyBeanMethods = false)
class MasterDataConfiguration {

    @Bean
    BackofficeSection masterDataSection() {
        return new BackofficeSection("masterdata", MasterDataPaths.ROOT, 100, StaffRoles.Assignments::anyClerk);
    }
}
