package org.openris.minutes;

import java.util.ArrayList;
import java.util.List;
import org.openris.shared.GermanFormats;

/**
 * Renders minutes in the city's plain-text shape (see {@code shared/examples/minutes-musterstadt.txt}):
 * header, attendance, the published agenda, the items in the order treated, signatures, attachments.
 * Pure: the same document always gives the same text (its SHA-256 is the minutes' content hash).
 */
public final class MinutesTextRenderer {

    private static final int SIGNATURE_COLUMN = 26;
    private static final String[] LETTERS = {"a", "b", "c", "d", "e", "f", "g", "h"};

    private final List<String> lines = new ArrayList<>();

    private MinutesTextRenderer() {
    }

    public static String render(MinutesDocument doc) {
        MinutesTextRenderer r = new MinutesTextRenderer();
        r.header(doc);
        r.attendance(doc);
        r.publishedAgenda(doc);
        r.treatedItems(doc);
        r.signatures(doc);
        return String.join("\n", r.lines) + "\n";
    }

    private void header(MinutesDocument doc) {
        String part = doc.publicPart() ? "öffentlich" : "nichtöffentlich";
        add("Niederschrift (" + part + ")");
        blank(1);
        add("über die " + doc.meetingName());
        blank(2);
        add("am " + GermanFormats.date(doc.date()) + " im " + doc.location());
        if (doc.actualStart() != null && doc.actualEnd() != null) {
            blank(2);
            add("Sitzungsdauer: " + GermanFormats.time(doc.actualStart()) + " - " + GermanFormats.time(doc.actualEnd()) + " Uhr");
        }
    }

    private void attendance(MinutesDocument doc) {
        blank(2);
        add("Anwesend:");
        for (int g = 0; g < doc.present().size(); g++) {
            MinutesDocument.AttendanceGroup group = doc.present().get(g);
            blank(1);
            add(LETTERS[Math.min(g, LETTERS.length - 1)] + ") " + group.title() + ":");
            for (int s = 0; s < group.subGroups().size(); s++) {
                MinutesDocument.SubGroup sub = group.subGroups().get(s);
                if (sub.faction() != null) {
                    blank(1);
                    add(sub.faction() + ":");
                }
                sub.lines().forEach(this::add);
            }
        }
        if (!doc.absent().isEmpty()) {
            blank(1);
            add("Nicht anwesend:");
            doc.absent().forEach(this::add);
        }
    }

    private void publishedAgenda(MinutesDocument doc) {
        String part = doc.publicPart() ? "öffentlich" : "nichtöffentlich";
        blank(2);
        add("Veröffentlichte Tagesordnung:");
        blank(1);
        add("Tagesordnung (" + part + ")");
        blank(1);
        add("für die " + doc.meetingName() + ",");
        add("am " + GermanFormats.date(doc.date()) + ", Beginn " + GermanFormats.time(doc.plannedStart()) + " Uhr,");
        add(doc.location());
        for (MinutesDocument.AgendaEntry entry : doc.publishedAgenda()) {
            blank(entry.topLevel() ? 2 : 1);
            add((entry.topLevel() ? entry.number() + ". " : entry.number() + " ") + entry.name());
            details(entry);
            if (entry.emptyMarker() != null) {
                add(entry.emptyMarker());
            }
        }
    }

    private void treatedItems(MinutesDocument doc) {
        boolean first = true;
        for (MinutesDocument.AgendaEntry entry : doc.treatedItems()) {
            blank(first ? 4 : 2);
            first = false;
            if (entry.topLevel()) {
                add(entry.number() + ". " + entry.name());
            } else {
                add("zu TOP " + entry.number());
                add(entry.minutesHeading() != null ? entry.minutesHeading() : entry.name());
                details(entry);
            }
            if (entry.minutesText() != null && !entry.minutesText().isBlank()) {
                blank(1);
                add(entry.minutesText().strip());
            }
        }
    }

    private void details(MinutesDocument.AgendaEntry entry) {
        if (entry.treatmentLabel() != null) {
            add(entry.treatmentLabel());
        }
        if (entry.paperReference() != null) {
            add("(Drucksache Nr.: " + entry.paperReference() + ")");
        }
    }

    private void signatures(MinutesDocument doc) {
        if (!doc.signatures().isEmpty()) {
            blank(4);
            add(columns(doc.signatures().stream().map(MinutesDocument.Signature::name).toList()));
            add(columns(doc.signatures().stream().map(MinutesDocument.Signature::roleLabel).toList()));
        }
        if (!doc.attachments().isEmpty()) {
            blank(2);
            doc.attachments().forEach(a -> add("(" + a + ")"));
        }
    }

    private static String columns(List<String> cells) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            row.append(cell);
            if (i < cells.size() - 1) {
                row.append(" ".repeat(Math.max(1, SIGNATURE_COLUMN - cell.length())));
            }
        }
        return row.toString();
    }

    private void add(String text) {
        lines.addAll(List.of(text.split("\n", -1)));
    }

    /** Ensures exactly {@code n} blank lines before the next content. */
    private void blank(int n) {
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        for (int i = 0; i < n; i++) {
            lines.add("");
        }
    }
}
