package org.openris.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * The OpenID Connect login through the municipal SSO (ADR 0009), added to the web filter chain
 * only when {@code RIS_OIDC_ISSUER_URI} is set. Spring Security runs the authorization-code flow
 * (state, nonce, PKCE, ID-token signature and claims); what happens with its result is ours:
 * the provider's authentication never becomes the session's. {@link SsoLogin} maps it onto an
 * existing account, then either {@link LoginSession} completes the login (the provider asserted a
 * second factor) or our TOTP step follows, exactly as after a password.
 */
@Component
@Conditional(SsoConfigured.class)
class SsoWebSecurity {

    private static final Logger log = LoggerFactory.getLogger(SsoWebSecurity.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    static final String REFUSED = "/anmelden?sso-abgelehnt";
    static final String FAILED = "/anmelden?sso-fehler";
    static final String UNAVAILABLE = "/anmelden?sso-nicht-erreichbar";

    private final SsoProperties properties;
    private final SsoLogin ssoLogin;
    private final LoginSession loginSession;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final IssuerRegistration registration;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    SsoWebSecurity(SsoProperties properties, @Value("${ris.base-url:}") String baseUrl, SsoLogin ssoLogin, LoginSession loginSession,
                   LoginThrottle throttle, AuditTrail audit) {
        properties.requireComplete();
        this.properties = properties;
        this.ssoLogin = ssoLogin;
        this.loginSession = loginSession;
        this.throttle = throttle;
        this.audit = audit;
        this.registration = new IssuerRegistration(properties, redirectUri(baseUrl));
        log.info("Anmeldung über das SSO ist eingeschaltet: Anbieter {}", properties.issuerUri());
    }

    /** With RIS_BASE_URL the redirect URI is fixed; otherwise it follows the request (behind a proxy: forwarded headers). */
    static String redirectUri(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return "{baseUrl}/login/oauth2/code/{registrationId}";
        }
        String base = baseUrl.strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + SsoProperties.CALLBACK_PATH;
    }

    void applyTo(HttpSecurity http) {
        http.oauth2Login(login -> login
                        .loginPage("/anmelden")
                        .loginProcessingUrl(SsoProperties.CALLBACK_PATH)
                        .clientRegistrationRepository(registration)
                        .authorizedClientRepository(new DiscardedAuthorizedClients())
                        .authorizationEndpoint(a -> a.authorizationRequestResolver(authorizationRequests()))
                        .tokenEndpoint(t -> t.accessTokenResponseClient(tokenClient()))
                        .userInfoEndpoint(u -> u.oidcUserService(userService()))
                        .successHandler(this::succeeded)
                        .failureHandler(this::failed)
                        .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                            @Override
                            public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(SsoWebSecurity.this::startFailed);
                                return filter;
                            }
                        })
                        .withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
                            @Override
                            public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
                                // the provider's authentication is never stored: our handlers decide what the session becomes
                                filter.setSecurityContextRepository(new NullSecurityContextRepository());
                                return filter;
                            }
                        }))
                .addFilterBefore(new SsoCallbackThrottle(throttle, audit), OAuth2LoginAuthenticationFilter.class);
    }

    /** Asks for the accepted MFA level when one is configured (Keycloak then steps up to it). */
    private DefaultOAuth2AuthorizationRequestResolver authorizationRequests() {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(registration,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        if (!properties.mfaAcrValues().isEmpty()) {
            String acrValues = String.join(" ", properties.mfaAcrValues());
            resolver.setAuthorizationRequestCustomizer(b -> b.additionalParameters(p -> p.put("acr_values", acrValues)));
        }
        return resolver;
    }

    private static SimpleClientHttpRequestFactory requestFactory() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(CONNECT_TIMEOUT);
        factory.setReadTimeout(READ_TIMEOUT);
        return factory;
    }

    private static RestClientAuthorizationCodeTokenResponseClient tokenClient() {
        RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
        client.setRestClient(RestClient.builder()
                .requestFactory(requestFactory())
                .configureMessageConverters(c -> {
                    c.addCustomConverter(new FormHttpMessageConverter());
                    c.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return client;
    }

    private static OidcUserService userService() {
        RestTemplate rest = new RestTemplate(requestFactory());
        rest.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
        DefaultOAuth2UserService userInfo = new DefaultOAuth2UserService();
        userInfo.setRestOperations(rest);
        OidcUserService service = new OidcUserService();
        service.setOauth2UserService(userInfo);
        return service;
    }

    private void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication) throws IOException {
        SecurityContextHolder.clearContext();
        String address = ClientAddress.of(request);
        Optional<SsoLogin.Admitted> admitted = authentication.getPrincipal() instanceof OidcUser user
                ? ssoLogin.admit(user, address) : Optional.empty();
        if (admitted.isEmpty()) {
            redirects.sendRedirect(request, response, REFUSED);
            return;
        }
        SsoLogin.Admitted user = admitted.get();
        String next;
        if (user.secondFactorAsserted()) {
            next = loginSession.complete(request, response, user.account(), address, user.identity());
        } else {
            loginSession.ssoAccepted(request, user.account().id(), user.identity());
            next = user.account().secondFactorConfirmed() ? "/anmelden/code" : "/anmelden/einrichten";
        }
        redirects.sendRedirect(request, response, next);
    }

    /** The callback failed before we learned who it was for: tampered or replayed state, bad ID token, an error from the provider. */
    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        String address = ClientAddress.of(request);
        String reason = e instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : e.getClass().getSimpleName();
        throttle.record(LoginChannel.SSO, "sso", address, false);
        audit.record(null, address, AuditTrail.Action.LOGIN_FAILED, null, null, "sso, " + printable(reason));
        redirects.sendRedirect(request, response, FAILED);
    }

    /** The provider could not be asked (discovery failed): back to the login page, which offers the password. */
    private void startFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (!SsoProperties.START_PATH.equals(request.getRequestURI())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        redirects.sendRedirect(request, response, UNAVAILABLE);
    }

    /** The error code may come from the callback's query string: keep it short and harmless. */
    static String printable(String reason) {
        String cleaned = reason == null ? "" : reason.replaceAll("[^A-Za-z0-9_ .-]", "?");
        return cleaned.length() > 80 ? cleaned.substring(0, 80) : cleaned;
    }
}
