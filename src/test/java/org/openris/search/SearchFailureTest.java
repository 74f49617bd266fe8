package org.openris.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;

/** An engine outage answers 503 with its own message; a query the engine refuses stays the user's 400. */
class SearchFailureTest {

    @Test
    void an_outage_is_told_apart_from_a_refused_query() {
        assertThat(SearchController.unavailable(new SearchException("HSEARCH400007: request failed", new ConnectException("Connection refused"))))
                .isTrue();
        assertThat(SearchController.unavailable(new SearchException("index write failed", new RuntimeException(new IOException("disk full")))))
                .isTrue();
        assertThat(SearchController.unavailable(new SearchException("HSEARCH000610: too many clauses"))).isFalse();
        assertThat(SearchController.unavailable(new SearchException("bad query", new IllegalArgumentException("leading wildcard")))).isFalse();
    }
}
