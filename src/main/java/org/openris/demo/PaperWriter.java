package org.openris.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.openris.demo.DemoModel.Org;
import org.openris.demo.DemoModel.Paper;
import org.openris.demo.DemoModel.PaperType;
import org.openris.demo.DemoModel.Person;
import org.openris.paper.NumberingPolicy;
import org.openris.paper.PaperNumbering;
import org.openris.paper.PaperReference;

/** Creates papers (Vorlagen) with their Drucksachen-Nummer, originators and PDF files. */
final class PaperWriter {

    private final DemoContext ctx;
    private final PaperNumbering numbering = new PaperNumbering(NumberingPolicy.YEARLY);
    private PaperReference latest;
    private final List<Paper> papers = new ArrayList<>();
    private final java.util.Map<Paper, List<PaperReference>> supplements = new java.util.HashMap<>();

    PaperWriter(DemoContext ctx) {
        this.ctx = ctx;
    }

    List<Paper> papers() {
        return papers;
    }

    /** A released paper; the number follows the body's yearly series in the order papers are released. */
    Paper release(PaperType type, String name, LocalDate date, boolean isPublic, Org unit, Org faction, Person person, List<String> text) {
        int year = latest == null ? date.getYear() : Math.max(date.getYear(), latest.year());
        LocalDate released = date.getYear() < year ? LocalDate.of(year, 1, 2) : date;
        PaperReference reference = numbering.next(year, latest);
        latest = reference;
        return write(type, name, released, isPublic, unit, faction, person, text, reference, null);
    }

    /** A supplement or statement to {@code origin}: "04622-23-E1". */
    Paper supplement(Paper origin, PaperType type, String name, LocalDate date, Org unit, List<String> text) {
        PaperReference originReference = PaperReference.parse(origin.reference);
        List<PaperReference> existing = supplements.getOrDefault(origin, List.of());
        PaperReference reference = numbering.nextSupplement(originReference, existing);
        Paper paper = write(type, name, date.isBefore(origin.date) ? origin.date : date, origin.isPublic, unit, null, null, text,
                reference, origin);
        supplements.computeIfAbsent(origin, o -> new java.util.ArrayList<>()).add(reference);
        return paper;
    }

    /** A draft of a department: no number yet, visible to its authors only. */
    void draft(PaperType type, String name, LocalDate date, Org unit) {
        long id = ctx.ids.next("paper");
        ctx.loader.row("paper", id, ctx.bodyId, type.id, "DRAFT", null, null, null, null, ctx.hidden(name, "draft", id),
                ctx.hidden("<p>Entwurf</p>", "draft", id), date, null, unit.id, false, null, ctx.stamp(date), ctx.stamp(date));
        ctx.loader.row("paper_originator", id, 0, unit.id, null, ctx.stamp(date), ctx.stamp(date));
    }

    private Paper write(PaperType type, String name, LocalDate date, boolean isPublic, Org unit, Org faction, Person person,
                        List<String> text, PaperReference reference, Paper origin) {
        Paper paper = new Paper();
        paper.id = ctx.ids.next("paper");
        paper.type = type;
        paper.name = isPublic ? name : ctx.hidden(name, "paper", paper.id);
        paper.date = date;
        paper.isPublic = isPublic;
        paper.reference = reference.format();
        paper.superordinated = origin;
        paper.supplementNumber = reference.supplement();
        paper.underDirectionOf = unit;
        paper.originatorOrg = faction != null ? faction : unit;
        paper.originatorPerson = person;
        String html = String.join("", text.stream().map(t -> "<p>" + escape(t) + "</p>").toList());
        paper.text = isPublic ? html : ctx.hidden(html, "paper", paper.id);
        ctx.loader.row("paper", paper.id, ctx.bodyId, type.id, "RELEASED", paper.reference, reference.serial(),
                (short) reference.year(), reference.supplement(), paper.name, paper.text, date,
                origin == null ? null : origin.id, unit == null ? null : unit.id, isPublic,
                ctx.stamp(date), ctx.stamp(date), ctx.stamp(date));
        int position = 0;
        OffsetDateTime stamp = ctx.stamp(date);
        ctx.loader.row("paper_originator", paper.id, position++, paper.originatorOrg.id, null, stamp, stamp);
        if (person != null) {
            ctx.loader.row("paper_originator", paper.id, position, null, person.id, stamp, stamp);
        }
        if (origin != null) {
            ctx.loader.row("paper_related", paper.id, origin.id, stamp, stamp);
        }
        files(paper, text);
        papers.add(paper);
        return paper;
    }

    private void files(Paper paper, List<String> text) {
        String title = paper.reference + " " + firstLine(paper.name);
        long main = ctx.files.pdf(ctx, title, paper.date, paper.isPublic, new DemoPdf.Document(
                paper.type.name + " " + paper.reference, paper.name, originatorName(paper), text,
                "Stadt Musterstadt – Drucksache " + paper.reference));
        ctx.loader.row("paper_file", paper.id, main, "MAIN", (short) 0, ctx.stamp(paper.date), ctx.stamp(paper.date));
        int attachments = (int) Math.round(ctx.options.scale().attachmentsPerPaper() * 2 * ctx.random.nextDouble());
        for (int i = 1; i <= attachments; i++) {
            String name = paper.reference + " Anlage " + i + " " + ctx.pick(Texts.ATTACHMENTS);
            long file = ctx.files.pdf(ctx, name, paper.date, paper.isPublic, new DemoPdf.Document(
                    "Anlage " + i + " zur Drucksache " + paper.reference, firstLine(paper.name), originatorName(paper),
                    List.of(Texts.prose(ctx.random), Texts.prose(ctx.random)), "Stadt Musterstadt"));
            ctx.loader.row("paper_file", paper.id, file, "AUXILIARY", (short) i, ctx.stamp(paper.date), ctx.stamp(paper.date));
        }
        if (paper.isPublic && ctx.chance(0.08)) {
            String name = paper.reference + " Anlage " + (attachments + 1) + " Angebotsauswertung (nichtöffentlich)";
            long file = ctx.files.pdf(ctx, name, paper.date, false, new DemoPdf.Document(
                    ctx.hidden("Angebotsauswertung zur Drucksache " + paper.reference, "attachment", paper.id),
                    "Nichtöffentliche Anlage", originatorName(paper),
                    List.of(ctx.hidden("Bieter und Angebotssummen werden nichtöffentlich beraten.", "attachment", paper.id)),
                    "nichtöffentlich"));
            ctx.loader.row("paper_file", paper.id, file, "AUXILIARY", (short) (attachments + 1), ctx.stamp(paper.date), ctx.stamp(paper.date));
        }
    }

    private static String originatorName(Paper paper) {
        return paper.originatorOrg == null ? "Stadt Musterstadt" : paper.originatorOrg.name;
    }

    static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
