package org.openris.memberarea;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.openris.identity.SignedInUser;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads annotations for the signed-in reader only: their own, and those shared with a faction both
 * the reader and the author currently belong to (read live, so leaving the faction ends access on
 * the next request) — and only while the reader still sees the paper or file they are attached to.
 * Takes the {@link SignedInUser}, never a bare person id, so a caller cannot ask on someone's behalf.
 */
@Service
class AnnotationQueries {

    private final JdbcClient jdbc;
    private final VisibilityRules rules;

    AnnotationQueries(JdbcClient jdbc, VisibilityRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** The annotations the reader may see on a target, oldest first. */
    List<Annotation> on(SignedInUser reader, AnnotationTarget target) {
        if (reader.personId() == null) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE an." + target.column() + " = :target AND " + readable(reader.viewer())
                        + " ORDER BY an.created, an.id")
                .param("target", target.id()).param("me", reader.personId()).query(Annotation.class).list();
    }

    /** One of the reader's own annotations, while its target is visible to them. */
    Optional<Annotation> own(SignedInUser reader, long id) {
        if (reader.personId() == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE an.id = :id AND an.author_person_id = :me AND " + readable(reader.viewer()))
                .param("id", id).param("me", reader.personId()).query(Annotation.class).optional();
    }

    private String readable(Viewer viewer) {
        return "an.deleted_at IS NULL"
                + " AND (an.paper_id IS NULL OR EXISTS (SELECT 1 FROM paper p WHERE p.id = an.paper_id AND " + rules.paper("p", viewer) + "))"
                + " AND (an.file_id IS NULL OR EXISTS (SELECT 1 FROM stored_file f WHERE f.id = an.file_id AND " + rules.file("f", viewer) + "))"
                + " AND (an.author_person_id = :me OR (an.shared_with_faction_id IS NOT NULL"
                + " AND " + currentFactionMember(":me") + " AND " + currentFactionMember("an.author_person_id") + "))";
    }

    /** The person currently (today, Europe/Berlin) belongs to the faction the annotation is shared with. */
    static String currentFactionMember(String person) {
        return "EXISTS (SELECT 1 FROM membership fm JOIN organization fo ON fo.id = fm.organization_id"
                + " WHERE fm.person_id = " + person + " AND fm.organization_id = an.shared_with_faction_id"
                + " AND fo.kind = 'FACTION' AND fo.deleted_at IS NULL AND fm.deleted_at IS NULL"
                + " AND fm.start_date <= (now() AT TIME ZONE 'Europe/Berlin')::date"
                + " AND (fm.end_date IS NULL OR fm.end_date >= (now() AT TIME ZONE 'Europe/Berlin')::date))";
    }

    private static final String SELECT = """
            SELECT an.id, an.paper_id, an.file_id, an.kind, an.quote, an.note, an.shared_with_faction_id, fo.name AS faction_name,
                   an.author_person_id = :me AS own,
                   concat_ws(' ', nullif(trim(pe.title), ''), nullif(trim(pe.given_name), ''), nullif(trim(pe.affix), ''),
                             nullif(trim(pe.family_name), '')) AS author_name,
                   an.created, an.modified
            FROM member_annotation an
            JOIN person pe ON pe.id = an.author_person_id
            LEFT JOIN organization fo ON fo.id = an.shared_with_faction_id""";
}
