package org.openris.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openris.paper.PaperReference;
import tools.jackson.databind.JsonNode;

/** Paper (with type, originators, relations, locations, files) and Consultation onto our tables. */
final class PaperMapper {

    private final RunContext ctx;
    private final FileMapper files;

    PaperMapper(RunContext ctx, FileMapper files) {
        this.ctx = ctx;
        this.files = files;
    }

    Long paper(Values v) {
        if (ctx.bodyId == null) {
            ctx.report.unmapped("Paper", v.url(), "keine Körperschaft");
            return null;
        }
        String name = v.text("name");
        String reference = v.text("reference");
        if (name == null) {
            name = reference != null ? reference : "(ohne Titel)";
            ctx.warn(Warning.VALUE_ADJUSTED, v, "Vorlage ohne name");
        }
        Long superordinated = null;
        List<String> up = v.texts("superordinatedPaper");
        if (!up.isEmpty()) {
            superordinated = ctx.ref(up.get(0), "Paper", "paper", v);
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("body_id", ctx.bodyId);
        c.put("paper_type_id", paperType(v.text("paperType")));
        c.put("state", "RELEASED");
        referenceColumns(c, v, reference, superordinated);
        c.put("name", name);
        c.put("date", v.date("date"));
        c.put("superordinated_paper_id", superordinated);
        List<String> direction = v.texts("underDirectionOf");
        c.put("under_direction_of_id", direction.isEmpty() ? null : ctx.ref(direction.get(0), "Organization", "organization", v));
        c.put("public", true);
        c.putAll(ctx.stamps(v));
        long id = ctx.upsert("Paper", "paper", v, c, RunContext.STANDALONE);
        java.time.OffsetDateTime stamp = (java.time.OffsetDateTime) c.get("modified");
        originators(id, v, stamp);
        related(id, v, stamp);
        List<Long> locations = new ArrayList<>();
        CoreMapper core = new CoreMapper(ctx);
        for (JsonNode l : v.array("location")) {
            Long loc = core.location(l, v);
            if (loc != null && !locations.contains(loc)) {
                locations.add(loc);
            }
        }
        syncLocations(id, locations, stamp);
        List<FileMapper.Link> links = new ArrayList<>();
        files.collect(links, v.object("mainFile"), "MAIN", v);
        for (JsonNode f : v.array("auxiliaryFile")) {
            files.collect(links, f, "AUXILIARY", v);
        }
        files.sync("paper_file", "paper_id", id, links, stamp);
        List<JsonNode> consultations = v.array("consultation");
        for (int i = 0; i < consultations.size(); i++) {
            if (consultations.get(i).isObject()) {
                consultation(new Values(consultations.get(i), ctx.report), id, i, RunContext.EMBEDDED);
            }
        }
        return id;
    }

    /**
     * The source's reference is the paper's reference, whatever its scheme ("V/2024/001"), cleaned to
     * what the column takes (no control characters, at most 200 characters). Where it has our pattern
     * (serial-YY[-En]) it fills our numbering columns too. It must be unique in the body: one already
     * taken by another paper gets " (2)", " (3)" … (a warning); a repeated run finds the same one,
     * since the paper's own row does not count.
     */
    private void referenceColumns(Map<String, Object> c, Values v, String reference, Long superordinated) {
        c.put("reference", null);
        c.put("serial", null);
        c.put("reference_year", null);
        c.put("supplement_number", null);
        String cleaned = cleanReference(reference);
        if (cleaned == null) {
            return;
        }
        if (!cleaned.equals(reference)) {
            ctx.warn(Warning.VALUE_ADJUSTED, v, "reference \"" + reference + "\" → \"" + cleaned + "\"");
        }
        Long own = ctx.store.source(v.url()).map(ImportStore.Source::localId).orElse(-1L);
        Optional<PaperReference> parsed = PaperReference.tryParse(cleaned)
                .filter(p -> p.format().equals(cleaned) && (p.supplement() == null || superordinated != null));
        String unique = cleaned;
        for (int n = 2; taken(unique, parsed.orElse(null), own); n++) {
            unique = cleaned + " (" + n + ")";
            parsed = Optional.empty();
        }
        if (!unique.equals(cleaned)) {
            ctx.warn(Warning.VALUE_ADJUSTED, v, "reference \"" + cleaned + "\" in der Körperschaft schon vergeben: \"" + unique + "\"");
        }
        c.put("reference", unique);
        if (parsed.isPresent()) {
            c.put("serial", parsed.get().serial());
            c.put("reference_year", parsed.get().year());
            c.put("supplement_number", parsed.get().supplement());
        }
    }

    /** Whether another paper of the body has this reference (or, for ours, the same serial in the year). */
    private boolean taken(String reference, PaperReference numbered, long own) {
        return ctx.store.jdbc().sql("SELECT count(*) FROM paper WHERE body_id = :b AND id <> :id AND (reference = :r OR"
                        + " (reference_year = :y AND serial = :s AND coalesce(supplement_number, 0) = :n))")
                .param("b", ctx.bodyId).param("id", own).param("r", reference)
                .param("y", numbered == null ? -1 : numbered.year()).param("s", numbered == null ? -1 : numbered.serial())
                .param("n", numbered == null || numbered.supplement() == null ? 0 : numbered.supplement())
                .query(Long.class).single() > 0;
    }

    /** Control characters and line breaks become spaces, runs of spaces one, at most 200 characters; null when nothing is left. */
    static String cleanReference(String reference) {
        if (reference == null) {
            return null;
        }
        String cleaned = reference.replaceAll("[\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029]", " ").replaceAll(" {2,}", " ").strip();
        if (cleaned.length() > 190) {
            cleaned = cleaned.substring(0, 190).strip();
        }
        return cleaned.isEmpty() ? null : cleaned;
    }

    private long paperType(String name) {
        String typeName = name == null ? "Sonstige Vorlage" : name;
        var jdbc = ctx.store.jdbc();
        return (Long) ctx.lookups.computeIfAbsent("paperType:" + ctx.bodyId + ":" + typeName, k -> jdbc.sql("SELECT id FROM paper_type WHERE body_id = :b AND name = :n").param("b", ctx.bodyId).param("n", typeName)
                .query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("INSERT INTO paper_type (body_id, name, category, public_by_default) VALUES (:b, :n, :c, true)"
                        + " RETURNING id").param("b", ctx.bodyId).param("n", typeName).param("c", category(typeName)).query(Long.class).single()));
    }

