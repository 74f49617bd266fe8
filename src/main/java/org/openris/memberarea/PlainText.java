package org.openris.memberarea;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the member area shows and quotes it: paper texts (stored as sanitised HTML) and extracted
 * file texts become plain paragraphs, which the templates escape; highlights are found in them by
 * their quoted passage, ignoring differences in white space. Nothing here produces HTML.
 */
final class PlainText {

    private static final Pattern BLOCK_END = Pattern.compile("(?i)<\\s*(/\\s*(p|div|li|h[1-6]|tr|blockquote|pre|table|ul|ol)|br\\s*/?)\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\p{Cf}&&[^\\u00AD\\u200D]]");

    private PlainText() {
    }

    /** The paragraphs of an HTML text: tags removed, entities decoded, white space collapsed. */
    static List<String> paragraphsOfHtml(String html) {
        if (html == null) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLOCK_END.split(html)) {
            String text = collapse(decodeEntities(TAG.matcher(block).replaceAll(" ")));
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }

    /** The paragraphs of an extracted plain text (separated by blank lines). */
    static List<String> paragraphsOfText(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINE.split(text.replace("\r\n", "\n").replace('\r', '\n'))) {
            String collapsed = collapse(block);
            if (!collapsed.isEmpty()) {
                paragraphs.add(collapsed);
            }
        }
        return paragraphs;
    }

    /** Input as typed: line ends unified, control and format characters removed, outer white space stripped. */
    static String cleanInput(String input) {
        if (input == null) {
            return "";
        }
        return CONTROL.matcher(input.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").strip();
    }

    static String collapse(String text) {
        return text == null ? "" : SPACE.matcher(text.replace('\u00A0', ' ')).replaceAll(" ").strip();
    }

    /** Whether the passage occurs in one of the paragraphs or across them, ignoring white space and case. */
    static boolean contains(List<String> paragraphs, String passage) {
        String wanted = collapse(passage).toLowerCase(Locale.GERMAN);
        return !wanted.isEmpty() && String.join(" ", paragraphs).toLowerCase(Locale.GERMAN).contains(wanted);
    }

    /** The paragraph split into runs, the passages found in it marked (case-insensitive, longest first wins on overlap). */
    static List<TextSegment> mark(String paragraph, List<String> passages) {
        String lower = paragraph.toLowerCase(Locale.GERMAN);
        boolean[] marked = new boolean[paragraph.length()];
        boolean sameLength = lower.length() == paragraph.length();
        for (String passage : passages) {
            String wanted = collapse(passage).toLowerCase(Locale.GERMAN);
            if (wanted.isEmpty() || !sameLength) {
                continue;
            }
            for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + wanted.length())) {
                java.util.Arrays.fill(marked, at, at + wanted.length(), true);
            }
        }
        List<TextSegment> segments = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= paragraph.length(); i++) {
            if (i == paragraph.length() || marked[i] != marked[start]) {
                segments.add(new TextSegment(paragraph.substring(start, i), marked[start]));
                start = i;
            }
        }
        return segments;
    }

    private static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = c == '&' ? text.indexOf(';', i) : -1;
            if (end > i && end - i <= 10) {
                String decoded = entity(text.substring(i + 1, end));
                if (decoded != null) {
                    out.append(decoded);
                    i = end + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            default:
                break;
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
