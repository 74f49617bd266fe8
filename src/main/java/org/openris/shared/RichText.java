package org.openris.shared;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Rich text as stored everywhere (paper texts, minutes texts, resolutions): sanitised HTML. Only
 * paragraphs, line breaks, headings, lists, simple tables, bold/italic/underline, quotes and
 * http(s)/mailto links survive; scripts, event handlers, style attributes, images, forms and every
 * other element or attribute are removed. Text typed without any markup becomes paragraphs (blank
 * line) and line breaks. The editor in the browser (ADR 0023) produces the same small set.
 */
public final class RichText {

    /** Longest text accepted from a form (characters, before cleaning). */
    public static final int MAX_LENGTH = 200_000;

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "h3", "h4", "ul", "ol", "li", "strong", "b", "em", "i", "u", "blockquote",
                    "table", "caption", "thead", "tbody", "tr", "th", "td")
            .addAttributes("a", "href", "title")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    /** Something that looks like a tag ("<p", "</", "<!--"); otherwise the input is plain text. */
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("<[a-zA-Z/!]");

    private RichText() {
    }

    /** The cleaned HTML; {@code null} or blank input gives an empty string. */
    public static String sanitize(String input) {
        if (input == null || input.isBlank()) {
            return "";
        }
        String html = MARKUP.matcher(input).find() ? input : paragraphs(input);
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        Document cleaned = Jsoup.parseBodyFragment(Jsoup.clean(html, "", ALLOWED, output));
        cleaned.outputSettings(output);
        normalise(cleaned.body());
        return cleaned.body().html().strip();
    }

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "h3", "h4", "ul", "ol", "blockquote", "table");

    /**
     * Text and inline elements directly at the top (as an editor writes the first line) go into a
     * paragraph; paragraphs without text (empty lines of an editor) are dropped.
     */
    private static void normalise(org.jsoup.nodes.Element body) {
        org.jsoup.nodes.Element open = null;
        for (org.jsoup.nodes.Node node : new java.util.ArrayList<>(body.childNodes())) {
            boolean block = node instanceof org.jsoup.nodes.Element e && BLOCKS.contains(e.normalName());
            if (block) {
                open = null;
                continue;
            }
            if (open == null) {
                if (node instanceof org.jsoup.nodes.TextNode t && t.isBlank()) {
                    continue;
                }
                open = new org.jsoup.nodes.Element("p");
                node.before(open);
            }
            open.appendChild(node);
        }
        for (org.jsoup.nodes.Element paragraph : body.select("p")) {
            if (paragraph.text().isBlank() && paragraph.select("br").size() == paragraph.children().size()) {
                paragraph.remove();
            }
        }
    }

    /** Whether the cleaned HTML still has visible text. */
    public static boolean hasText(String html) {
        return html != null && !Jsoup.parse(html).text().isBlank();
    }

    /** Plain text typed into the field: blank lines separate paragraphs, single newlines become line breaks. */
    public static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (block.isBlank()) {
                continue;
            }
            out.append("<p>").append(escape(block.strip()).replace("\n", "<br>")).append("</p>");
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
