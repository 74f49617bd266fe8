package org.openris.feed;

import java.time.OffsetDateTime;

/**
 * One entry of an Atom feed as we publish it: a stable tag: id, a readable title, a plain-text
 * summary, the page it links to (rel="alternate"), optionally a related page, and its times.
 */
record AtomEntry(String id, String title, String summary, String link, String relatedLink, String category,
                 OffsetDateTime published, OffsetDateTime updated) {
}
