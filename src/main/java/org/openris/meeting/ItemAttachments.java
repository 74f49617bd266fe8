package org.openris.meeting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openris.file.FileIntake;
import org.openris.file.FileTypes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments of an agenda item recorded during the meeting (issue 7): a presentation or a document
 * handed out ("Anlage 1"). The label "Anlage N" is given automatically, numbered per meeting in the
 * order of adding (N continues across the items of the meeting; the minutes list "Anlage N: title,
 * PDF"). The file is stored like every upload ({@link FileIntake}: type from the content, size
 * limit, text extracted in the background) and is public exactly when the item is; the visibility
 * rules keep it at most as visible as the item it hangs on. Title and removal only while the record
 * of the meeting can change (invited or held, before the minutes are signed).
 */
@Service
public class ItemAttachments {

    /** Longest title of an attachment. */
    public static final int MAX_TITLE = 200;

    private static final Pattern LABEL = Pattern.compile("Anlage ([0-9]{1,6})");

    private final JdbcClient jdbc;
    private final FileIntake files;

    ItemAttachments(JdbcClient jdbc, FileIntake files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /** The label of the next attachment of a meeting, after the labels it has: "Anlage 1", "Anlage 2", … */
    public static String nextLabel(List<String> labels) {
        int highest = 0;
        for (String label : labels) {
            Matcher m = label == null ? null : LABEL.matcher(label.strip());
            if (m != null && m.matches()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return "Anlage " + (highest + 1);
    }

    /** The title of an upload: its file name without path and extension. */
    static String title(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "Anlage";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        name = (dot > 0 ? name.substring(0, dot) : name).strip();
        return name.isEmpty() ? "Anlage" : name.length() > MAX_TITLE ? name.substring(0, MAX_TITLE) : name;
    }

    /** Stores an upload and attaches it to the item with the next label; rejections under "attachment" ({@code file.upload.*}). */
    @Transactional
    public MeetingCommandResult attach(long itemId, String fileName, byte[] content, long maxBytes) {
        Optional<ItemRow> item = lock(itemId);
        Optional<MeetingCommandResult> refused = refusal(item, item.isPresent());
        if (refused.isPresent()) {
            return refused.get();
        }
        FileIntake.Checked checked = FileIntake.check(content, maxBytes);
        if (!checked.accepted()) {
            return MeetingCommandResult.rejected(Map.of("attachment", checked.rejection().messageKey()));
        }
        FileTypes.Type type = checked.type();
        String title = title(fileName);
        long fileId = files.store(item.get().bodyId(), title, type, content, item.get().isPublic());
        String label = nextLabelOf(item.get().meetingId());
        jdbc.sql("INSERT INTO agenda_item_file (agenda_item_id, file_id, role, label, position) VALUES (?, ?, 'AUXILIARY', ?,"
                        + " (SELECT coalesce(max(position), 0) + 1 FROM agenda_item_file WHERE agenda_item_id = ?))")
                .params(itemId, fileId, label, itemId).update();
        return MeetingCommandResult.done(fileId, List.of(MeetingChange.of("meeting", item.get().meetingId(), "attachment",
                        label + " zu TOP " + item.get().number() + " hinzugefügt")
                .field("label", null, label).field("title", null, title).field("type", null, type.label())));
    }

    /** The next "Anlage N" of a meeting: after its item files, meeting files and item links. */
    private String nextLabelOf(long meetingId) {
        return nextLabel(jdbc.sql("""
                        SELECT af.label FROM agenda_item_file af JOIN agenda_item a ON a.id = af.agenda_item_id
                        WHERE a.meeting_id = :meeting AND af.deleted_at IS NULL AND a.deleted_at IS NULL AND af.label IS NOT NULL
                        UNION ALL SELECT mf.label FROM meeting_file mf WHERE mf.meeting_id = :meeting AND mf.deleted_at IS NULL AND mf.label IS NOT NULL
                        UNION ALL SELECT al.label FROM agenda_item_link al JOIN agenda_item a ON a.id = al.agenda_item_id
                        WHERE a.meeting_id = :meeting AND al.deleted_at IS NULL AND a.deleted_at IS NULL""")
                .param("meeting", meetingId).query(String.class).list());
    }

    /**
     * A link as attachment (a video of the presentation, a recording elsewhere) with the next label;
     * only http(s) addresses. Rejections under "linkTitle" / "linkUrl" or "attachment".
     */
    @Transactional
    public MeetingCommandResult addLink(long itemId, String title, String url) {
        Optional<ItemRow> item = lock(itemId);
        Optional<MeetingCommandResult> refused = refusal(item, item.isPresent());
        if (refused.isPresent()) {
            return refused.get();
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (title == null || title.isBlank()) {
            errors.put("linkTitle", "conduct.attachment.error.title");
        } else if (title.strip().length() > MAX_TITLE) {
            errors.put("linkTitle", "conduct.attachment.error.titleTooLong");
        }
        if (!webAddress(url)) {
            errors.put("linkUrl", "conduct.link.error.url");
        }
        if (!errors.isEmpty()) {
            return MeetingCommandResult.rejected(errors);
        }
        String label = nextLabelOf(item.get().meetingId());
        long id = jdbc.sql("""
                        INSERT INTO agenda_item_link (agenda_item_id, label, title, url, position)
                        VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM agenda_item_link WHERE agenda_item_id = ?)) RETURNING id""")
                .params(itemId, label, title.strip(), url.strip(), itemId).query(Long.class).single();
        return MeetingCommandResult.done(id, List.of(MeetingChange.of("meeting", item.get().meetingId(), "attachment",
                        label + " zu TOP " + item.get().number() + " hinzugefügt")
                .field("label", null, label).field("title", null, title.strip()).field("url", null, url.strip())));
    }

    /** Takes a link attachment off the item. */
    @Transactional
    public MeetingCommandResult removeLink(long itemId, long linkId) {
        Optional<ItemRow> item = lock(itemId);
        Optional<String> label = item.flatMap(i -> jdbc.sql("SELECT label FROM agenda_item_link WHERE id = ? AND agenda_item_id = ? AND deleted_at IS NULL")
                .params(linkId, itemId).query(String.class).optional());
        Optional<MeetingCommandResult> refused = refusal(item, label.isPresent());
        if (refused.isPresent()) {
            return refused.get();
        }
        jdbc.sql("UPDATE agenda_item_link SET deleted_at = now() WHERE id = ?").param(linkId).update();
        return MeetingCommandResult.done(linkId, List.of(MeetingChange.of("meeting", item.get().meetingId(), "attachment",
                label.get() + " zu TOP " + item.get().number() + " entfernt").field("label", label.get(), null)));
    }

    /** An absolute http(s) address with a host, without blanks, at most 2000 characters. */
    static boolean webAddress(String url) {
        if (url == null || url.isBlank() || url.strip().length() > 2000 || url.strip().matches(".*\\s.*")) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(url.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Gives an attachment a new title (the label stays); rejections under "title-{fileId}". */
    @Transactional
    public MeetingCommandResult rename(long itemId, long fileId, String title) {
        Optional<ItemRow> item = lock(itemId);
        Optional<Attached> attached = item.flatMap(i -> attached(itemId, fileId));
        Optional<MeetingCommandResult> refused = refusal(item, attached.isPresent());
        if (refused.isPresent()) {
            return refused.get();
        }
        String field = "title-" + fileId;
        if (title == null || title.isBlank()) {
            return MeetingCommandResult.rejected(Map.of(field, "conduct.attachment.error.title"));
        }
        if (title.strip().length() > MAX_TITLE) {
            return MeetingCommandResult.rejected(Map.of(field, "conduct.attachment.error.titleTooLong"));
        }
        files.rename(fileId, title);
        return MeetingCommandResult.done(fileId, List.of(MeetingChange.of("meeting", item.get().meetingId(), "attachment",
                        attached.get().label() + " zu TOP " + item.get().number() + " umbenannt")
                .field("title", attached.get().title(), title.strip())));
    }

    /** Takes an attachment off the item; its file is deleted with it (it was uploaded for this item only). */
    @Transactional
    public MeetingCommandResult remove(long itemId, long fileId) {
        Optional<ItemRow> item = lock(itemId);
        Optional<Attached> attached = item.flatMap(i -> attached(itemId, fileId));
        Optional<MeetingCommandResult> refused = refusal(item, attached.isPresent());
        if (refused.isPresent()) {
            return refused.get();
        }
        jdbc.sql("UPDATE agenda_item_file SET deleted_at = now() WHERE agenda_item_id = ? AND file_id = ?").params(itemId, fileId).update();
        files.discard(fileId);
        return MeetingCommandResult.done(fileId, List.of(MeetingChange.of("meeting", item.get().meetingId(), "attachment",
                        attached.get().label() + " zu TOP " + item.get().number() + " entfernt")
                .field("title", attached.get().title(), null)));
    }

    /** The rejection when the item or the attachment is missing or the record is closed; empty when the command may run. */
    private static Optional<MeetingCommandResult> refusal(Optional<ItemRow> item, boolean attachmentPresent) {
        if (item.isEmpty() || !attachmentPresent) {
            return Optional.of(MeetingCommandResult.rejected(Map.of("attachment", "conduct.attachment.error.missing")));
        }
        return closed(item.get()).map(reason -> MeetingCommandResult.rejected(Map.of("attachment", reason)));
    }

    /** Why attachments of this meeting cannot change (a message key), or empty while they can. */
    private static Optional<String> closed(ItemRow item) {
        if (!item.cancelled() && ("INVITED".equals(item.meetingState()) || "HELD".equals(item.meetingState()))) {
            return Optional.empty();
        }
        return Optional.of(AttendanceRecording.closedReason(item.meetingState()));
    }

    private Optional<ItemRow> lock(long itemId) {
        Optional<ItemRow> item = jdbc.sql("""
                        SELECT a.id, a.meeting_id, a.number, a.public AS is_public, m.body_id, m.state AS meeting_state, m.cancelled
                        FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
                        WHERE a.id = ? AND a.deleted_at IS NULL AND m.deleted_at IS NULL""")
                .param(itemId).query(ItemRow.class).optional();
        item.ifPresent(i -> jdbc.sql("SELECT id FROM meeting WHERE id = ? FOR UPDATE").param(i.meetingId()).query(Long.class).single());
        return item;
    }

    private Optional<Attached> attached(long itemId, long fileId) {
        return jdbc.sql("SELECT af.label, f.name AS title FROM agenda_item_file af JOIN stored_file f ON f.id = af.file_id"
                        + " WHERE af.agenda_item_id = ? AND af.file_id = ? AND af.deleted_at IS NULL AND f.deleted_at IS NULL")
                .params(itemId, fileId).query(Attached.class).optional();
    }

    record ItemRow(long id, long meetingId, String number, boolean isPublic, long bodyId, String meetingState, boolean cancelled) {
    }

    record Attached(String label, String title) {
    }
}
