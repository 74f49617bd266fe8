package org.openris;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;

/**
 * The application. Excluded auto-configurations: Boot's OAuth2 client — the SSO login exists only
 * through {@code RIS_OIDC_*} (identity.SsoWebSecurity, ADR 0009), never by accident — and Boot's
 * in-memory user ("user" with a generated password in the log): logins run through identity's own
 * controllers only, and no default account may exist (OWASP ASVS 5.0 6.3.2).
 */
@SpringBootApplication(exclude = {OAuth2ClientAutoConfiguration.class, OAuth2ClientWebSecurityAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class})
public class RisApplication {
    public static void main(String[] args) {
        String[] arguments = args;
        if (java.util.Arrays.asList(args).contains("reindex")) {
            // maintenance command (search.ReindexCommand): no fixed HTTP port, no background jobs
            arguments = java.util.stream.Stream.concat(java.util.stream.Stream.of(args),
                    java.util.stream.Stream.of("--server.port=0", "--ris.search.background=false")).toArray(String[]::new);
        }
        if (java.util.Arrays.asList(args).contains("import-oparl")) {
            // OParl import (importer.ImportCommand): no fixed HTTP port, no background jobs, no mail
            arguments = java.util.stream.Stream.concat(java.util.stream.Stream.of(args),
                    java.util.stream.Stream.of("--server.port=0", "--ris.search.background=false", "--ris.notification.enabled=false",
                            "--ris.alerts.digest=false")).toArray(String[]::new);
        }
        SpringApplication.run(RisApplication.class, arguments);
    }
}
