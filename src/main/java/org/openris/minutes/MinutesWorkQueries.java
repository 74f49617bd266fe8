package org.openris.minutes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The minutes as the people who write and sign them see them: every version of a meeting with its
 * state, text, hash and signatures (council office), and the versions waiting for a member's
 * signature. Every read goes through the visibility rule for minutes: drafts only for the staff who
 * run the meeting, a released version also for the members designated to sign it.
 */
@Service
public class MinutesWorkQueries {

    public record Version(long id, long meetingId, boolean publicPart, int version, String state, int revision, String body, String content,
                          String contentHash, Long fileId, String correctionReason, Long supersedesMinutesId, OffsetDateTime releasedAt,
                          OffsetDateTime signedAt, OffsetDateTime approvedAt, Long approvedInMeetingId, OffsetDateTime publishedAt,
                          OffsetDateTime modified, List<Signature> signatures) {

        public boolean draft() {
            return "DRAFT".equals(state);
        }

        /** The text as it stands: the frozen content once released, the draft before. */
        public String text() {
            return content != null && !draft() ? content : body != null ? body : content;
        }
    }

    public record Signature(int position, String signerRole, String name, String roleLabel, Long personId, Long userId,
                            OffsetDateTime signedAt) {
    }

    /** A version waiting for the viewer's signature, with the meeting it belongs to. */
    public record Awaiting(long minutesId, long meetingId, String meetingName, OffsetDateTime meetingStart, boolean publicPart, int version,
                           String roleLabel, OffsetDateTime releasedAt) {
    }

    private static final String SELECT = """
            SELECT mi.id, mi.meeting_id, mi.public_part, mi.version, mi.state, mi.revision, mi.body, mi.content, mi.content_hash,
                   mi.file_id, mi.correction_reason, mi.supersedes_minutes_id, mi.released_at, mi.signed_at, mi.approved_at,
                   mi.approved_in_meeting_id, mi.published_at, mi.modified
            FROM minutes mi""";

    private final JdbcClient jdbc;
    private final VisibilityRules rules;

    MinutesWorkQueries(JdbcClient jdbc, VisibilityRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** Every visible version of the meeting's minutes, public part first, newest version first. */
    public List<Version> ofMeeting(Viewer viewer, long meetingId) {
        return jdbc.sql(SELECT + " WHERE mi.meeting_id = :meeting AND " + rules.minutes("mi", viewer)
                        + " ORDER BY mi.public_part DESC, mi.version DESC")
                .param("meeting", meetingId).query((rs, n) -> version(rs)).list();
    }

    public Optional<Version> findById(Viewer viewer, long minutesId) {
        return jdbc.sql(SELECT + " WHERE mi.id = :id AND " + rules.minutes("mi", viewer))
                .param("id", minutesId).query((rs, n) -> version(rs)).optional();
    }

    /** Whether the meeting has a non-public part (items the viewer sees there). */
    public boolean hasNonPublicPart(Viewer viewer, long meetingId) {
        return jdbc.sql("SELECT count(*) FROM agenda_item a WHERE a.meeting_id = :meeting AND NOT coalesce(a.public_part, a.public) AND " + rules.agendaItem("a", viewer))
                .param("meeting", meetingId).query(Long.class).single() > 0;
    }

    /** Versions released for signature in which the viewer's person still has to sign. */
    public List<Awaiting> awaiting(Viewer viewer, long personId) {
        return jdbc.sql("""
                        SELECT mi.id AS minutes_id, mi.meeting_id, m.name AS meeting_name, m.start_planned AS meeting_start, mi.public_part, mi.version, s.role_label, mi.released_at
                        FROM minutes mi JOIN meeting m ON m.id = mi.meeting_id
                        JOIN minutes_signature s ON s.minutes_id = mi.id AND s.person_id = :person AND s.signed_at IS NULL AND s.deleted_at IS NULL
                        WHERE mi.state = 'IN_SIGNATURE' AND""" + " " + rules.minutes("mi", viewer) + " ORDER BY mi.released_at, mi.id")
                .param("person", personId).query(Awaiting.class).list();
    }

    private Version version(java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong("id");
        return new Version(id, rs.getLong("meeting_id"), rs.getBoolean("public_part"), rs.getInt("version"), rs.getString("state"),
                rs.getInt("revision"), rs.getString("body"), rs.getString("content"), rs.getString("content_hash"),
                (Long) rs.getObject("file_id"), rs.getString("correction_reason"), (Long) rs.getObject("supersedes_minutes_id"),
                rs.getObject("released_at", OffsetDateTime.class), rs.getObject("signed_at", OffsetDateTime.class),
                rs.getObject("approved_at", OffsetDateTime.class), (Long) rs.getObject("approved_in_meeting_id"),
                rs.getObject("published_at", OffsetDateTime.class), rs.getObject("modified", OffsetDateTime.class), signatures(id));
    }

    private List<Signature> signatures(long minutesId) {
        return jdbc.sql("""
                        SELECT s.position, s.signer_role, coalesce(s.signer_name, p.family_name) AS name, s.role_label, s.person_id, s.user_id, s.signed_at
                        FROM minutes_signature s LEFT JOIN person p ON p.id = s.person_id
                        WHERE s.minutes_id = ? AND s.deleted_at IS NULL ORDER BY s.position""")
                .param(minutesId).query(Signature.class).list();
    }
}
