package org.openris.backoffice.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openris.meeting.MeetingPlanQueries.PlannedItem;
import org.openris.meeting.MeetingPlanQueries.PlannedMeeting;

class InvitationPdfTest {

    private static final String COMMITTEE = "Ausschuss für Umwelt, Klima & Mobilität";

    private static PlannedItem item(long id, Long parent, String number, String name, boolean heading, boolean publicPart,
                                    String label, String reference) {
        return new PlannedItem(id, parent, number, (int) id, name, heading, heading && label == null && reference == null
                && name.startsWith("Mitteilungen") ? "- unbesetzt -" : null, publicPart, false, null, label, null, null, false,
                null, null, reference);
    }

    @Test
    void the_pdf_has_letter_then_agenda_with_public_and_non_public_part_in_the_shape_of_the_example() throws Exception {
        PlannedMeeting meeting = new PlannedMeeting(1, "12. Sitzung des Ausschusses für Umwelt, Klima & Mobilität", 12, "PLANNED", false,
                true, true, OffsetDateTime.parse("2023-09-14T16:00:00+02:00"), null, null, null, 7, COMMITTEE, "COMMITTEE", 7, 1,
                3L, "Rathaus Musterstadt", "Sitzungssaal 2", "Marktplatz 1", "12345", "Musterstadt", null, null);
        List<PlannedItem> agenda = List.of(
                item(1, null, "1", "Regularien", true, true, null, null),
                item(2, 1L, "1.1", "Benennung eines Ausschussmitgliedes zur Mitunterzeichnung der Niederschrift", false, true, null, null),
                item(3, null, "2", "Vorlagen der Verwaltung", true, true, null, null),
                item(4, 3L, "2.1", "Klimaanpassungskonzept 2030 <hier: Zwischenbericht>", false, true, "Kenntnisnahme", "04411-23"),
                item(5, null, "3", "Mitteilungen des Vorsitzenden", true, true, null, null),
                item(6, null, "4", "Grundstücksangelegenheiten", true, false, null, null),
                item(7, 6L, "4.1", "Verkauf Lindenhof", false, false, "Beschluss", null));
        byte[] pdf = new InvitationPdf().render(meeting, agenda);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            text = new PDFTextStripper().getText(document).replace("\r", "");
        }
        assertThat(text).containsSubsequence("Einladung", "Donnerstag, 14.09.2023", "Tagesordnung",
                "für die 12. Sitzung des Ausschusses für Umwelt, Klima & Mobilität", "am 14.09.2023, Beginn 16:00 Uhr",
                "Rathaus Musterstadt, Sitzungssaal 2, Marktplatz 1", "Öffentlicher Teil", "1. Regularien", "1.1 Benennung",
                "2. Vorlagen der Verwaltung", "2.1 Klimaanpassungskonzept 2030 <hier: Zwischenbericht>", "Kenntnisnahme",
                "(Drucksache Nr.: 04411-23)", "3. Mitteilungen des Vorsitzenden", "- unbesetzt -", "Nichtöffentlicher Teil",
                "4. Grundstücksangelegenheiten", "4.1 Verkauf Lindenhof", "Beschluss");
    }
}
