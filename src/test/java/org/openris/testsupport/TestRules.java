package org.openris.testsupport;

import org.openris.visibility.VisibilityRules;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts {@link SwitchableVisibilityRules} in place of the production rules in every test application. */
@TestConfiguration(proxyBeanMethods = false)
public class TestRules {

    @Bean
    @Primary
    VisibilityRules switchableVisibilityRules() {
        return new SwitchableVisibilityRules();
    }
}
