package org.openris.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;

/**
 * Renders simple German text documents (papers, minutes, invitations of the demo city) as PDF
 * with Apache PDFBox and the Standard 14 font Helvetica, so that no font has to be embedded.
 *
 * <p>Layout: A4, 2.5 cm margins, bold title (14 pt), optional subtitle (11 pt), body text
 * (10.5 pt) with word wrap, paragraph spacing and automatic page breaks; every page carries a
 * footer line with an optional text on the left and "Seite n von m" on the right.
 *
 * <p>Text is drawn in WinAnsiEncoding, which covers German (ä ö ü Ä Ö Ü ß € „ “ ‚ ‘ – — …).
 * Anything outside it (emoji, Cyrillic, CJK …) is drawn as {@code '?'}; typographic spaces and
 * hyphens are mapped to their plain forms first, see {@link #sanitize(String)}. A {@code '\n'}
 * inside a paragraph is a hard line break. The document information (title, subject = subtitle,
 * author, keywords: none) keeps the original Unicode text.
 *
 * <p>The output is deterministic: the same input gives identical bytes. No time stamp is written
 * unless a creation date is passed, and the trailer {@code /ID}, which PDFBox would otherwise
 * derive from the current time, is a hash of the input.
 *
 * <p>Thread-safe: every call works on its own {@link PDDocument}; only immutable width tables
 * are shared.
 */
final class DemoPdf {

    /**
     * A document to render.
     *
     * @param title      required; bold at the top of the first page and the PDF title
     * @param subtitle   optional line(s) below the title, also the PDF subject
     * @param author     optional, written to the document information only
     * @param paragraphs body paragraphs; {@code null} means none; {@code '\n'} breaks a line
     * @param footer     optional text at the bottom left of every page (shortened with "…" to fit)
     */
    record Document(String title, String subtitle, String author, List<String> paragraphs, String footer) {
        Document {
            Objects.requireNonNull(title, "title");
            paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        }
    }

    static final String CREATOR = "OpenRIS Demo";

    // ---- page geometry (PDF points, 1 pt = 1/72 inch) -------------------------------------

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float CM = 72f / 2.54f;
    private static final float MARGIN = 2.5f * CM;
    private static final float LEFT = MARGIN;
    private static final float RIGHT = PAGE.getWidth() - MARGIN;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN;

    private static final float TITLE_SIZE = 14f;
    private static final float TITLE_LEADING = 18f;
    private static final float SUBTITLE_SIZE = 11f;
    private static final float SUBTITLE_LEADING = 14.5f;
    private static final float HEADER_GAP = 14f;
    private static final float BODY_SIZE = 10.5f;
    private static final float BODY_LEADING = 14.5f;
    private static final float PARAGRAPH_GAP = 6f;
    private static final float FOOTER_SIZE = 8.5f;
    /** Footer rule and baseline sit inside the bottom margin. */
    private static final float FOOTER_RULE_Y = BOTTOM - 14f;
    private static final float FOOTER_BASELINE = BOTTOM - 26f;

    private static final int REGULAR = 0;
    private static final int BOLD = 1;

    // ---- character repertoire and metrics ----------------------------------------------------

    /** Advance widths in 1/1000 em per char, index = char; -1 = not drawable in WinAnsi. */
    private static final float[][] WIDTHS = new float[2][];
    private static final int TABLE_SIZE = 0x2200;   // WinAnsi's highest Unicode char is ™ U+2122

