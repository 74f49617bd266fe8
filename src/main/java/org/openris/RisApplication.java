package org.openris;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * The application. Spring Boot's in-memory user ("user" with a generated password in the log) is
 * switched off: logins run through identity's own controllers only, and no default account may
 * exist (OWASP ASVS 5.0 6.3.2).
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class RisApplication {
    public static void main(String[] args) {
        SpringApplication.run(RisApplication.class, args);
    }
}
