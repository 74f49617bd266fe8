package org.openris.accessibility;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessibilitySettings.class)
class AccessibilityConfiguration {
}