    static {
        GlyphList glyphs = GlyphList.getAdobeGlyphList();
        boolean[] drawable = new boolean[TABLE_SIZE];
        for (String name : WinAnsiEncoding.INSTANCE.getCodeToNameMap().values()) {
            String unicode = glyphs.toUnicode(name);
            if (unicode != null && unicode.length() == 1 && unicode.charAt(0) < TABLE_SIZE) {
                drawable[unicode.charAt(0)] = true;
            }
        }
        PDType1Font[] fonts = newFonts();
        try {
            for (int f = 0; f < 2; f++) {
                float[] table = new float[TABLE_SIZE];
                Arrays.fill(table, -1f);
                for (char c = 0x20; c < TABLE_SIZE; c++) {
                    if (drawable[c]) {
                        table[c] = fonts[f].getStringWidth(String.valueOf(c));
                    }
                }
                WIDTHS[f] = table;
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private DemoPdf() {
    }

    /** Renders without a creation date. */
    static byte[] render(Document doc) {
        return render(doc, null);
    }

    /**
     * Renders with the given creation date (written to the document information with its
     * offset, so the same value gives the same bytes); {@code null} writes no date.
     */
    static byte[] render(Document doc, ZonedDateTime created) {
        Objects.requireNonNull(doc, "doc");
        List<List<Line>> pages = layout(doc);
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font[] fonts = newFonts();   // per document: PDFBox objects are not shared between documents
            int pageCount = pages.size();
            for (int i = 0; i < pageCount; i++) {
                PDPage page = new PDPage(PAGE);
                pdf.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                    drawLines(out, fonts, pages.get(i));
                    drawFooter(out, fonts[REGULAR], doc.footer(), i + 1, pageCount);
                }
            }
            describe(pdf, doc, created);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192 + 3000 * pageCount);
            pdf.save(bytes, CompressParameters.NO_COMPRESSION);   // classic xref: smaller and faster for a few objects
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render PDF '" + doc.title() + "'", e);
        }
    }

