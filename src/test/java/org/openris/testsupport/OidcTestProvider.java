package org.openris.testsupport;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID provider for tests: Spring Authorization Server in a small application context of
 * its own (no auto-configuration) on a random port of {@code localhost}. It serves discovery, JWKS,
 * authorize (with its own form login), token and userinfo, and validates the client, its secret,
 * the redirect URI and PKCE as a municipal Keycloak would. Each user's extra ID-token claims
 * ({@code preferred_username}, {@code email}, {@code acr}, {@code amr}, even a wrong
 * {@code nonce}) are set by the test.
 *
 * <p>The provider answers on {@code localhost} and the application is addressed as
 * {@code 127.0.0.1}, so the two never share cookies, and the provider accepts the application's
 * random port in the redirect URI (loopback rule of OAuth 2.1).
 */
public final class OidcTestProvider implements AutoCloseable {

    public static final String CLIENT_ID = "openris";
    public static final String CLIENT_SECRET = "test-geheimnis-" + UUID.randomUUID();
    public static final String PASSWORD = "idp-passwort";

    /** The extra ID-token claims per user. */
    static final class Claims {
        final Map<String, Map<String, Object>> byUser = new ConcurrentHashMap<>();
    }

    private final AnnotationConfigServletWebServerApplicationContext context;
    private final Claims claims;

    private OidcTestProvider(AnnotationConfigServletWebServerApplicationContext context, Claims claims) {
        this.context = context;
        this.claims = claims;
    }

    public static OidcTestProvider start() {
        Claims claims = new Claims();
        AnnotationConfigServletWebServerApplicationContext context = new AnnotationConfigServletWebServerApplicationContext();
        context.getBeanFactory().registerSingleton("testClaims", claims);
        context.register(Provider.class);
        context.refresh();
        return new OidcTestProvider(context, claims);
    }

    /** The issuer, as the application is configured with it. */
    public String issuer() {
        return "http://localhost:" + context.getWebServer().getPort();
    }

    public int port() {
        return context.getWebServer().getPort();
    }

    /** A user who can sign in at the provider as {@code subject} (password {@link #PASSWORD}); the claims go into the ID token. */
    public void user(String subject, Map<String, Object> idTokenClaims) {
        InMemoryUserDetailsManager users = context.getBean(InMemoryUserDetailsManager.class);
        if (!users.userExists(subject)) {
            users.createUser(User.withUsername(subject).password("{noop}" + PASSWORD).roles("USER").build());
        }
        claims.byUser.put(subject, Map.copyOf(idTokenClaims));
    }

    @Override
    public void close() {
        context.close();
    }

    /** The provider's beans; deliberately not a {@code @Configuration}, so the application's component scan never finds it. */
    @EnableWebSecurity
    static class Provider {

        @Bean
        TomcatServletWebServerFactory webServerFactory() {
            TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
            // Tomcat runs filters only for requests some servlet is mapped to; all endpoints here are filters
            factory.setRegisterDefaultServlet(true);
            return factory;
        }

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(oidc -> { }))
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .csrf(c -> c.disable())
                    .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .formLogin(f -> { })
                    .csrf(c -> c.disable());
            return http.build();
        }

        @Bean
        InMemoryUserDetailsManager users() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    // any port on the loopback address is accepted for this redirect URI
                    .redirectUri("http://127.0.0.1/login/oauth2/code/sso")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).requireProofKey(true).build())
                    .build());
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(Claims testClaims) {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    testClaims.byUser.getOrDefault(context.getPrincipal().getName(), Map.of()).forEach((name, value) -> context.getClaims().claim(name, value));
                }
            };
        }
    }
}
