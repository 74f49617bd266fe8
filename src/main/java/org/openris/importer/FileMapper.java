package org.openris.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** File onto stored_file (content in the file store, text extraction queued) and the file links of papers, meetings and agenda items. */
final class FileMapper {

    private final RunContext ctx;

    FileMapper(RunContext ctx) {
        this.ctx = ctx;
    }

    /** A link from an owner to a file, in order. */
    record Link(long fileId, String role, int position) {
    }

    /** Imports an embedded file (or one given by URL) and adds its link; a file without content is left out (warning). */
    void collect(List<Link> links, JsonNode node, String role, Values owner) {
        if (node == null) {
            return;
        }
        Long id;
        if (node.isString()) {
            id = ctx.ref(node.asString(), "File", "stored_file", owner);
        } else if (node.isObject()) {
            id = ctx.dispatcher().importObject(node, "File", RunContext.EMBEDDED);
        } else {
            return;
        }
        if (id != null && links.stream().noneMatch(l -> l.fileId() == id)) {
            long position = links.stream().filter(l -> l.role().equals(role)).count();
            links.add(new Link(id, role, (int) position));
        }
    }

    Long file(Values v, String origin) {
        if (ctx.bodyId == null) {
            ctx.report.unmapped("File", v.url(), "keine Körperschaft");
            return null;
        }
        if (RunContext.EMBEDDED.equals(origin) && !ctx.embeddedMayWrite(v.url())) {
            ctx.report.count("File", "unchanged");
            return ctx.store.source(v.url()).orElseThrow().localId();
        }
        FileContents.Result content = ctx.files.get(v.node());
        boolean known = ctx.store.source(v.url()).isPresent();
        if (content.content() == null && !(content.reuse() && known)) {
            ctx.report.unmapped("File", v.url(), "Dateiinhalt nicht abrufbar: " + content.failure());
            return known ? ctx.store.source(v.url()).get().localId() : null;
        }
        String fileName = v.text("fileName");
        String name = v.text("name");
        if (fileName == null) {
            fileName = name != null ? name : lastSegment(v.text("accessUrl"));
        }
        String safe = fileName.replaceAll("[/\\\\]", "_");
        if (safe.length() > 255) {
            safe = safe.substring(safe.length() - 255);
        }
        if (!safe.equals(fileName)) {
            ctx.warn(Warning.VALUE_ADJUSTED, v, "fileName \"" + fileName + "\" als \"" + safe + "\"");
        }
        if (name == null) {
            name = safe.contains(".") ? safe.substring(0, safe.lastIndexOf('.')) : safe;
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("body_id", ctx.bodyId);
        c.put("name", name.isBlank() ? "Datei" : name);
        c.put("file_name", safe);
        c.put("mime_type", mimeType(v, content.contentType()));
        if (content.content() != null) {
            c.put("size", content.content().size());
            c.put("sha256", content.content().sha256());
            c.put("sha512", content.content().sha512());
            c.put("storage_key", content.content().storageKey());
        }
        c.put("date", v.date("date"));
        c.put("license", v.text("fileLicense"));
        c.put("public", true);
        c.putAll(ctx.stamps(v));
        boolean compare = RunContext.STANDALONE.equals(origin) && ctx.storedEmbeddedThisRun(v.url());
        String previousHash = ctx.store.source(v.url()).map(ImportStore.Source::contentHash).orElse(null);
        ImportStore.Written w = ctx.store.upsert(ctx.run, "File", "stored_file", v.url(), c, origin,
                content.content() == null ? null : content.content().sha256());
        if (compare && w.outcome() == ImportStore.Outcome.UPDATED) {
            ctx.report.warn(Warning.EMBEDDED_DIFFERS, v.url(), "File");
        }
        if (previousHash != null && content.content() != null && !previousHash.equals(content.content().sha256())) {
            // new content: queue text extraction again (file.TextExtraction picks up rows without text_extracted_at);
            // a new row is queued from the start
            ctx.store.jdbc().sql("UPDATE stored_file SET text_content = NULL, text_extracted_at = NULL, text_extraction_error = NULL"
                    + " WHERE id = :id").param("id", w.id()).update();
        }
        return ctx.written("File", w);
    }

    private String mimeType(Values v, String contentType) {
        String m = v.text("mimeType");
        if (m == null && contentType != null && !contentType.isBlank()) {
            m = contentType.split(";")[0].strip();
        }
        if (m == null) {
            return "application/octet-stream";
        }
        m = m.toLowerCase(Locale.ROOT);
        if (m.equals("application/octetstream")) {
            ctx.warn(Warning.VALUE_ADJUSTED, v, "mimeType application/octetstream");
            return "application/octet-stream";
        }
        return m;
    }

    private static String lastSegment(String url) {
        if (url == null) {
            return "datei";
        }
        String path = url.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? "datei" : java.net.URLDecoder.decode(last, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Makes the owner's links exactly {@code links}: others are soft-deleted, these inserted or updated;
     * stamped with the owner's {@code modified} (so the parent-bumping triggers keep the source's value).
     */
    void sync(String table, String ownerColumn, long owner, List<Link> links, java.time.OffsetDateTime stamp) {
        // the same links as written for this owner earlier in this run (an embedded object read again standalone): no change
        String memo = "sync:" + table + ":" + owner;
        String written = links + "@" + stamp;
        if (written.equals(ctx.lookups.get(memo))) {
            return;
        }
        String ownerTable = ownerColumn.substring(0, ownerColumn.length() - "_id".length());
        if (links.isEmpty() && ctx.store.createdInPage(ownerTable, owner)) {
            ctx.lookups.put(memo, written);
            return; // a new owner without links: nothing to delete, nothing to insert
        }
        // one statement: the others soft-deleted, these inserted or updated (disjoint rows; links are distinct by file)
        ctx.store.jdbc().sql("WITH gone AS (UPDATE " + table + " SET deleted_at = :t, modified = :t WHERE " + ownerColumn + " = :o"
                        + " AND deleted_at IS NULL AND NOT (file_id = ANY(:f)) RETURNING 1)"
                        + " INSERT INTO " + table + " (" + ownerColumn + ", file_id, role, position, created, modified)"
                        + " SELECT :o, l.f, l.r, l.p, :t, :t FROM unnest(CAST(:f AS bigint[]), CAST(:r AS text[]), CAST(:p AS int[])) WITH ORDINALITY"
                        + " AS l(f, r, p, n) ORDER BY l.n"
                        + " ON CONFLICT (" + ownerColumn + ", file_id) DO UPDATE SET role = EXCLUDED.role, position = EXCLUDED.position,"
                        + " deleted_at = NULL, modified = EXCLUDED.modified WHERE " + table + ".role IS DISTINCT FROM EXCLUDED.role OR " + table + ".position IS DISTINCT FROM"
                        + " EXCLUDED.position OR " + table + ".deleted_at IS NOT NULL")
                .param("o", owner).param("t", stamp).param("f", links.stream().map(Link::fileId).toArray(Long[]::new))
                .param("r", links.stream().map(Link::role).toArray(String[]::new))
                .param("p", links.stream().map(Link::position).toArray(Integer[]::new)).update();
        ctx.lookups.put(memo, written);
    }
}
