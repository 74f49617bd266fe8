package org.openris.paper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openris.file.FileIntake;
import org.openris.file.FileTypes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands on paper drafts: create and edit (type, title, sanitised text, originators, direction),
 * subordinated drafts (supplement, statement answering a request), attachments and the choice of
 * the main document; and the withdrawal of a released paper. Title and text
 * can only change while the paper is a draft; afterwards a supplement is the way to amend it.
 * Callers check who may act on which paper (the back office asks the visibility gate first).
 */
@Service
public class PaperManagement {

    /** The form of a draft. {@code text} may be HTML or plain text; it is stored sanitised. */
    public record Draft(Long paperTypeId, String name, String text, Long originatorUnitId, List<Long> originatorFactionIds,
                        Long originatorPersonId, Long underDirectionOfId) {

        public Draft {
            originatorFactionIds = originatorFactionIds == null ? List.of() : List.copyOf(originatorFactionIds);
        }
    }

    static final int MAX_NAME = 1000;

    private final JdbcClient jdbc;
    private final FileIntake files;

    PaperManagement(JdbcClient jdbc, FileIntake files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /** A new draft; {@code superordinatedPaperId} makes it a supplement/statement to that paper, {@code relatedPaperId} links it. */
    @Transactional
    public PaperOutcome createDraft(Draft draft, Long superordinatedPaperId, Long relatedPaperId) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long body = validate(draft, null, errors);
        if (superordinatedPaperId != null) {
            Optional<String> state = jdbc.sql("SELECT state FROM paper WHERE id = ? AND deleted_at IS NULL AND supplement_number IS NULL"
                    + " AND body_id = ?").params(superordinatedPaperId, body).query(String.class).optional();
            if (state.isEmpty() || !"RELEASED".equals(state.get())) {
                errors.putIfAbsent("form", "papers.error.originNotReleased");
            }
        }
        if (!errors.isEmpty()) {
            return PaperOutcome.rejected(errors);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO paper (body_id, paper_type_id, state, name, text, superordinated_paper_id, under_direction_of_id, public)"
                        + " VALUES (:body, :type, 'DRAFT', :name, :text, :superordinated, :direction, false)")
                .param("body", body).param("type", draft.paperTypeId()).param("name", draft.name().strip())
                .param("text", PaperText.sanitize(draft.text())).param("superordinated", superordinatedPaperId)
                .param("direction", draft.underDirectionOfId())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeOriginators(id, draft);
        if (relatedPaperId != null) {
            jdbc.sql("INSERT INTO paper_related (paper_id, related_paper_id) VALUES (?, ?)").params(id, relatedPaperId).update();
        }
        return PaperOutcome.ok(id);
    }

