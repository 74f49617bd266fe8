package org.openris.search;

import org.springframework.web.util.HtmlUtils;

/** Highlights as safe HTML: the text is escaped, then the highlighter's marks become {@code <mark>}. */
final class Snippets {

    static final String START = "\u0002";
    static final String END = "\u0003";

    private Snippets() {
    }

    static String html(String highlighted) {
        return HtmlUtils.htmlEscape(highlighted.replaceAll("\\s+", " ").strip(), "UTF-8")
                .replace(START, "<mark>").replace(END, "</mark>");
    }
}
