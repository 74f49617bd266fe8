package org.openris.minutes;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Row access shared by the minutes commands: locks, the latest version of a part, the meeting's state. */
@Component
class MinutesRows {

    record MeetingState(long id, String state, boolean cancelled, OffsetDateTime start, long bodyId, String name) {
    }

    record Version(long id, long meetingId, boolean publicPart, int version, String state, int revision, String body,
                   String content, String contentHash, Long fileId, String correctionReason) {
    }

    private static final String VERSION = """
            SELECT id, meeting_id, public_part, version, state, revision, body, content, content_hash, file_id, correction_reason
            FROM minutes""";

    private final JdbcClient jdbc;

    MinutesRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The meeting, locked against concurrent commands on its record and minutes. */
    MeetingState lockMeeting(long meetingId) {
        return jdbc.sql("""
                        SELECT m.id, m.state, m.cancelled, m.start_planned AS start, o.body_id, m.name FROM meeting m
                        JOIN organization o ON o.id = m.organization_id WHERE m.id = ? AND m.deleted_at IS NULL FOR UPDATE OF m""")
                .param(meetingId).query(MeetingState.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("unknown meeting " + meetingId));
    }

    boolean hasNonPublicItems(long meetingId) {
        return jdbc.sql("SELECT count(*) FROM agenda_item WHERE meeting_id = ? AND NOT coalesce(public_part, public) AND deleted_at IS NULL")
                .param(meetingId).query(Long.class).single() > 0;
    }

    Optional<Version> latest(long meetingId, boolean publicPart) {
        return jdbc.sql(VERSION + " WHERE meeting_id = ? AND public_part = ? AND deleted_at IS NULL ORDER BY version DESC LIMIT 1")
                .params(meetingId, publicPart).query(Version.class).optional();
    }

    /** One version, locked together with its meeting (meeting first: the same order as every command). */
    Version lock(long minutesId) {
        long meetingId = jdbc.sql("SELECT meeting_id FROM minutes WHERE id = ? AND deleted_at IS NULL").param(minutesId).query(Long.class)
                .optional().orElseThrow(() -> new IllegalArgumentException("unknown minutes " + minutesId));
        lockMeeting(meetingId);
        return jdbc.sql(VERSION + " WHERE id = ? FOR UPDATE").param(minutesId).query(Version.class).single();
    }
}
