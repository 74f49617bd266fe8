package org.openris.feed;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Ids from feed paths: anything that is not a positive number answers 404 like a missing or hidden object. */
final class FeedIds {

    private FeedIds() {
    }

    static long required(String text) {
        if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
            throw notFound();
        }
        return Long.parseLong(text);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
