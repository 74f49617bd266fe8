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
     * Every document of the given meetings the viewer may see, per meeting: the meeting's own files,
     * the files of its agenda items, and the files of the papers consulted in it (and of their
     * supplements) where that consultation is visible; only for meetings the viewer may see. One
     * query for many meetings (the visibility conditions are large to plan).
     */
    public List<MeetingDocument> documentsOfMeetings(Viewer viewer, List<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("WITH doc AS ("
                        + "SELECT mf.meeting_id, mf.file_id FROM meeting_file mf WHERE mf.meeting_id IN (:meetings) AND mf.deleted_at IS NULL"
                        + " UNION SELECT a.meeting_id, af.file_id FROM agenda_item a JOIN agenda_item_file af ON af.agenda_item_id = a.id"
                        + " WHERE a.meeting_id IN (:meetings) AND a.deleted_at IS NULL AND af.deleted_at IS NULL"
                        + " UNION SELECT c.meeting_id, pf.file_id FROM consultation c"
                        + " JOIN paper p ON p.id = c.paper_id OR p.superordinated_paper_id = c.paper_id"
                        + " JOIN paper_file pf ON pf.paper_id = p.id"
                        + " WHERE c.meeting_id IN (:meetings) AND pf.deleted_at IS NULL AND " + rules.consultation("c", viewer) + ")"
                        + " SELECT doc.meeting_id, f.id, f.name, f.file_name, f.modified FROM doc"
                        + " JOIN stored_file f ON f.id = doc.file_id JOIN meeting dm ON dm.id = doc.meeting_id"
                        + " WHERE " + rules.file("f", viewer) + " AND " + rules.meeting("dm", viewer)
                        + " ORDER BY doc.meeting_id, f.id")
                .param("meetings", meetingIds).query(MeetingDocument.class).list();
    }

    /** The extracted text, for search and OParl {@code File.text}. */
    public Optional<String> text(Viewer viewer, long id) {
        return jdbc.sql("SELECT f.text_content FROM stored_file f WHERE f.id = :id AND f.text_content IS NOT NULL AND "
                        + rules.file("f", viewer))
                .param("id", id).query(String.class).optional();
    }

    /** What a download needs: the stored content's key, type and checksum, of a file the viewer sees. */
    public Optional<FileContent> content(Viewer viewer, long id) {
        return jdbc.sql("SELECT f.id, f.name, f.file_name, f.mime_type, f.size, f.sha256, f.storage_key, f.modified FROM stored_file f"
                        + " WHERE f.id = :id AND " + rules.file("f", viewer))
                .param("id", id).query(FileContent.class).optional();
    }

    /** The files of every agenda item of a meeting, in one query; {@code ownerId} is the agenda item. */
    public List<OwnedFile> filesOfAgendaItemsOfMeeting(Viewer viewer, long meetingId) {
        return jdbc.sql("SELECT l.agenda_item_id AS owner_id, f.id, f.name, f.file_name, f.mime_type, f.size, l.role, l.label,"
                        + " l.created AS attached FROM agenda_item_file l JOIN agenda_item a ON a.id = l.agenda_item_id"
                        + " JOIN stored_file f ON f.id = l.file_id WHERE a.meeting_id = :meeting AND a.deleted_at IS NULL"
                        + " AND l.deleted_at IS NULL AND " + rules.file("f", viewer) + " ORDER BY l.agenda_item_id, l.position, f.id")
                .param("meeting", meetingId).query(OwnedFile.class).list();
    }

    /** The files of every paper consulted in a meeting, main file first; {@code ownerId} is the paper. */
    public List<OwnedFile> filesOfPapersInMeeting(Viewer viewer, long meetingId) {
        return jdbc.sql("SELECT l.paper_id AS owner_id, f.id, f.name, f.file_name, f.mime_type, f.size, l.role, NULL AS label,"
                        + " l.created AS attached FROM paper_file l JOIN stored_file f ON f.id = l.file_id"
                        + " WHERE l.paper_id IN (SELECT c.paper_id FROM consultation c WHERE c.meeting_id = :meeting AND c.deleted_at IS NULL)"
                        + " AND l.deleted_at IS NULL AND " + rules.file("f", viewer)
                        + " ORDER BY l.paper_id, CASE WHEN l.role = 'MAIN' THEN 0 ELSE 1 END, l.position, f.id")
                .param("meeting", meetingId).query(OwnedFile.class).list();
    }

    /**
     * Files the viewer sees that were created or changed since {@code since}, newest first. A file
     * attached to a meeting, its agenda or a paper consulted in it after the meeting's invitation
     * went out is marked as a supplement (nachgereicht).
     */
    public List<FileChange> changedSince(Viewer viewer, OffsetDateTime since, int limit) {
        return jdbc.sql("SELECT f.id, f.name, f.file_name, f.mime_type, f.size, " + SUPPLEMENT + " AS supplement, f.created, f.modified"
                        + " FROM stored_file f WHERE f.modified > :since AND " + rules.file("f", viewer)
                        + " ORDER BY f.modified DESC, f.id DESC LIMIT :limit")
                .param("since", since).param("limit", Math.max(0, Math.min(limit, 100)))
                .query(FileChange.class).list();
    }

    private static final String INVITATION = "JOIN meeting_file inv ON inv.role = 'INVITATION' AND inv.deleted_at IS NULL AND inv.meeting_id = ";
    private static final String SUPPLEMENT = "(EXISTS (SELECT 1 FROM meeting_file l " + INVITATION + "l.meeting_id"
            + " WHERE l.file_id = f.id AND l.deleted_at IS NULL AND l.role <> 'INVITATION' AND l.created > inv.created)"
            + " OR EXISTS (SELECT 1 FROM agenda_item_file l JOIN agenda_item a ON a.id = l.agenda_item_id " + INVITATION + "a.meeting_id"
            + " WHERE l.file_id = f.id AND l.deleted_at IS NULL AND l.created > inv.created)"
            + " OR EXISTS (SELECT 1 FROM paper_file l JOIN consultation c ON c.paper_id = l.paper_id AND c.deleted_at IS NULL "
            + INVITATION + "c.meeting_id WHERE l.file_id = f.id AND l.deleted_at IS NULL AND l.created > inv.created))";

    public long count(Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM stored_file f WHERE " + rules.file("f", viewer)).query(Long.class).single();
    }

    private List<AttachedFile> attached(String linkTable, String ownerColumn, long ownerId, Viewer viewer) {
        String labelColumn = "paper_file".equals(linkTable) ? "NULL" : "l.label";
        return jdbc.sql("SELECT f.id, f.name, f.file_name, f.mime_type, f.size, f.sha512, l.role, " + labelColumn
                        + " AS label, f.modified, l.created AS attached FROM " + linkTable + " l JOIN stored_file f ON f.id = l.file_id"
                        + " WHERE l." + ownerColumn + " = :owner AND l.deleted_at IS NULL AND " + rules.file("f", viewer)
                        + " ORDER BY CASE WHEN l.role IN ('MAIN', 'INVITATION') THEN 0 ELSE 1 END, l.position, f.id")
                .param("owner", ownerId).query(AttachedFile.class).list();
    }

    public record FileSummary(long id, String name, String fileName, String mimeType, long size, String sha256,
                              String sha512, LocalDate date, String license, OffsetDateTime modified) {
    }

    /** A document as listed for one meeting (a file may be listed for several). */
    public record MeetingDocument(long meetingId, long id, String name, String fileName, OffsetDateTime modified) {
    }

    /** {@code attached}: when the file was attached to its owner (later than the invitation: a supplement). */
    public record AttachedFile(long id, String name, String fileName, String mimeType, long size, String sha512,
                               String role, String label, OffsetDateTime modified, OffsetDateTime attached) {
    }

    public record OwnedFile(long ownerId, long id, String name, String fileName, String mimeType, long size, String role,
                            String label, OffsetDateTime attached) {
    }

    public record FileChange(long id, String name, String fileName, String mimeType, long size, boolean supplement,
                             OffsetDateTime created, OffsetDateTime modified) {
    }

    /** {@code storageKey} locates the content in the {@link FileStore}. */
    public record FileContent(long id, String name, String fileName, String mimeType, long size, String sha256,
                              String storageKey, OffsetDateTime modified) {
    }
}
