package org.openris.search;

import java.util.regex.Pattern;

/** Text for the index: HTML reduced to text, control characters removed (they mark highlights). */
final class PlainText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]");

    private PlainText() {
    }

    /** Sanitised HTML (paper text, resolution text) as plain text. */
    static String of(String html) {
        if (html == null) {
            return null;
        }
        String text = TAG.matcher(html.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</h[1-6]>", "\n")).replaceAll(" ");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return clean(text);
    }

    /** Without control characters; null when nothing is left. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = CONTROL.matcher(text).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
