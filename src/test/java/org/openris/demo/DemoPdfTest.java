package org.openris.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

class DemoPdfTest {

    /**
     * Without a system font for Helvetica (Arial, Liberation Sans …) PDFBox logs a WARN "Using
     * fallback font LiberationSans" for every PDType1Font it creates, i.e. twice per document. The
     * fallback only matters for rasterising, not for writing; keep the test log readable.
     */
    private static final Logger FONT_LOG = (Logger) LoggerFactory.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");
    private static Level previousLevel;

    @BeforeAll
    static void quietFontFallbackWarning() {
        previousLevel = FONT_LOG.getLevel();
        FONT_LOG.setLevel(Level.ERROR);
    }

    @AfterAll
    static void restoreFontLog() {
        FONT_LOG.setLevel(previousLevel);
    }

    private static final String TITLE = "Sanierung der Gesamtschule Nord – Größenordnung der Maßnahmen";

    private static DemoPdf.Document longDocument() {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Sachverhalt:");
        paragraphs.add("Die Größenordnung ÄÖÜ äöüß € ist in der Vorlage „Haushaltssatzung 2024“ genannt – "
                + "die Mittel stehen im Teilergebnisplan 40 bereit.");
        for (int i = 1; i <= 40; i++) {
            paragraphs.add("Absatz " + i + ": Der Ausschuss für Schule und Weiterbildung nimmt den Bericht der "
                    + "Verwaltung zur Kenntnis. Die Verwaltung wird beauftragt, die Maßnahmen zügig umzusetzen "
                    + "und über den Fortschritt in der nächsten Sitzung zu berichten. Über- und außerplanmäßige "
                    + "Aufwendungen sind nicht zu erwarten.");
        }
        paragraphs.add("Zeile eins\nZeile zwei nach hartem Umbruch");
        paragraphs.add("Ende der Vorlage – Grüße aus Musterstadt.");
        return new DemoPdf.Document(TITLE, "Beschlussvorlage – Drucksache Nr. 04411-23",
                "Stadt Musterstadt, 40/FBL", paragraphs, "Stadt Musterstadt · Drucksache 04411-23");
    }

