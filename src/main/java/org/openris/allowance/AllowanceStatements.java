package org.openris.allowance;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.openris.shared.GermanFormats;
import org.openris.shared.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Statements of the attendance allowance: per person and period (lines and total, as HTML data and
 * as PDF), and the payroll export (CSV, one row per person) of a body.
 */
@Service
public class AllowanceStatements {

    private final AllowanceQueries queries;

    AllowanceStatements(AllowanceQueries queries) {
        this.queries = queries;
    }

    /** One person's statement. */
    public record Statement(long personId, String name, LocalDate from, LocalDate to, List<AllowanceCalculator.Line> lines, int totalCents) {

        public String total() {
            return AllowanceCalculator.euro(totalCents);
        }
    }

    public Statement of(Viewer viewer, long personId, String name, LocalDate from, LocalDate to) {
        long body = queries.bodyOfPerson(personId).orElse(0L);
        List<AllowanceCalculator.Line> lines = AllowanceCalculator.lines(queries.attended(viewer, personId, from, to), queries.rules(body));
        return new Statement(personId, name, from, to, lines, AllowanceCalculator.total(lines));
    }

    /** Statements of every person of the body with a meeting in the period. */
    public List<Statement> ofBody(Viewer viewer, long bodyId, LocalDate from, LocalDate to) {
        List<AllowanceCalculator.Rule> rules = queries.rules(bodyId);
        return queries.recipients(viewer, bodyId, from, to).stream().map(r -> {
            List<AllowanceCalculator.Line> lines = AllowanceCalculator.lines(queries.attended(viewer, r.personId(), from, to), rules);
            return new Statement(r.personId(), r.name(), from, to, lines, AllowanceCalculator.total(lines));
        }).toList();
    }

    /** Payroll export: "Personennummer;Name;Sitzungen;Betrag" with German decimals, UTF-8 with BOM for spreadsheet programs. */
    public static String csv(List<Statement> statements) {
        StringBuilder csv = new StringBuilder("\uFEFFPersonennummer;Name;Sitzungen;Betrag in Euro\r\n");
        for (Statement s : statements) {
            csv.append(s.personId()).append(';').append(quote(s.name())).append(';').append(s.lines().size()).append(';')
                    .append(String.format(java.util.Locale.GERMANY, "%.2f", s.totalCents() / 100.0)).append("\r\n");
        }
        return csv.toString();
    }

    /** The statement as a PDF: heading, period, one row per meeting with date, meeting and amount, total. */
    public static byte[] pdf(Statement s, String bodyName) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"UTF-8\"/><title>")
                .append(e("Sitzungsgeld " + s.name())).append("</title><style>@page { size: A4; margin: 20mm; } body { font-family: sans-serif;"
                        + " font-size: 10.5pt; } table { width: 100%; border-collapse: collapse; } th, td { border-bottom: 1px solid #999;"
                        + " padding: 4px; text-align: left; } td.amount, th.amount { text-align: right; } .total td { font-weight: bold; }</style></head><body>")
                .append("<p>").append(e(bodyName)).append("</p><h1>Aufstellung Sitzungsgeld</h1><p>")
                .append(e(s.name())).append("<br/>Zeitraum ").append(e(GermanFormats.date(s.from()))).append(" bis ")
                .append(e(GermanFormats.date(s.to()))).append("</p><table><thead><tr><th>Datum</th><th>Sitzung</th><th class=\"amount\">Betrag</th></tr></thead><tbody>");
        for (AllowanceCalculator.Line l : s.lines()) {
            h.append("<tr><td>").append(e(GermanFormats.date(l.day()))).append("</td><td>").append(e(l.meetingName()))
                    .append(l.chaired() ? " (Vorsitz)" : "").append(l.cappedCents() > 0 ? " (Tageshöchstbetrag)" : "")
                    .append("</td><td class=\"amount\">").append(e(AllowanceCalculator.euro(l.amountCents()))).append("</td></tr>");
        }
        h.append("<tr class=\"total\"><td></td><td>Summe (").append(s.lines().size()).append(" Sitzungen)</td><td class=\"amount\">")
                .append(e(s.total())).append("</td></tr></tbody></table></body></html>");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(h.toString(), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String quote(String s) {
        return s.contains(";") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String e(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
