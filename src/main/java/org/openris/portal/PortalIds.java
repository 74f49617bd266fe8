package org.openris.portal;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Ids from paths: anything that is not a positive number is treated like an id that does not exist (404). */
final class PortalIds {

    private PortalIds() {
    }

    static Long parse(String text) {
        if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
            return null;
        }
        return Long.valueOf(text);
    }

    static long required(String text) {
        Long id = parse(text);
        if (id == null) {
            throw notFound();
        }
        return id;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
