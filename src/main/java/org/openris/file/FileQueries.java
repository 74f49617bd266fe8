package org.openris.file;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read side of stored files (OParl File). A file's effective visibility is the most restrictive
 * of its own flag and of everything it hangs on ({@link VisibilityRules#file}).
 */
@Service
public class FileQueries {

    private static final String SELECT_FILE = """
            SELECT f.id, f.name, f.file_name, f.mime_type, f.size, f.sha256, f.sha512, f.date, f.license, f.modified
            FROM stored_file f""";

    private final JdbcClient jdbc;
    private final VisibilityRules rules;

    FileQueries(JdbcClient jdbc, VisibilityRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    public Optional<FileSummary> findById(Viewer viewer, long id) {
        return jdbc.sql(SELECT_FILE + " WHERE f.id = :id AND " + rules.file("f", viewer))
                .param("id", id).query(FileSummary.class).optional();
    }

    /** Main file first, then attachments in order. */
    public List<AttachedFile> filesOfPaper(Viewer viewer, long paperId) {
        return attached("paper_file", "paper_id", paperId, viewer);
    }

    /** Invitation, minutes documents, verbatim record and auxiliary files of a meeting. */
    public List<AttachedFile> filesOfMeeting(Viewer viewer, long meetingId) {
        return attached("meeting_file", "meeting_id", meetingId, viewer);
    }

    public List<AttachedFile> filesOfAgendaItem(Viewer viewer, long agendaItemId) {
        return attached("agenda_item_file", "agenda_item_id", agendaItemId, viewer);
    }

    /**
     * Every document of a visible meeting the viewer may see: the meeting's own files, the files of
     * its agenda items, and the files of the papers consulted in it (with their supplements) where
     * that consultation is visible. Oldest file first.
     */
    public List<FileSummary> documentsOfMeeting(Viewer viewer, long meetingId) {
        return jdbc.sql("WITH doc AS ("
                        + "SELECT mf.file_id FROM meeting_file mf WHERE mf.meeting_id = :meeting AND mf.deleted_at IS NULL"
                        + " UNION SELECT af.file_id FROM agenda_item a JOIN agenda_item_file af ON af.agenda_item_id = a.id"
                        + " WHERE a.meeting_id = :meeting AND a.deleted_at IS NULL AND af.deleted_at IS NULL"
                        + " UNION SELECT pf.file_id FROM consultation c JOIN paper_file pf ON pf.paper_id = c.paper_id"
                        + " WHERE c.meeting_id = :meeting AND pf.deleted_at IS NULL AND " + rules.consultation("c", viewer)
                        + " UNION SELECT pf.file_id FROM consultation c JOIN paper sp ON sp.superordinated_paper_id = c.paper_id"
                        + " JOIN paper_file pf ON pf.paper_id = sp.id"
                        + " WHERE c.meeting_id = :meeting AND pf.deleted_at IS NULL AND " + rules.consultation("c", viewer) + ")"
                        + " " + SELECT_FILE
                        + " JOIN doc ON doc.file_id = f.id WHERE " + rules.file("f", viewer)
                        + " AND EXISTS (SELECT 1 FROM meeting dm WHERE dm.id = :meeting AND " + rules.meeting("dm", viewer) + ")"
                        + " ORDER BY f.id")
                .param("meeting", meetingId).query(FileSummary.class).list();
    }

    /** The extracted text, for search and OParl {@code File.text}. */
    public Optional<String> text(Viewer viewer, long id) {
        return jdbc.sql("SELECT f.text_content FROM stored_file f WHERE f.id = :id AND f.text_content IS NOT NULL AND "
                        + rules.file("f", viewer))
                .param("id", id).query(String.class).optional();
    }

    public long count(Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM stored_file f WHERE " + rules.file("f", viewer)).query(Long.class).single();
    }

    private List<AttachedFile> attached(String linkTable, String ownerColumn, long ownerId, Viewer viewer) {
        String labelColumn = "paper_file".equals(linkTable) ? "NULL" : "l.label";
        return jdbc.sql("SELECT f.id, f.name, f.file_name, f.mime_type, f.size, f.sha512, l.role, " + labelColumn
                        + " AS label, f.modified FROM " + linkTable + " l JOIN stored_file f ON f.id = l.file_id"
                        + " WHERE l." + ownerColumn + " = :owner AND l.deleted_at IS NULL AND " + rules.file("f", viewer)
                        + " ORDER BY CASE WHEN l.role IN ('MAIN', 'INVITATION') THEN 0 ELSE 1 END, l.position, f.id")
                .param("owner", ownerId).query(AttachedFile.class).list();
    }

    public record FileSummary(long id, String name, String fileName, String mimeType, long size, String sha256,
                              String sha512, LocalDate date, String license, OffsetDateTime modified) {
    }

    public record AttachedFile(long id, String name, String fileName, String mimeType, long size, String sha512,
                               String role, String label, OffsetDateTime modified) {
    }
}
