package org.openris.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.session.SessionIdGenerator;

/**
 * Two filter chains (ADR 0004):
 * <ol>
 * <li>the OParl API: stateless and anonymous by construction — no session is read or created, so a
 * member's cookie cannot change an answer; read-only, so no CSRF token;</li>
 * <li>everything else: the public portal (anonymous, no session needed), the login steps and the
 * member area, which needs a completed login (password and second factor). CSRF tokens on every
 * state-changing request, strict security headers, {@code no-store} for signed-in responses.</li>
 * </ol>
 * Logins are not handled by Spring's form-login filter but by {@link LoginController}, because the
 * session may only become authenticated after the second factor. The SSO login ({@link SsoWebSecurity})
 * joins the web chain only when configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SsoProperties.class)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none';"
            + " frame-ancestors 'none'; form-action 'self'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    @Order(1)
    SecurityFilterChain oparlApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/oparl/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(c -> c.requestCache(new NullRequestCache()))
                .csrf(c -> c.disable())
                .headers(h -> h.cacheControl(c -> c.disable())
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, SecurityContextRepository contexts, RequestCache requestCache, AuditTrail audit,
                            ObjectProvider<SsoWebSecurity> sso, Accounts accounts, java.time.Clock clock,
                            @org.springframework.beans.factory.annotation.Value("${ris.session.max-age:12h}") java.time.Duration maxAge)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/mitglieder", "/mitglieder/**", "/konto", "/konto/**", "/verwaltung", "/verwaltung/**").authenticated()
                        .anyRequest().permitAll())
                .securityContext(c -> c.securityContextRepository(contexts))
                .requestCache(c -> c.requestCache(requestCache))
                // RFC 8058 one-click unsubscribe: the token in the address replaces the CSRF token (CsrfExemptions)
                .csrf(c -> c.ignoringRequestMatchers(CsrfExemptions.matcher()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/anmelden")))
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .logout(l -> l.logoutUrl("/abmelden")
                        .logoutSuccessUrl("/anmelden?abgemeldet")
                        .addLogoutHandler((request, response, auth) -> {
                            // also on plain-http localhost, which browsers treat as a secure context
                            response.setHeader("Clear-Site-Data", "\"cache\", \"storage\"");
                            if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
                                audit.record(user.userId(), ClientAddress.of(request), AuditTrail.Action.LOGOUT, null, null, null);
                            }
                        })
                        .deleteCookies("RIS_SESSION")
                        .invalidateHttpSession(true))
                .headers(h -> h.cacheControl(c -> c.disable())
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
                        .frameOptions(f -> f.deny()))
                .addFilterAfter(new SignedInSessionCheck(accounts, audit, clock, maxAge), SecurityContextHolderFilter.class)
                .addFilterAfter(new NoStoreWhenSignedIn(), SignedInSessionCheck.class);
        sso.ifAvailable(s -> s.applyTo(http));
        return http.build();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    RequestCache requestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        return cache;
    }

    /** Picked up by Spring Session JDBC for new sessions and for every change of the session id. */
    @Bean
    SessionIdGenerator sessionIdGenerator() {
        return new SessionIds();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
    }
}
