package org.openris.alert;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Absolute links for alert mails: base {@code RIS_BASE_URL}, else the local server. */
@Component
class AlertLinks {

    static final String SUBSCRIBE = "/suche/benachrichtigung";
    static final String CONFIRM = "/suche/benachrichtigung/bestaetigen";
    static final String UNSUBSCRIBE = "/suche/benachrichtigung/abmelden";
    /** RFC 8058 one-click address of the List-Unsubscribe header (POST without CSRF token, see identity.CsrfExemptions). */
    static final String ONE_CLICK = org.openris.identity.CsrfExemptions.ONE_CLICK_UNSUBSCRIBE;

    private final String configuredBase;
    private final Environment environment;

    AlertLinks(@Value("${ris.base-url:}") String baseUrl, Environment environment) {
        this.configuredBase = baseUrl.isBlank() ? null : baseUrl.trim().replaceAll("/+$", "");
        this.environment = environment;
        if (configuredBase != null && !configuredBase.startsWith("https://")) {
            // RFC 8058: mail providers offer one-click unsubscribe only for an https address
            org.slf4j.LoggerFactory.getLogger(AlertLinks.class)
                    .warn("RIS_BASE_URL ist keine https-Adresse: E-Mail-Programme bieten die Abmeldung per Klick (RFC 8058) dann nicht an");
        }
    }

    String confirm(String token) {
        return base() + CONFIRM + "?token=" + token;
    }

    String unsubscribe(String token) {
        return base() + UNSUBSCRIBE + "?token=" + token;
    }

    String oneClick(String token) {
        return base() + ONE_CLICK + "?token=" + token;
    }

    /** A portal address ("/vorlagen/…") or a search ("/suche?…") as an absolute link. */
    String absolute(String path) {
        return path.startsWith("http://") || path.startsWith("https://") ? path : base() + UriComponentsBuilder.fromUriString(path).build().toUriString();
    }

    private String base() {
        if (configuredBase != null) {
            return configuredBase;
        }
        return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }
}
