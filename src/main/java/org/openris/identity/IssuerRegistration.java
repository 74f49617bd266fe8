package org.openris.identity;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The one client registration for the SSO provider, read from its discovery document
 * ({@code <issuer>/.well-known/openid-configuration}) at the first use rather than at start-up: an
 * SSO outage must not keep OpenRIS from starting, and the password login keeps working meanwhile.
 * Until the provider answers, every use tries again.
 */
final class IssuerRegistration implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(IssuerRegistration.class);

    private final SsoProperties properties;
    private final String redirectUri;
    private final AtomicReference<ClientRegistration> resolved = new AtomicReference<>();

    IssuerRegistration(SsoProperties properties, String redirectUri) {
        this.properties = properties;
        this.redirectUri = redirectUri;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!SsoProperties.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration registration = resolved.get();
        if (registration != null) {
            return registration;
        }
        try {
            registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                    .registrationId(SsoProperties.REGISTRATION_ID)
                    .clientName(properties.name())
                    .clientId(properties.clientId())
                    .clientSecret(properties.clientSecret())
                    .scope("openid", "profile", "email")
                    .redirectUri(redirectUri)
                    .userNameAttributeName(IdTokenClaimNames.SUB)
                    // PKCE also for this confidential client (OAuth 2.0 Security BCP); Keycloak supports it
                    .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                    .build();
        } catch (RuntimeException e) {
            String reason = e.toString();
            log.warn("SSO-Anbieter {} ist nicht erreichbar oder antwortet unerwartet: {}", properties.issuerUri(),
                    reason.length() > 300 ? reason.substring(0, 300) + " …" : reason);
            return null;
        }
        resolved.compareAndSet(null, registration);
        log.info("SSO-Anbieter {} eingebunden (Client {})", properties.issuerUri(), properties.clientId());
        return resolved.get();
    }
}
