package org.openris.portal;

import java.time.Clock;
import org.openris.platform.DataGeneration;
import org.openris.visibility.RuleFingerprint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the page cache after the security filters, so cached answers get the same security headers. */
@Configuration(proxyBeanMethods = false)
class PortalPageCacheConfiguration {

    @Bean
    PortalPageCache portalPageCache(DataGeneration generation, RuleFingerprint rules, Clock clock,
                                    @Value("${ris.portal.page-cache.max-entries:5000}") int maxEntries,
                                    @Value("${ris.portal.page-cache.max-megabytes:128}") long maxMegabytes) {
        return new PortalPageCache(generation, rules, clock, maxEntries, maxMegabytes * 1024 * 1024);
    }

    @Bean
    FilterRegistrationBean<PortalPageCache> portalPageCacheRegistration(PortalPageCache cache,
                                                                       @Value("${ris.portal.page-cache.enabled:true}") boolean enabled) {
        FilterRegistrationBean<PortalPageCache> registration = new FilterRegistrationBean<>(cache);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        registration.setEnabled(enabled);
        return registration;
    }
}
