package org.openris.search;

import org.openris.file.FileStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/** For tests of other packages (browser journeys): the search test council, returns its committee's name. */
public final class SearchWorlds {

    private SearchWorlds() {
    }

    public static String build(JdbcClient jdbc, FileStore store, String tag, int serialBase) {
        return new SearchWorld(jdbc, store, tag, serialBase).committeeName;
    }
}
