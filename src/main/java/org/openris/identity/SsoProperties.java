package org.openris.identity;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login through the municipal SSO (OpenID Connect, ADR 0009), bound from {@code ris.oidc.*}, which
 * {@code application.properties} maps onto the documented variables {@code RIS_OIDC_*}. Without an
 * issuer nothing of it exists: no client, no route, no button.
 *
 * @param issuerUri     the provider's issuer, e.g. {@code https://sso.example.de/realms/rathaus}
 * @param clientId      the client registered for OpenRIS at the provider
 * @param clientSecret  its secret (confidential client)
 * @param name          the provider's name on the button: "Mit &lt;name&gt; anmelden"
 * @param usernameClaim the claim compared with the OpenRIS user name at the first login
 * @param linkBy        how the first login finds the account: {@code username}, {@code email} (only a
 *                      verified address) or both, tried in the given order
 * @param mfaAcrValues  {@code acr} values that mean "the provider checked a second factor"
 * @param mfaAmrValues  {@code amr} values that mean the same (any one suffices)
 */
@ConfigurationProperties("ris.oidc")
record SsoProperties(String issuerUri, String clientId, String clientSecret, String name, String usernameClaim,
                     List<String> linkBy, List<String> mfaAcrValues, List<String> mfaAmrValues) {

    /** The registration id: the redirect URI at the provider is {@code <base>/login/oauth2/code/sso}. */
    static final String REGISTRATION_ID = "sso";
    static final String START_PATH = "/oauth2/authorization/" + REGISTRATION_ID;
    static final String CALLBACK_PATH = "/login/oauth2/code/" + REGISTRATION_ID;

    SsoProperties {
        issuerUri = blankToNull(issuerUri);
        clientId = blankToNull(clientId);
        clientSecret = blankToNull(clientSecret);
        name = blankToNull(name) == null ? "SSO" : name.strip();
        usernameClaim = blankToNull(usernameClaim) == null ? "preferred_username" : usernameClaim.strip();
        linkBy = clean(linkBy == null || clean(linkBy).isEmpty() ? List.of("username") : linkBy).stream()
                .map(v -> v.toLowerCase(Locale.ROOT)).toList();
        mfaAcrValues = clean(mfaAcrValues);
        mfaAmrValues = clean(mfaAmrValues);
        for (String way : linkBy) {
            if (!way.equals("username") && !way.equals("email")) {
                throw new IllegalArgumentException("RIS_OIDC_LINK_BY: unknown value '" + way + "' (allowed: username, email)");
            }
        }
    }

    boolean configured() {
        return issuerUri != null;
    }

    /** Refuses to start with an issuer but without client credentials (a typo should not go unnoticed). */
    void requireComplete() {
        if (configured() && (clientId == null || clientSecret == null)) {
            throw new IllegalStateException("RIS_OIDC_ISSUER_URI is set, so RIS_OIDC_CLIENT_ID and RIS_OIDC_CLIENT_SECRET are needed too");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }
}