    /** Changes a draft; a released paper keeps title and text (amend it by a supplement). */
    @Transactional
    public PaperOutcome updateDraft(long id, Draft draft) {
        Optional<PaperRow> current = lock(id);
        if (current.isEmpty()) {
            return PaperOutcome.rejected("form", "papers.error.missing");
        }
        if (!"DRAFT".equals(current.get().state())) {
            return PaperOutcome.rejected("form", "papers.error.alreadyReleased");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Long body = validate(draft, current.get().bodyId(), errors);
        if (!errors.isEmpty()) {
            return PaperOutcome.rejected(errors);
        }
        jdbc.sql("UPDATE paper SET paper_type_id = :type, name = :name, text = :text, under_direction_of_id = :direction"
                        + " WHERE id = :id AND state = 'DRAFT' AND body_id = :body")
                .param("type", draft.paperTypeId()).param("name", draft.name().strip()).param("text", PaperText.sanitize(draft.text()))
                .param("direction", draft.underDirectionOfId()).param("id", id).param("body", body).update();
        jdbc.sql("DELETE FROM paper_originator WHERE paper_id = ?").param(id).update();
        writeOriginators(id, draft);
        return PaperOutcome.ok(id);
    }

    /** The editable fields of a paper, for the change log (before/after). */
    public Map<String, Object> snapshot(long id) {
        Map<String, Object> fields = new LinkedHashMap<>();
        jdbc.sql("SELECT p.state, p.reference, t.name AS type, p.name, p.text, p.under_direction_of_id, p.public FROM paper p"
                        + " JOIN paper_type t ON t.id = p.paper_type_id WHERE p.id = ?")
                .param(id).query((rs, n) -> {
                    fields.put("state", rs.getString("state"));
                    fields.put("reference", rs.getString("reference"));
                    fields.put("type", rs.getString("type"));
                    fields.put("name", rs.getString("name"));
                    fields.put("text", rs.getString("text"));
                    fields.put("underDirectionOf", rs.getObject("under_direction_of_id"));
                    fields.put("public", rs.getBoolean("public"));
                    return null;
                }).list();
        fields.put("originators", String.join(", ", jdbc.sql("SELECT coalesce('org:' || organization_id, 'person:' || person_id)"
                + " FROM paper_originator WHERE paper_id = ? AND deleted_at IS NULL ORDER BY position").param(id).query(String.class).list()));
        return fields;
    }

    /**
     * Attaches an uploaded document to a draft after checking it ({@link FileIntake#check}); the
     * rejection keys are {@code file.upload.*}. {@code nonPublic} keeps the file out of the portal even
     * when the paper is public.
     */
    @Transactional
    public PaperOutcome attach(long paperId, String fileName, byte[] content, long maxBytes, boolean nonPublic) {
        Optional<PaperRow> paper = lock(paperId);
        if (paper.isEmpty()) {
            return PaperOutcome.rejected("file", "papers.error.missing");
        }
        if (!"DRAFT".equals(paper.get().state())) {
            return PaperOutcome.rejected("file", "papers.error.attachAfterRelease");
        }
        FileIntake.Checked checked = FileIntake.check(content, maxBytes);
        if (!checked.accepted()) {
            return PaperOutcome.rejected("file", checked.rejection().messageKey());
        }
        FileTypes.Type type = checked.type();
        long fileId = files.store(paper.get().bodyId(), displayName(fileName), type, content, !nonPublic);
        // the first document of a paper is its main document until the author chooses another
        jdbc.sql("INSERT INTO paper_file (paper_id, file_id, role, position) VALUES (?, ?,"
                        + " CASE WHEN EXISTS (SELECT 1 FROM paper_file WHERE paper_id = ? AND role = 'MAIN' AND deleted_at IS NULL)"
                        + " THEN 'AUXILIARY' ELSE 'MAIN' END,"
                        + " (SELECT coalesce(max(position), 0) + 1 FROM paper_file WHERE paper_id = ?))")
                .params(paperId, fileId, paperId, paperId).update();
        return PaperOutcome.ok(fileId);
    }

    /** Makes an attachment of a draft its main document (Vorlagendokument); the previous one becomes an attachment. */
    @Transactional
    public PaperOutcome chooseMain(long paperId, long fileId) {
        Optional<PaperRow> paper = lock(paperId);
        if (paper.isEmpty() || !"DRAFT".equals(paper.get().state())) {
            return PaperOutcome.rejected("file", "papers.error.attachAfterRelease");
        }
        boolean attached = jdbc.sql("SELECT count(*) FROM paper_file WHERE paper_id = ? AND file_id = ? AND deleted_at IS NULL")
                .params(paperId, fileId).query(Long.class).single() > 0;
        if (!attached) {
            return PaperOutcome.rejected("file", "papers.error.missing");
        }
        jdbc.sql("UPDATE paper_file SET role = 'AUXILIARY' WHERE paper_id = ? AND role = 'MAIN' AND deleted_at IS NULL").param(paperId).update();
        jdbc.sql("UPDATE paper_file SET role = 'MAIN' WHERE paper_id = ? AND file_id = ? AND deleted_at IS NULL").params(paperId, fileId).update();
        return PaperOutcome.ok(fileId);
    }

    /**
     * Withdraws a released paper (Rücknahme durch Verwaltung oder Fraktion): it keeps its number and
     * history for the staff, leaves the inboxes of the organizations that have not yet put it on an
     * agenda, can no longer be decided, and is no longer public (the visibility rules show only
     * RELEASED papers; OParl reports it as deleted once the withdrawal job has seen it). A paper whose authoritative consultation has an outcome cannot be
     * withdrawn any more.
     */
    @Transactional
    public PaperOutcome withdraw(long paperId) {
        Optional<PaperRow> paper = lock(paperId);
        if (paper.isEmpty() || !"RELEASED".equals(paper.get().state())) {
            return PaperOutcome.rejected("withdraw", "papers.error.withdrawState");
        }
        boolean decided = jdbc.sql("SELECT count(*) FROM consultation WHERE paper_id = ? AND deleted_at IS NULL"
                + " AND (outcome IN ('ADOPTED', 'ADOPTED_WITH_CHANGES', 'REJECTED') OR (authoritative AND outcome = 'NOTED'))")
                .param(paperId).query(Long.class).single() > 0;
        if (decided) {
            return PaperOutcome.rejected("withdraw", "papers.error.withdrawDecided");
        }
        jdbc.sql("UPDATE paper SET state = 'WITHDRAWN' WHERE id = ?").param(paperId).update();
        return PaperOutcome.ok(paperId);
    }

    /** The upcoming agendas (not yet held) on which the paper still stands, as "name, dd.MM.yyyy" for a notice. */
    public List<String> upcomingAgendas(long paperId) {
        return jdbc.sql("SELECT m.name || ', ' || to_char(m.start_planned AT TIME ZONE 'Europe/Berlin', 'DD.MM.YYYY') FROM consultation c"
                        + " JOIN meeting m ON m.id = c.meeting_id WHERE c.paper_id = ? AND c.deleted_at IS NULL AND c.agenda_item_id IS NOT NULL"
                        + " AND m.deleted_at IS NULL AND NOT m.cancelled AND m.state IN ('PLANNED', 'INVITED') ORDER BY m.start_planned")
                .param(paperId).query(String.class).list();
    }

    /** Removes an attachment from a draft (the stored file stays for the record). */
    @Transactional
    public PaperOutcome detach(long paperId, long fileId) {
        Optional<PaperRow> paper = lock(paperId);
        if (paper.isEmpty() || !"DRAFT".equals(paper.get().state())) {
            return PaperOutcome.rejected("file", "papers.error.attachAfterRelease");
        }
        int removed = jdbc.sql("UPDATE paper_file SET deleted_at = now() WHERE paper_id = ? AND file_id = ? AND deleted_at IS NULL")
                .params(paperId, fileId).update();
        return removed == 0 ? PaperOutcome.rejected("file", "papers.error.missing") : PaperOutcome.ok(fileId);
    }

    /** The display name of an upload: the file name without path and extension. */
    static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "Anlage";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = name.strip();
        return name.isEmpty() ? "Anlage" : name.length() > 200 ? name.substring(0, 200) : name;
    }

