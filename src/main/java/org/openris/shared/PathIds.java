package org.openris.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Ids from paths and forms of the web pages: anything that is not a positive number is treated like
 * an id that does not exist, so a malformed id answers 404 exactly like a missing or hidden object.
 * (The OParl API has its own, answering with an OParl Error.)
 */
public final class PathIds {

    private PathIds() {
    }

    /** The id, or null when the text is not one. */
    public static Long parse(String text) {
        if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
            return null;
        }
        return Long.valueOf(text);
    }

    /** The id of a path variable; an invalid one answers 404. */
    public static long required(String text) {
        Long id = parse(text);
        if (id == null) {
            throw notFound();
        }
        return id;
    }

    public static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
