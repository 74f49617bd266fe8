package org.openris.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute links into the member area for mails. The base is {@code ris.base-url}
 * ({@code RIS_BASE_URL}), as for OParl ids; without it the local server. The paths are the member
 * area's routes (contract with the member area, see docs/security.md).
 */
@Component
class MailLinks {

    static final String MEETING = "/mitglieder/sitzungen/";
    static final String DOCUMENT = "/mitglieder/dokumente/";
    static final String PAPER = "/mitglieder/vorlagen/";
    static final String SETTINGS = "/mitglieder/benachrichtigungen";

    private final String configuredBase;
    private final Environment environment;

    MailLinks(@Value("${ris.base-url:}") String baseUrl, Environment environment) {
        this.configuredBase = baseUrl.isBlank() ? null : baseUrl.trim().replaceAll("/+$", "");
        this.environment = environment;
    }

    boolean baseConfigured() {
        return configuredBase != null;
    }

    String meeting(long id) {
        return base() + MEETING + id;
    }

    String object(ObjectRef object) {
        if (ObjectRef.FILE.equals(object.type())) {
            return base() + DOCUMENT + object.id();
        }
        return ObjectRef.PAPER.equals(object.type()) ? base() + PAPER + object.id() : meeting(object.id());
    }

    String settings() {
        return base() + SETTINGS;
    }

    private String base() {
        if (configuredBase != null) {
            return configuredBase;
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }
}