    static String category(String typeName) {
        String t = typeName.toLowerCase(Locale.GERMAN);
        if (t.contains("ergänzung")) {
            return "SUPPLEMENT";
        }
        if (t.contains("stellungnahme")) {
            return "STATEMENT";
        }
        if (t.contains("anfrage")) {
            return "REQUEST";
        }
        if (t.contains("antrag")) {
            return t.contains("tagesordnung") ? "AGENDA_PROPOSAL" : "MOTION";
        }
        if (t.contains("mitteilung") || t.contains("information") || t.contains("bericht")) {
            return "NOTICE";
        }
        if (t.contains("vorlage")) {
            return "DECISION_PROPOSAL";
        }
        if (t.contains("petition") || t.contains("eingabe") || t.contains("anregung")) {
            return "PETITION";
        }
        return "OTHER";
    }

    private void originators(long paper, Values v, java.time.OffsetDateTime stamp) {
        List<Long[]> rows = new ArrayList<>();
        for (String url : v.texts("originatorOrganization")) {
            Long org = ctx.ref(url, "Organization", "organization", v);
            if (org != null) {
                rows.add(new Long[] {org, null});
            }
        }
        for (String url : v.texts("originatorPerson")) {
            Long person = ctx.ref(url, "Person", "person", v);
            if (person != null) {
                rows.add(new Long[] {null, person});
            }
        }
        if (rows.isEmpty() && ctx.store.createdInPage("paper", paper)) {
            return; // a new paper without originators: nothing to do
        }
        // one statement: positions from the count on soft-deleted, these inserted or updated (disjoint rows)
        ctx.store.jdbc().sql("WITH gone AS (UPDATE paper_originator SET deleted_at = :t, modified = :t WHERE paper_id = :p AND position >= :n"
                        + " AND deleted_at IS NULL RETURNING 1)"
                        + " INSERT INTO paper_originator (paper_id, position, organization_id, person_id, created, modified)"
                        + " SELECT :p, r.n - 1, r.o, r.pe, :t, :t FROM unnest(CAST(:o AS bigint[]), CAST(:pe AS bigint[])) WITH ORDINALITY AS r(o, pe, n)"
                        + " ORDER BY r.n"
                        + " ON CONFLICT (paper_id, position) DO UPDATE SET organization_id = EXCLUDED.organization_id,"
                        + " person_id = EXCLUDED.person_id, deleted_at = NULL, modified = EXCLUDED.modified"
                        + " WHERE paper_originator.organization_id IS DISTINCT FROM EXCLUDED.organization_id"
                        + " OR paper_originator.person_id IS DISTINCT FROM EXCLUDED.person_id OR paper_originator.deleted_at IS NOT NULL")
                .param("p", paper).param("t", stamp).param("n", rows.size())
                .param("o", rows.stream().map(r -> r[0]).toArray(Long[]::new)).param("pe", rows.stream().map(r -> r[1]).toArray(Long[]::new))
                .update();
    }

