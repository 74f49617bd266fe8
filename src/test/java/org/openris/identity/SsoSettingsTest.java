package org.openris.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SSO settings and the registration's behaviour when the provider is down (no Spring context needed). */
class SsoSettingsTest {

    @Test
    void defaults_and_validation_of_the_settings() {
        SsoProperties none = new SsoProperties("", "", "", "", "", null, null, null);
        assertThat(none.configured()).isFalse();
        none.requireComplete();

        SsoProperties keycloak = new SsoProperties(" https://sso.example.de/realms/rathaus ", "openris", "geheim", null, null,
                List.of(" Email ", ""), List.of("mfa", " "), null);
        assertThat(keycloak.configured()).isTrue();
        assertThat(keycloak.issuerUri()).isEqualTo("https://sso.example.de/realms/rathaus");
        assertThat(keycloak.name()).isEqualTo("SSO");
        assertThat(keycloak.usernameClaim()).isEqualTo("preferred_username");
        assertThat(keycloak.linkBy()).containsExactly("email");
        assertThat(keycloak.mfaAcrValues()).containsExactly("mfa");
        assertThat(keycloak.mfaAmrValues()).isEmpty();
        assertThat(new SsoProperties("https://x", "c", "s", null, null, List.of(""), null, null).linkBy()).containsExactly("username");

        assertThatThrownBy(() -> new SsoProperties("https://x", "c", "s", null, null, List.of("telefon"), null, null))
                .hasMessageContaining("RIS_OIDC_LINK_BY");
        assertThatThrownBy(() -> new SsoProperties("https://x", "c", null, null, null, null, null, null).requireComplete())
                .hasMessageContaining("RIS_OIDC_CLIENT_SECRET");
    }

    @Test
    void the_redirect_uri_is_fixed_by_the_base_url_when_one_is_set() {
        assertThat(SsoWebSecurity.redirectUri("")).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
        assertThat(SsoWebSecurity.redirectUri("https://ris.example.de/")).isEqualTo("https://ris.example.de/login/oauth2/code/sso");
    }

    @Test
    void an_unreachable_provider_yields_no_registration_instead_of_an_error_and_is_asked_again() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        IssuerRegistration registration = new IssuerRegistration(
                new SsoProperties("http://127.0.0.1:" + closedPort, "c", "s", null, null, null, null, null), "{baseUrl}/x");
        assertThat(registration.findByRegistrationId("sso")).isNull();
        assertThat(registration.findByRegistrationId("sso")).isNull();
        assertThat(registration.findByRegistrationId("anderer")).isNull();
    }

    @Test
    void error_codes_from_the_callback_are_made_harmless_for_the_audit_log() {
        assertThat(SsoWebSecurity.printable("invalid_nonce")).isEqualTo("invalid_nonce");
        assertThat(SsoWebSecurity.printable("<script>\n" + "x".repeat(200))).startsWith("?script??").hasSize(80);
        assertThat(SsoWebSecurity.printable(null)).isEmpty();
    }
}
