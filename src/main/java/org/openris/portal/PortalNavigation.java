package org.openris.portal;

import java.util.List;

/** The main navigation of every page (layout): message key suffix ({@code portal.nav.<key>}) and address. */
public final class PortalNavigation {

    public static final List<Entry> ENTRIES = List.of(
            new Entry("home", "/"),
            new Entry("calendar", "/kalender"),
            new Entry("organizations", "/gremien"),
            new Entry("papers", "/vorlagen"),
            new Entry("motions", "/antraege"),
            new Entry("persons", "/personen"));

    private PortalNavigation() {
    }

    public record Entry(String key, String path) {
    }
}
