package org.openris.minutes;

import java.util.List;
import org.openris.shared.GermanFormats;
import org.openris.shared.RichText;

/**
 * Renders minutes as rich text in the shape of the city's example ({@code minutes-musterstadt.txt}):
 * header, attendance, the published agenda, the items in the order treated – the body the council
 * office edits as a draft – and, at release for signature, the closing with the signature block and
 * the list of attachments. Only the elements {@link RichText} keeps are used (paragraphs, line
 * breaks, h3/h4, tables), so a draft saved from the editor keeps its structure. Item texts recorded
 * in the meeting are rich text already; plain texts (imported) become paragraphs.
 */
public final class MinutesHtml {

    private static final String[] LETTERS = {"a", "b", "c", "d", "e", "f", "g", "h"};

    private final StringBuilder html = new StringBuilder();

    private MinutesHtml() {
    }

    /** Everything up to the last item: what the draft holds. */
    public static String body(MinutesDocument doc) {
        MinutesHtml r = new MinutesHtml();
        r.header(doc);
        r.attendance(doc);
        r.publishedAgenda(doc);
        r.treatedItems(doc);
        return r.html.toString();
    }

    /** The signature block (names over roles, side by side) and the list of attachments. */
    public static String closing(List<MinutesDocument.Signature> signatures, List<String> attachments) {
        MinutesHtml r = new MinutesHtml();
        if (!signatures.isEmpty()) {
            r.html.append("<table><tbody><tr>");
            signatures.forEach(s -> r.html.append("<td>").append(e(s.name())).append("</td>"));
            r.html.append("</tr><tr>");
            signatures.forEach(s -> r.html.append("<td>").append(e(s.roleLabel())).append("</td>"));
            r.html.append("</tr></tbody></table>");
        }
        attachments.forEach(a -> r.p("(" + a + ")"));
        return r.html.toString();
    }

    private void header(MinutesDocument doc) {
        String part = doc.publicPart() ? "öffentlich" : "nichtöffentlich";
        html.append("<h3>Niederschrift (").append(part).append(")</h3>");
        p("über die " + doc.meetingName());
        p("am " + GermanFormats.date(doc.date()) + " im " + doc.location());
        if (doc.actualStart() != null && doc.actualEnd() != null) {
            p("Sitzungsdauer: " + GermanFormats.time(doc.actualStart()) + " - " + GermanFormats.time(doc.actualEnd()) + " Uhr");
        }
    }

    private void attendance(MinutesDocument doc) {
        html.append("<h3>Anwesend:</h3>");
        for (int g = 0; g < doc.present().size(); g++) {
            MinutesDocument.AttendanceGroup group = doc.present().get(g);
            html.append("<h4>").append(LETTERS[Math.min(g, LETTERS.length - 1)]).append(") ").append(e(group.title())).append(":</h4>");
            for (MinutesDocument.SubGroup sub : group.subGroups()) {
                lines(sub.faction() == null ? sub.lines() : prepend(sub.faction() + ":", sub.lines()));
            }
        }
        if (!doc.absent().isEmpty()) {
            html.append("<h4>Nicht anwesend:</h4>");
            lines(doc.absent());
        }
    }

    private void publishedAgenda(MinutesDocument doc) {
        String part = doc.publicPart() ? "öffentlich" : "nichtöffentlich";
        html.append("<h3>Veröffentlichte Tagesordnung:</h3>");
        p("Tagesordnung (" + part + ")");
        lines(List.of("für die " + doc.meetingName() + ",",
                "am " + GermanFormats.date(doc.date()) + ", Beginn " + GermanFormats.time(doc.plannedStart()) + " Uhr,", doc.location()));
        for (MinutesDocument.AgendaEntry entry : doc.publishedAgenda()) {
            List<String> lines = new java.util.ArrayList<>();
            lines.add(entry.topLevel() ? entry.number() + ". " + entry.name() : entry.number() + " " + entry.name());
            lines.addAll(details(entry));
            if (entry.emptyMarker() != null) {
                lines.add(entry.emptyMarker());
            }
            if (entry.topLevel()) {
                html.append("<h4>").append(e(lines.get(0))).append("</h4>");
                if (lines.size() > 1) {
                    lines(lines.subList(1, lines.size()));
                }
            } else {
                lines(lines);
            }
        }
    }

