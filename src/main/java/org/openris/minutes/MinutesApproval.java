package org.openris.minutes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openris.file.FileIntake;
import org.openris.meeting.MeetingChange;
import org.openris.meeting.MeetingCommandResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approval and publication of minutes (issue 7). The minutes of a meeting are approved by item 1.4
 * of a later meeting ("Genehmigung der Niederschrift über die 11. Sitzung"): recording that item as
 * adopted approves the signed minutes of both parts; recording it otherwise takes an approval back
 * as long as nothing was published. Approved public minutes are then published by the council
 * office: their document becomes public and the meeting's results protocol (portal, OParl
 * {@code resultsProtocol}). Non-public minutes are never published.
 */
@Service
public class MinutesApproval {

    private static final Set<String> ADOPTED = Set.of("ADOPTED", "ADOPTED_WITH_CHANGES");

    private final JdbcClient jdbc;
    private final MinutesRows rows;
    private final FileIntake files;
    private final Clock clock;

    MinutesApproval(JdbcClient jdbc, MinutesRows rows, FileIntake files, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.files = files;
        this.clock = clock;
    }

    /** Why recording {@code outcome} at this agenda item is not possible (message key), if the item approves minutes. */
    public Optional<String> refusal(long itemId, String outcome) {
        Long approved = approvedMeeting(itemId);
        if (approved == null) {
            return Optional.empty();
        }
        List<String> states = latestStates(approved);
        if (ADOPTED.contains(outcome)) {
            if (states.isEmpty() || states.stream().anyMatch(s -> "DRAFT".equals(s) || "IN_SIGNATURE".equals(s))) {
                return Optional.of("minutes.error.approveUnsigned");
            }
            return Optional.empty();
        }
        boolean publishedHere = jdbc.sql("""
                        SELECT count(*) FROM minutes mi JOIN agenda_item a ON a.id = ? WHERE mi.meeting_id = a.approves_minutes_of_meeting_id
                          AND mi.approved_in_meeting_id = a.meeting_id AND mi.state = 'PUBLISHED' AND mi.deleted_at IS NULL""")
                .param(itemId).query(Long.class).single() > 0;
        return publishedHere ? Optional.of("minutes.error.approvalPublished") : Optional.empty();
    }

    /** Applies the outcome recorded at the item (call after {@link #refusal} found nothing, in the same transaction). */
    public void apply(long itemId, String outcome) {
        Long approved = approvedMeeting(itemId);
        if (approved == null) {
            return;
        }
        long approving = jdbc.sql("SELECT meeting_id FROM agenda_item WHERE id = ?").param(itemId).query(Long.class).single();
        rows.lockMeeting(approved);
        if (ADOPTED.contains(outcome)) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            jdbc.sql("""
                            UPDATE minutes mi SET state = 'APPROVED', approved_at = ?, approved_in_meeting_id = ?
                            WHERE mi.meeting_id = ? AND mi.state = 'SIGNED' AND mi.deleted_at IS NULL
                              AND mi.version = (SELECT max(v.version) FROM minutes v WHERE v.meeting_id = mi.meeting_id
                                                AND v.public_part = mi.public_part AND v.deleted_at IS NULL)""")
                    .params(now, approving, approved).update();
            jdbc.sql("UPDATE meeting SET state = 'MINUTES_APPROVED' WHERE id = ? AND state IN ('HELD', 'MINUTES_SIGNED')").param(approved).update();
        } else {
            int taken = jdbc.sql("""
                            UPDATE minutes SET state = 'SIGNED', approved_at = NULL, approved_in_meeting_id = NULL
                            WHERE meeting_id = ? AND approved_in_meeting_id = ? AND state = 'APPROVED' AND deleted_at IS NULL""")
                    .params(approved, approving).update();
            if (taken > 0) {
                jdbc.sql("UPDATE meeting SET state = 'MINUTES_SIGNED' WHERE id = ? AND state = 'MINUTES_APPROVED'").param(approved).update();
            }
        }
    }

    /** Publishes approved public minutes: document public, results protocol of the meeting. */
    @Transactional
    public MeetingCommandResult publish(long minutesId) {
        MinutesRows.Version v = rows.lock(minutesId);
        if (!v.publicPart()) {
            return MeetingCommandResult.rejected(Map.of("publish", "minutes.error.nonPublicNeverPublished"));
        }
        if (!"APPROVED".equals(v.state())) {
            return MeetingCommandResult.rejected(Map.of("publish", "minutes.error.notApproved"));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("UPDATE minutes SET state = 'PUBLISHED', published_at = ? WHERE id = ?").params(now, minutesId).update();
        files.setPublic(v.fileId(), true);
        jdbc.sql("UPDATE meeting_file SET deleted_at = ? WHERE meeting_id = ? AND role = 'RESULTS_PROTOCOL' AND deleted_at IS NULL")
                .params(now, v.meetingId()).update();
        jdbc.sql("""
                        INSERT INTO meeting_file (meeting_id, file_id, role, position) VALUES (?, ?, 'RESULTS_PROTOCOL', 1)
                        ON CONFLICT (meeting_id, file_id) DO UPDATE SET deleted_at = NULL, role = 'RESULTS_PROTOCOL'""")
                .params(v.meetingId(), v.fileId()).update();
        return MeetingCommandResult.done(minutesId, List.of(MeetingChange.of("minutes", minutesId, "publish",
                "Niederschrift (Version " + v.version() + ") veröffentlicht").field("state", "APPROVED", "PUBLISHED")));
    }

    private Long approvedMeeting(long itemId) {
        return jdbc.sql("SELECT approves_minutes_of_meeting_id FROM agenda_item WHERE id = ?").param(itemId).query(Long.class)
                .optional().orElse(null);
    }

    private List<String> latestStates(long meetingId) {
        return jdbc.sql("""
                        SELECT mi.state FROM minutes mi WHERE mi.meeting_id = ? AND mi.deleted_at IS NULL
                          AND mi.version = (SELECT max(v.version) FROM minutes v WHERE v.meeting_id = mi.meeting_id
                                            AND v.public_part = mi.public_part AND v.deleted_at IS NULL)""")
                .param(meetingId).query(String.class).list();
    }
}