    @Test
    void rendersGermanTextOnSeveralPagesThatCanBeReadBack() throws IOException {
        byte[] pdf = DemoPdf.render(longDocument());

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("Sanierung der Gesamtschule Nord")
                    .contains("Größenordnung")
                    .contains("Größenordnung ÄÖÜ äöüß €")
                    .contains("„Haushaltssatzung 2024“")
                    .contains("Beschlussvorlage – Drucksache Nr. 04411-23")
                    .contains("Zeile eins")
                    .contains("Ende der Vorlage – Grüße aus Musterstadt.")
                    .contains("Seite 1 von " + pages)
                    .contains("Seite " + pages + " von " + pages)
                    .contains("Stadt Musterstadt · Drucksache 04411-23");

            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(TITLE);
            assertThat(info.getAuthor()).isEqualTo("Stadt Musterstadt, 40/FBL");
            assertThat(info.getCreator()).isEqualTo("OpenRIS Demo");
            assertThat(info.getCreationDate()).isNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("de-DE");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(595f, 596f);
        }
    }

    @Test
    void sameInputGivesIdenticalBytes() throws IOException {
        byte[] first = DemoPdf.render(longDocument());
        byte[] second = DemoPdf.render(longDocument());
        assertThat(second).isEqualTo(first);

        ZonedDateTime created = ZonedDateTime.of(2023, 9, 14, 18, 40, 0, 0, ZoneId.of("Europe/Berlin"));
        byte[] dated = DemoPdf.render(longDocument(), created);
        assertThat(DemoPdf.render(longDocument(), created)).isEqualTo(dated);
        assertThat(dated).isNotEqualTo(first);

        try (PDDocument doc = Loader.loadPDF(first); PDDocument other = Loader.loadPDF(render("Anderer Titel"))) {
            // the trailer /ID is present, stable, and differs between different documents
            COSArray id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
            COSArray otherId = other.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertThat(id).isNotNull();
            assertThat(id.size()).isEqualTo(2);
            assertThat(id.getString(0)).isNotEqualTo(otherId.getString(0));
        }
        try (PDDocument doc = Loader.loadPDF(dated)) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(created.toInstant());
        }
    }

    @Test
    void charactersOutsideWinAnsiBecomeQuestionMarks() throws IOException {
        String title = "Bürgerfest 🎉 in Musterstadt";
        byte[] pdf = DemoPdf.render(new DemoPdf.Document(title, "Привет – 你好", null,
                List.of("Grüße 👋🏽 an alle\u00a0Gäste\tund – ‑ − Ω ✓", "Combining: A\u0308pfel"), "Fußzeile 🚀"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("Bürgerfest ? in Musterstadt")
                    .contains("?????? – ??")
                    .contains("Grüße ?? an alle Gäste und – - - ? ?")
                    .contains("Combining: Äpfel")
                    .contains("Fußzeile ?");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(title);
        }
        assertThat(DemoPdf.sanitize("a\u0000b\u200bc\ufe0f")).isEqualTo("abc");
    }

    @Test
    void edgeCasesDoNotCrash() {
        String longWord = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen".repeat(8);
        char[] everyChar = new char[0xD800];
        for (char c = 0; c < everyChar.length; c++) {
            everyChar[c] = c;
        }
        assertThatCode(() -> {
            DemoPdf.render(new DemoPdf.Document("", null, null, null, null));
            DemoPdf.render(new DemoPdf.Document("Nur Titel", "", " ", List.of("", "  ", "\n"), ""));
            DemoPdf.render(new DemoPdf.Document(longWord, longWord, longWord, List.of(longWord), longWord));
            DemoPdf.render(new DemoPdf.Document("Alle Zeichen", null, null, List.of(new String(everyChar)), null));
        }).doesNotThrowAnyException();

        // a word longer than a line is cut between characters, none is lost
        try (PDDocument doc = Loader.loadPDF(DemoPdf.render(new DemoPdf.Document("Langes Wort", null, null,
                List.of(longWord), null)))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\R", "");
            assertThat(text).contains(longWord);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void rendersFast() {
        // warm-up: class loading and JIT
        for (int i = 0; i < 30; i++) {
            DemoPdf.render(longDocument());
        }
        DemoPdf.Document threePages = longDocument();
        DemoPdf.Document onePage = new DemoPdf.Document("Mitteilung zur Kenntnisnahme", "Drucksache Nr. 04129-23",
                "60/FBL", threePages.paragraphs().subList(0, 8), "Stadt Musterstadt");
        int pages;
        try (PDDocument doc = Loader.loadPDF(DemoPdf.render(threePages))) {
            pages = doc.getNumberOfPages();
        } catch (IOException e) {
            throw new AssertionError(e);
        }

        int n = 200;
        long size = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            size += DemoPdf.render(threePages).length;
        }
        double multiPageMillis = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            DemoPdf.render(onePage);
        }
        double onePageMillis = (System.nanoTime() - start) / 1e6;

        System.out.printf("DemoPdf: %d renders of a %d-page document in %.0f ms (%.0f documents/s, %.1f KiB each); "
                        + "%d renders of a 1-page document in %.0f ms (%.0f documents/s)%n",
                n, pages, multiPageMillis, n * 1000 / multiPageMillis, size / 1024.0 / n,
                n, onePageMillis, n * 1000 / onePageMillis);
        // generous bound: catches a pathological slowdown, not a slow CI machine
        assertThat(multiPageMillis).isLessThan(20_000);
    }

    private static byte[] render(String title) {
        return DemoPdf.render(new DemoPdf.Document(title, null, null, Arrays.asList("Text"), null));
    }
}
