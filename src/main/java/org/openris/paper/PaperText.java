package org.openris.paper;

import org.openris.shared.RichText;

/**
 * The text of a paper as stored: sanitised HTML ({@link RichText}); and the stored HTML as shown in
 * the form's text field.
 */
public final class PaperText {

    /** Longest text accepted from the form (characters, before cleaning). */
    public static final int MAX_LENGTH = RichText.MAX_LENGTH;

    private PaperText() {
    }

    /** The cleaned HTML; {@code null} or blank input gives an empty string. */
    public static String sanitize(String input) {
        return RichText.sanitize(input);
    }

    /**
     * The stored HTML as shown in the form's text field: text that has only paragraphs and line
     * breaks goes back to plain text (blank line between paragraphs); anything richer stays HTML.
     */
    public static String forEditing(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (!html.matches("(?s)(<p>(?:[^<]|<br>)*</p>)+")) {
            return html;
        }
        StringBuilder out = new StringBuilder();
        for (String paragraph : html.substring(3, html.length() - 4).split("</p><p>", -1)) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(org.jsoup.parser.Parser.unescapeEntities(paragraph.replace("<br>", "\n"), false));
        }
        return out.toString();
    }

    /** Whether the cleaned HTML still has visible text. */
    public static boolean hasText(String html) {
        return RichText.hasText(html);
    }

    static String paragraphs(String text) {
        return RichText.paragraphs(text);
    }
}
