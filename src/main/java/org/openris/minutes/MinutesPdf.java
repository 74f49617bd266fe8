package org.openris.minutes;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.openris.shared.GermanFormats;
import org.openris.shared.RichText;
import org.springframework.stereotype.Component;

/**
 * The signed minutes as PDF/A-2b (openhtmltopdf on PDFBox, DejaVu fonts embedded, sRGB output
 * intent): the frozen content, then the record of the electronic signatures, and on every page the
 * SHA-256 of the content the signatures refer to, so a printed copy can be checked against the
 * system. A correction names its reason at the top.
 */
@Component
public class MinutesPdf {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    /** One signature as recorded: printed name, role, when. */
    public record SignedBy(String name, String roleLabel, OffsetDateTime signedAt) {
    }

    /** The document's facts besides the content. */
    public record Facts(String title, int version, String correctionReason, String contentHash, List<SignedBy> signatures) {
    }

    public byte[] render(String content, Facts facts) {
        return pdf(html(content, facts), facts.title());
    }

    static String html(String content, Facts f) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"UTF-8\"><title>").append(e(f.title())).append("</title><style>")
                .append("@page { size: A4; margin: 22mm 20mm 24mm 25mm;")
                .append(" @bottom-left { content: \"SHA-256 ").append(f.contentHash()).append("\"; font-family: 'DejaVu Sans'; font-size: 6.5pt; color: #333; }")
                .append(" @bottom-right { content: \"Seite \" counter(page) \" von \" counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; } }")
                .append("body { font-family: 'DejaVu Sans'; font-size: 10.5pt; line-height: 1.4; }")
                .append("h3 { font-size: 12.5pt; margin: 7mm 0 2mm 0; page-break-after: avoid; } h4 { font-size: 11pt; margin: 5mm 0 1.5mm 0; page-break-after: avoid; }")
                .append("p { margin: 0 0 2.5mm 0; } table { border-collapse: collapse; margin: 2mm 0; } td, th { padding: 1mm 6mm 1mm 0; vertical-align: top; text-align: left; }")
                .append(".content table td, .content table th { border: 0.5pt solid #999; padding: 1mm 2mm; }")
                .append(".content table.signatures { margin-top: 12mm; } .content table.signatures td { border: 0; padding: 0 14mm 0 0; }")
                .append(".correction { border: 0.8pt solid #333; padding: 2mm 3mm; margin-bottom: 6mm; }")
                .append(".record { page-break-before: always; font-size: 9.5pt; } .hash { font-family: 'DejaVu Sans Mono'; font-size: 8.5pt; word-wrap: break-word; }")
                .append("</style></head><body>");
        if (f.correctionReason() != null) {
            h.append("<div class=\"correction\"><p><strong>Berichtigte Fassung (Version ").append(f.version()).append(")</strong></p><p>Grund der Berichtigung: ")
                    .append(e(f.correctionReason())).append("</p></div>");
        }
        h.append("<div class=\"content\">").append(RichText.sanitize(content)).append("</div>");
        h.append("<div class=\"record\"><h3>Elektronische Unterschriften</h3><table><tbody>");
        for (SignedBy s : f.signatures()) {
            h.append("<tr><td>").append(e(s.name())).append("</td><td>").append(e(s.roleLabel())).append("</td><td>unterschrieben am ")
                    .append(e(GermanFormats.date(s.signedAt()))).append(" um ").append(e(GermanFormats.time(s.signedAt()))).append(" Uhr</td></tr>");
        }
        h.append("</tbody></table><p>Die Unterschriften beziehen sich auf den Inhalt dieser Niederschrift mit dem SHA-256-Prüfwert</p><p class=\"hash\">")
                .append(f.contentHash()).append("</p><p>Jede Unterzeichnerin und jeder Unterzeichner hat in einer eigenen, mit zweitem Faktor")
                .append(" bestätigten Sitzung unterschrieben. Änderungen sind nur als neue, berichtigte Fassung möglich.</p></div>");
        h.append("</body></html>");
        return h.toString();
    }

    private static byte[] pdf(String html, String title) {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html);
        // the signature block is the content's last table: names over roles without cell borders
        org.jsoup.select.Elements tables = parsed.select("div.content > table");
        if (!tables.isEmpty()) {
            tables.last().addClass("signatures");
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            font(builder, "DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC);
            font(builder, "DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, FontStyle.ITALIC);
            font(builder, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL);
            builder.withW3cDocument(new W3CDom().fromJsoup(parsed), null);
            builder.withProducer("OpenRIS");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
        builder.useFont(() -> {
            InputStream in = MinutesPdf.class.getResourceAsStream(FONTS + file);
            if (in == null) {
                throw new IllegalStateException("font " + file + " missing (dependency jasperreports-fonts)");
            }
            return in;
        }, family, weight, style, true);
    }

    private static String e(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
