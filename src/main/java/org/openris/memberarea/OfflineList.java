package org.openris.memberarea;

import java.util.List;

/**
 * What the service worker stores on the member's device for offline reading (ADR 0010): the cache
 * name of this user, the member pages (meetings, papers, document pages) and the document downloads
 * with a version, so that an unchanged download is not fetched again. Paths only, no titles.
 */
public record OfflineList(String cache, List<String> pages, List<Download> files) {

    /** A download path and the version of its content (the file's last change). */
    public record Download(String url, String version) {
    }
}