    /** Related papers: one row per pair (either direction counts); papers not yet imported are fetched. */
    private void related(long paper, Values v, java.time.OffsetDateTime stamp) {
        for (String url : v.texts("relatedPaper")) {
            Long other = ctx.ref(url, "Paper", "paper", v);
            if (other == null || other == paper) {
                continue;
            }
            ctx.store.jdbc().sql("INSERT INTO paper_related (paper_id, related_paper_id, created, modified) SELECT :a, :b, :t, :t WHERE NOT EXISTS ("
                            + "SELECT 1 FROM paper_related WHERE (paper_id = :a AND related_paper_id = :b) OR (paper_id = :b AND related_paper_id = :a))")
                    .param("a", paper).param("b", other).param("t", stamp).update();
        }
    }

    private void syncLocations(long paper, List<Long> locations, java.time.OffsetDateTime stamp) {
        if (locations.isEmpty() && ctx.store.createdInPage("paper", paper)) {
            return; // a new paper without locations: nothing to do
        }
        // one statement: the others soft-deleted, these inserted or restored (disjoint rows; locations are distinct)
        ctx.store.jdbc().sql("WITH gone AS (UPDATE paper_location SET deleted_at = :t, modified = :t WHERE paper_id = :p AND deleted_at IS NULL"
                        + " AND NOT (location_id = ANY(:l)) RETURNING 1)"
                        + " INSERT INTO paper_location (paper_id, location_id, created, modified)"
                        + " SELECT :p, l.loc, :t, :t FROM unnest(CAST(:l AS bigint[])) WITH ORDINALITY AS l(loc, n) ORDER BY l.n"
                        + " ON CONFLICT (paper_id, location_id)"
                        + " DO UPDATE SET deleted_at = NULL, modified = EXCLUDED.modified WHERE paper_location.deleted_at IS NOT NULL")
                .param("p", paper).param("t", stamp).param("l", locations.toArray(Long[]::new)).update();
    }

    Long consultation(Values v, Long paperId, Integer index, String origin) {
        Long paper = paperId != null ? paperId : ctx.ref(v.text("paper"), "Paper", "paper", v);
        if (paper == null) {
            ctx.report.unmapped("Consultation", v.url(), "Vorlage nicht auflösbar");
            return null;
        }
        List<String> organizations = v.texts("organization");
        Long organization = organizations.isEmpty() ? null : ctx.ref(organizations.get(0), "Organization", "organization", v);
        Long meeting = ctx.ref(v.text("meeting"), "Meeting", "meeting", v);
        Long item = ctx.ref(v.text("agendaItem"), "AgendaItem", "agenda_item", v);
        var jdbc = ctx.store.jdbc();
        if (item != null && meeting == null) {
            meeting = jdbc.sql("SELECT meeting_id FROM agenda_item WHERE id = :i").param("i", item).query(Long.class).single();
        }
        if (organization == null && meeting != null) {
            organization = jdbc.sql("SELECT organization_id FROM meeting WHERE id = :m").param("m", meeting).query(Long.class).single();
        }
        if (organization == null) {
            ctx.report.unmapped("Consultation", v.url(), "Beratung ohne (auflösbares) Gremium");
            return null;
        }
        Integer position = index;
        if (position == null) {
            Long own = ctx.store.source(v.url()).map(ImportStore.Source::localId).orElse(null);
            position = own != null ? jdbc.sql("SELECT position FROM consultation WHERE id = :id").param("id", own).query(Integer.class).single()
                    : jdbc.sql("SELECT coalesce(max(position) + 1, 0) FROM consultation WHERE paper_id = :p").param("p", paper)
                    .query(Integer.class).single();
        }
        Boolean authoritative = v.bool("authoritative");
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("paper_id", paper);
        c.put("organization_id", organization);
        c.put("meeting_id", meeting);
        c.put("agenda_item_id", item);
        c.put("position", position);
        c.put("role", role(v, Boolean.TRUE.equals(authoritative)));
        c.put("authoritative", Boolean.TRUE.equals(authoritative));
        c.putAll(ctx.stamps(v));
        return ctx.upsert("Consultation", "consultation", v, c, origin);
    }

    private String role(Values v, boolean authoritative) {
        String role = v.text("role");
        String r = role == null ? "" : role.toLowerCase(Locale.GERMAN);
        if (r.contains("vorberat")) {
            return "PRELIMINARY";
        }
        if (r.contains("empfehl")) {
            return "RECOMMENDATION";
        }
        if (r.contains("entscheid") || r.contains("beschl")) {
            return "DECISION";
        }
        if (r.contains("kenntnis")) {
            return "TO_NOTE";
        }
        if (r.contains("anhörung")) {
            return "HEARING";
        }
        if (role != null) {
            ctx.warn(Warning.NOT_MAPPED, v, "Beratungsrolle \"" + role + "\" unbekannt: " + (authoritative ? "Entscheidung" : "Vorberatung"));
        }
        return authoritative ? "DECISION" : "PRELIMINARY";
    }
}
