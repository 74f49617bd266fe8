package org.openris.feed;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links and stable identifiers in feeds. Links go to the public portal's pages
 * ({@code /sitzungen/{id}}, {@code /vorlagen/{reference}}) under {@code ris.base-url}
 * (RIS_BASE_URL), or under the current request's host when none is configured (development, tests).
 * Identifiers (iCalendar UID, Atom tag: URIs) never depend on the request: their authority is the
 * configured host, else {@code localhost}, so they stay the same however the feed is fetched.
 */
@Component
class FeedLinks {

    /** The year the tag: URIs were minted (RFC 4151): fixed, so ids never change. */
    static final String TAG_DATE = "2026";

    private final String configuredBase;
    private final String authority;

    FeedLinks(@Value("${ris.base-url:}") String baseUrl) {
        this.configuredBase = baseUrl.isBlank() ? null : baseUrl.trim().replaceAll("/+$", "");
        String host = configuredBase == null ? null : URI.create(configuredBase).getHost();
        this.authority = host == null || host.isBlank() ? "localhost" : host.toLowerCase(java.util.Locale.ROOT);
    }

    String base() {
        return configuredBase != null ? configuredBase : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    String meeting(long id) {
        return base() + "/sitzungen/" + id;
    }

    /** The portal page of a paper: by reference, or by id where the reference cannot be a path segment (PortalUrls). */
    String paper(long id, String reference) {
        return base() + org.openris.portal.PortalUrls.paper(id, reference);
    }

    String absolute(String path) {
        return base() + path;
    }

    /** iCalendar UID of a meeting: {@code sitzung-42@host}. */
    String meetingUid(long id) {
        return "sitzung-" + id + "@" + authority;
    }

    /** A tag: URI (RFC 4151) for a feed or entry, e.g. {@code tag:host,2026:vorlage/42}. */
    String tag(String specific) {
        return "tag:" + authority + "," + TAG_DATE + ":" + specific;
    }
}