    private void treatedItems(MinutesDocument doc) {
        for (MinutesDocument.AgendaEntry entry : doc.treatedItems()) {
            if (entry.topLevel()) {
                html.append("<h3>").append(e(entry.number() + ". " + entry.name())).append("</h3>");
            } else {
                html.append("<h4>zu TOP ").append(e(entry.number())).append("<br>")
                        .append(e(entry.minutesHeading() != null ? entry.minutesHeading() : entry.name())).append("</h4>");
                List<String> details = details(entry);
                if (!details.isEmpty()) {
                    lines(details);
                }
            }
            if (entry.minutesText() != null && !entry.minutesText().isBlank()) {
                String text = entry.minutesText().strip();
                // recorded texts are rich text; imported and demo texts are plain (paragraphs, no parser needed)
                html.append(text.indexOf('<') >= 0 ? RichText.sanitize(text) : RichText.paragraphs(text));
            }
        }
    }

    private static List<String> details(MinutesDocument.AgendaEntry entry) {
        List<String> lines = new java.util.ArrayList<>();
        if (entry.treatmentLabel() != null) {
            lines.add(entry.treatmentLabel());
        }
        if (entry.paperReference() != null) {
            lines.add("(Drucksache Nr.: " + entry.paperReference() + ")");
        }
        return lines;
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private void p(String text) {
        html.append("<p>").append(e(text)).append("</p>");
    }

    /** One paragraph, one line per entry. */
    private void lines(List<String> lines) {
        html.append("<p>");
        for (int i = 0; i < lines.size(); i++) {
            html.append(i == 0 ? "" : "<br>").append(e(lines.get(i)));
        }
        html.append("</p>");
    }

    /** Escaped text; a line break inside a title ("…\nhier: Zwischenbericht") stays a line break. */
    private static String e(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r\n", "\n").replace("\n", "<br>");
    }

    /**
     * The text of minutes in reading order, one block per line group and a blank line between blocks;
     * plain-text minutes (the demo's, older versions) come back unchanged. For comparisons and search.
     */
    public static String plainText(String content) {
        if (content == null) {
            return "";
        }
        if (!content.contains("<")) {
            return content;
        }
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(content);
        StringBuilder out = new StringBuilder();
        for (org.jsoup.nodes.Element block : doc.body().select("h3, h4, p, li, tr, blockquote")) {
            if (block.parents().stream().anyMatch(p -> java.util.Set.of("li", "blockquote", "tr").contains(p.normalName()))) {
                continue;
            }
            String text = block.normalName().equals("tr")
                    ? String.join("    ", block.select("td, th").eachText())
                    : listNumber(block) + blockText(block);
            if (!text.isBlank()) {
                out.append(text.strip()).append("\n\n");
            }
        }
        return out.toString();
    }

    /** "2. " for the second item of a numbered list (the number the reader sees), else nothing. */
    private static String listNumber(org.jsoup.nodes.Element block) {
        org.jsoup.nodes.Element list = block.parent();
        if (!block.normalName().equals("li") || list == null || !list.normalName().equals("ol")) {
            return "";
        }
        return (list.children().stream().filter(c -> c.normalName().equals("li")).toList().indexOf(block) + 1) + ". ";
    }

    private static String blockText(org.jsoup.nodes.Element block) {
        StringBuilder text = new StringBuilder();
        for (org.jsoup.nodes.Node node : block.childNodes()) {
            if (node instanceof org.jsoup.nodes.TextNode t) {
                text.append(t.text());
            } else if (node instanceof org.jsoup.nodes.Element child) {
                text.append(child.normalName().equals("br") ? "\n" : child.wholeText().replaceAll("\\s+", " "));
            }
        }
        return text.toString().lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
