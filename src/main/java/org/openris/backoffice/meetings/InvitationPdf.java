package org.openris.backoffice.meetings;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.openris.meeting.MeetingPlanQueries.PlannedItem;
import org.openris.meeting.MeetingPlanQueries.PlannedMeeting;
import org.openris.shared.GermanFormats;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The invitation letter and the agenda as PDF (openhtmltopdf on PDFBox), laid out like the agenda
 * in the city's minutes: "Tagesordnung" for the n-th meeting, date, start, place, then the public
 * part and the non-public part, every item with number, title, kind of treatment and paper number,
 * empty sections as "- unbesetzt -". It is a document for the members and the council office; it
 * is never attached to a mail (the mail only links to the member area).
 */
@Component
class InvitationPdf {

    byte[] render(PlannedMeeting meeting, List<PlannedItem> agenda) {
        return pdf(html(meeting, agenda));
    }

    static String html(PlannedMeeting m, List<PlannedItem> agenda) {
        String when = GermanFormats.date(m.startPlanned());
        String place = place(m);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"UTF-8\"/><title>")
                .append(e("Einladung " + m.name())).append("</title><style>")
                .append("@page { size: A4; margin: 25mm 20mm 20mm 25mm; } body { font-family: sans-serif; font-size: 11pt; line-height: 1.35; }")
                .append("h1 { font-size: 16pt; margin: 0 0 6mm 0; } h2 { font-size: 13pt; margin: 8mm 0 3mm 0; } .sender { font-size: 9pt; color: #333; margin-bottom: 12mm; }")
                .append(".agenda-head { page-break-before: always; } .item { margin: 0 0 3mm 0; page-break-inside: avoid; } .section { font-weight: bold; margin-top: 5mm; }")
                .append(".number { display: inline-block; width: 14mm; } .sub { margin-left: 14mm; } .late { font-style: italic; }")
                .append("</style></head><body>");
        h.append("<p class=\"sender\">").append(e(m.organizationName())).append(" – Sitzungsdienst</p>");
        h.append("<h1>Einladung</h1>");
        h.append("<p>Sehr geehrte Damen und Herren,</p>");
        h.append("<p>hiermit lade ich Sie ein zur ").append(e(m.name())).append(" am ")
                .append(e(GermanFormats.weekdayDate(m.startPlanned()))).append(", Beginn ")
                .append(e(GermanFormats.time(m.startPlanned()))).append(" Uhr")
                .append(place.isEmpty() ? "" : ", " + e(place)).append(".</p>");
        h.append("<p>Die Tagesordnung ist beigefügt. Die Unterlagen finden Sie im Mandatsträger-Portal.</p>");
        h.append("<p>Mit freundlichen Grüßen<br/>Im Auftrag<br/>Sitzungsdienst</p>");

        h.append("<div class=\"agenda-head\"><h1>Tagesordnung</h1>");
        h.append("<p>für die ").append(e(m.name())).append(",<br/>am ").append(e(when)).append(", Beginn ")
                .append(e(GermanFormats.time(m.startPlanned()))).append(" Uhr")
                .append(place.isEmpty() ? "" : ",<br/>" + e(place)).append("</p></div>");
        part(h, "Öffentlicher Teil", agenda.stream().filter(PlannedItem::publicPart).toList());
        part(h, "Nichtöffentlicher Teil", agenda.stream().filter(i -> !i.publicPart()).toList());
        h.append("</body></html>");
        return h.toString();
    }

    private static void part(StringBuilder h, String title, List<PlannedItem> items) {
        if (items.isEmpty()) {
            return;
        }
        h.append("<h2>").append(e(title)).append("</h2>");
        for (PlannedItem item : items) {
            boolean top = item.parentId() == null;
            h.append("<div class=\"item").append(top ? " section" : "").append("\">");
            h.append("<span class=\"number\">").append(e(top ? item.number() + "." : item.number())).append("</span>")
                    .append(e(item.name()));
            if (item.treatmentLabel() != null) {
                h.append("<div class=\"sub\">").append(e(item.treatmentLabel())).append("</div>");
            }
            if (item.paperReference() != null) {
                h.append("<div class=\"sub\">(Drucksache Nr.: ").append(e(item.paperReference())).append(")</div>");
            }
            if (item.addedAfterInvitationAt() != null) {
                h.append("<div class=\"sub late\">nachträglich aufgenommen am ")
                        .append(e(GermanFormats.date(item.addedAfterInvitationAt()))).append("</div>");
            }
            if (item.heading() && item.emptyMarker() != null) {
                h.append("<div class=\"sub\">").append(e(item.emptyMarker())).append("</div>");
            }
            h.append("</div>");
        }
    }

    static String place(PlannedMeeting m) {
        String place = GermanFormats.place(m.locationDescription(), m.room());
        if (m.streetAddress() != null && !m.streetAddress().isBlank()) {
            place = place.isEmpty() ? m.streetAddress() : place + ", " + m.streetAddress();
        }
        return place;
    }

    private static byte[] pdf(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String e(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
