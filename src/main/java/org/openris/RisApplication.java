package org.openris;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;

/**
 * The application. Boot's OAuth2 client auto-configuration is excluded: the SSO login exists only
 * through {@code RIS_OIDC_*} (identity.SsoWebSecurity, ADR 0009), never by accident.
 */
@SpringBootApplication(exclude = {OAuth2ClientAutoConfiguration.class, OAuth2ClientWebSecurityAutoConfiguration.class})
public class RisApplication {
    public static void main(String[] args) {
        SpringApplication.run(RisApplication.class, args);
    }
}