    /**
     * The text as it is drawn: NFC-normalised; tabs and Unicode spaces become a space, other
     * control characters (except {@code '\n'}) are dropped, non-breaking and minus-like hyphens
     * become {@code '-'}, and every other code point outside WinAnsiEncoding becomes {@code '?'}
     * (one per code point, also for emoji outside the BMP).
     */
    static String sanitize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                sb.append('\n');
            } else if (cp == '\t' || cp == 0x00A0 || (cp > 0x7F && Character.isSpaceChar(cp))) {
                sb.append(' ');
            } else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x00AD || cp == 0x200B || cp == 0xFEFF
                    || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x200D) {
                // control characters, soft hyphen, zero-width characters, variation selectors: invisible
            } else if (cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2212) {
                sb.append('-');
            } else if (cp < TABLE_SIZE && WIDTHS[REGULAR][cp] >= 0 && WIDTHS[BOLD][cp] >= 0) {
                sb.append((char) cp);
            } else {
                sb.append('?');
            }
        }
        return sb.toString();
    }

    // ---- layout -----------------------------------------------------------------------------

    /** One line of text at an absolute position. */
    private record Line(int font, float size, float y, String text) {
    }

    /** Lays the document out into pages of positioned lines; page breaks happen here. */
    private static List<List<Line>> layout(Document doc) {
        Layout l = new Layout();
        for (String line : wrap(sanitize(doc.title()), BOLD, TITLE_SIZE)) {
            l.add(BOLD, TITLE_SIZE, TITLE_LEADING, line);
        }
        if (doc.subtitle() != null && !doc.subtitle().isBlank()) {
            l.y -= 2f;
            for (String line : wrap(sanitize(doc.subtitle()), REGULAR, SUBTITLE_SIZE)) {
                l.add(REGULAR, SUBTITLE_SIZE, SUBTITLE_LEADING, line);
            }
        }
        l.y -= HEADER_GAP;
        boolean first = true;
        for (String paragraph : doc.paragraphs()) {
            if (paragraph == null || paragraph.isBlank()) {
                continue;
            }
            if (!first) {
                l.y -= PARAGRAPH_GAP;
            }
            first = false;
            for (String line : wrap(sanitize(paragraph), REGULAR, BODY_SIZE)) {
                l.add(REGULAR, BODY_SIZE, BODY_LEADING, line);
            }
        }
        return l.pages;
    }

    private static final class Layout {
        final List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        float y = TOP;

        Layout() {
            pages.add(page);
        }

        void add(int font, float size, float leading, String text) {
            // the first baseline of a page sits one font size below the top margin
            float advance = y >= TOP ? size : leading;
            if (y - advance < BOTTOM) {
                page = new ArrayList<>();
                pages.add(page);
                y = TOP;
                advance = size;
            }
            y -= advance;
            page.add(new Line(font, size, y, text));
        }
    }

    /** Greedy word wrap; words wider than a line are broken between characters. */
    private static List<String> wrap(String text, int font, float size) {
        float max = WIDTH * 1000f / size;   // in 1/1000 em
        float[] w = WIDTHS[font];
        List<String> lines = new ArrayList<>();
        for (String hardLine : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : hardLine.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = width(word, w);
                float gap = line.length() == 0 ? 0 : w[' '];
                if (lineWidth + gap + wordWidth <= max) {
                    if (gap > 0) {
                        line.append(' ');
                    }
                    line.append(word);
                    lineWidth += gap + wordWidth;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                // a word longer than the line: cut it where it no longer fits
                int start = 0;
                float chunk = 0;
                for (int i = 0; i < word.length(); i++) {
                    float cw = w[word.charAt(i)];
                    if (chunk + cw > max && i > start) {
                        lines.add(word.substring(start, i));
                        start = i;
                        chunk = 0;
                    }
                    chunk += cw;
                }
                line.append(word, start, word.length());
                lineWidth = chunk;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String s, float[] w) {
        float sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum += w[s.charAt(i)];
        }
        return sum;
    }

    // ---- drawing ----------------------------------------------------------------------------

    private static PDType1Font[] newFonts() {
        return new PDType1Font[] {
                new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD)};
    }

    private static void drawLines(PDPageContentStream out, PDType1Font[] fonts, List<Line> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        out.beginText();
        int font = -1;
        float size = -1;
        for (Line line : lines) {
            if (line.font() != font || line.size() != size) {
                font = line.font();
                size = line.size();
                out.setFont(fonts[font], size);
            }
            if (!line.text().isEmpty()) {
                out.setTextMatrix(Matrix.getTranslateInstance(LEFT, line.y()));
                out.showText(line.text());
            }
        }
        out.endText();
    }

    private static void drawFooter(PDPageContentStream out, PDType1Font font, String footer, int page, int pages)
            throws IOException {
        out.setStrokingColor(0.6f);
        out.setLineWidth(0.5f);
        out.moveTo(LEFT, FOOTER_RULE_Y);
        out.lineTo(RIGHT, FOOTER_RULE_Y);
        out.stroke();

        float[] w = WIDTHS[REGULAR];
        float scale = FOOTER_SIZE / 1000f;
        String pageLabel = "Seite " + page + " von " + pages;
        float pageLabelWidth = width(pageLabel, w) * scale;
        out.beginText();
        out.setFont(font, FOOTER_SIZE);
        out.setNonStrokingColor(0.25f);
        if (footer != null && !footer.isBlank()) {
            String text = fit(sanitize(footer).replace('\n', ' ').strip(), w, (WIDTH - pageLabelWidth - 18f) / scale);
            out.setTextMatrix(Matrix.getTranslateInstance(LEFT, FOOTER_BASELINE));
            out.showText(text);
        }
        out.setTextMatrix(Matrix.getTranslateInstance(RIGHT - pageLabelWidth, FOOTER_BASELINE));
        out.showText(pageLabel);
        out.endText();
    }

    /** Shortens the text with "…" so that it fits into {@code max} (1/1000 em). */
    private static String fit(String text, float[] w, float max) {
        if (width(text, w) <= max) {
            return text;
        }
        float budget = max - w['\u2026'];
        float sum = 0;
        int end = 0;
        while (end < text.length() && sum + w[text.charAt(end)] <= budget) {
            sum += w[text.charAt(end++)];
        }
        return text.substring(0, end).stripTrailing() + '\u2026';
    }

    // ---- document information and identity -------------------------------------------------

    private static void describe(PDDocument pdf, Document doc, ZonedDateTime created) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(doc.title());
        if (doc.subtitle() != null && !doc.subtitle().isBlank()) {
            info.setSubject(doc.subtitle());
        }
        if (doc.author() != null && !doc.author().isBlank()) {
            info.setAuthor(doc.author());
        }
        info.setCreator(CREATOR);
        if (created != null) {
            info.setCreationDate(GregorianCalendar.from(created));
        }
        pdf.getDocumentCatalog().setLanguage("de-DE");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(preferences);

        // PDFBox would derive /ID from the current time; a hash of the input keeps the bytes stable
        COSString id = new COSString(Arrays.copyOf(fingerprint(doc, created), 16));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] fingerprint(Document doc, ZonedDateTime created) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        field(sha, doc.title());
        field(sha, doc.subtitle());
        field(sha, doc.author());
        field(sha, doc.footer());
        field(sha, created == null ? null : created.toString());
        for (String paragraph : doc.paragraphs()) {
            field(sha, paragraph);
        }
        return sha.digest();
    }

    /** Length-prefixed, so that ("ab", "c") and ("a", "bc") differ; null differs from "". */
    private static void field(MessageDigest sha, String value) {
        if (value == null) {
            sha.update((byte) 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) 1);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }
}
