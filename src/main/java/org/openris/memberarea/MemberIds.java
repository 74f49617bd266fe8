package org.openris.memberarea;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Ids from paths and forms: anything that is not a positive number is treated like an id that does not exist. */
final class MemberIds {

    private MemberIds() {
    }

    /** The id, or null when the text is not one. */
    static Long parse(String text) {
        if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
            return null;
        }
        return Long.valueOf(text);
    }

    /** The id of a path variable; an invalid one answers 404 like a missing or hidden object. */
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