    record PaperRow(long id, long bodyId, String state) {
    }

    Optional<PaperRow> lock(long id) {
        return jdbc.sql("SELECT id, body_id, state FROM paper WHERE id = ? AND deleted_at IS NULL FOR UPDATE")
                .param(id).query(PaperRow.class).optional();
    }

    private record OrgRow(long bodyId, String kind) {
    }

    /** Checks the form; returns the body (of the paper type) or null. */
    private Long validate(Draft draft, Long expectedBody, Map<String, String> errors) {
        Long body = null;
        if (draft.paperTypeId() == null) {
            errors.put("paperTypeId", "papers.error.type");
        } else {
            body = jdbc.sql("SELECT body_id FROM paper_type WHERE id = ? AND deleted_at IS NULL").param(draft.paperTypeId())
                    .query(Long.class).optional().orElse(null);
            if (body == null || (expectedBody != null && !expectedBody.equals(body))) {
                errors.put("paperTypeId", "papers.error.type");
                body = expectedBody;
            }
        }
        if (draft.name() == null || draft.name().isBlank()) {
            errors.put("name", "papers.error.name");
        } else if (draft.name().length() > MAX_NAME) {
            errors.put("name", "papers.error.nameTooLong");
        }
        if (draft.text() != null && draft.text().length() > PaperText.MAX_LENGTH) {
            errors.put("text", "papers.error.textTooLong");
        }
        if (draft.originatorUnitId() == null && draft.originatorFactionIds().isEmpty() && draft.originatorPersonId() == null) {
            errors.put("originators", "papers.error.originatorMissing");
        }
        if (body == null) {
            return null;
        }
        if (draft.originatorUnitId() != null && !orgOf(draft.originatorUnitId(), body, List.of("ADMINISTRATIVE_UNIT"))) {
            errors.put("originatorUnitId", "papers.error.unit");
        }
        for (Long faction : draft.originatorFactionIds()) {
            if (!orgOf(faction, body, List.of("FACTION", "GROUP"))) {
                errors.put("originatorFactionIds", "papers.error.faction");
            }
        }
        if (draft.originatorPersonId() != null && jdbc.sql("SELECT count(*) FROM person WHERE id = ? AND body_id = ? AND deleted_at IS NULL")
                .params(draft.originatorPersonId(), body).query(Long.class).single() == 0) {
            errors.put("originatorPersonId", "papers.error.person");
        }
        if (draft.underDirectionOfId() != null && !orgOf(draft.underDirectionOfId(), body, List.of("ADMINISTRATIVE_UNIT"))) {
            errors.put("underDirectionOfId", "papers.error.unit");
        }
        return body;
    }

    private boolean orgOf(long organizationId, long body, List<String> kinds) {
        return jdbc.sql("SELECT body_id, kind FROM organization WHERE id = ? AND deleted_at IS NULL").param(organizationId)
                .query(OrgRow.class).optional().filter(o -> o.bodyId() == body && kinds.contains(o.kind())).isPresent();
    }

    private void writeOriginators(long paperId, Draft draft) {
        List<Object[]> rows = new ArrayList<>();
        if (draft.originatorUnitId() != null) {
            rows.add(new Object[]{draft.originatorUnitId(), null});
        }
        draft.originatorFactionIds().stream().distinct().forEach(f -> rows.add(new Object[]{f, null}));
        if (draft.originatorPersonId() != null) {
            rows.add(new Object[]{null, draft.originatorPersonId()});
        }
        int position = 0;
        for (Object[] row : rows) {
            jdbc.sql("INSERT INTO paper_originator (paper_id, position, organization_id, person_id) VALUES (?, ?, ?, ?)")
                    .params(paperId, position++, row[0], row[1]).update();
        }
    }
}
