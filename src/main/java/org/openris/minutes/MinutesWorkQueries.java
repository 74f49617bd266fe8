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

    /**
     * One meeting on the council office's minutes list, with the newest version of each part
     * ({@code null}: no draft yet) and how far the signatures are.
     */
    public record MeetingMinutes(long meetingId, String meetingName, String organizationName, OffsetDateTime start, boolean nonPublicPart,
                                 String publicState, int publicVersion, int publicSigned, int publicSignatures,
                                 String nonPublicState, int nonPublicSigned, int nonPublicSignatures) {

        /** What the council office has to do next, as a message key. */
        public String nextStepKey() {
            String worst = stepOf(publicState, true);
            return nonPublicPart && "minutes.step.published".equals(worst) ? stepOf(nonPublicState, false) : worst;
        }

        private static String stepOf(String state, boolean publicPart) {
            if (state == null) {
                return "minutes.step.draft";
            }
            return switch (state) {
                case "DRAFT" -> "minutes.step.release";
                case "IN_SIGNATURE" -> "minutes.step.signatures";
                case "SIGNED" -> "minutes.step.approval";
                case "APPROVED" -> publicPart ? "minutes.step.publish" : "minutes.step.published";
                default -> "minutes.step.published";
            };
        }
    }

    /**
     * Held meetings of the organizations the viewer runs (invited, not cancelled, started before now,
     * at most {@code months} back), newest first, with the state of their minutes.
     */
    public List<MeetingMinutes> overview(Viewer viewer, List<Long> organizationIds, int months) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT m.id AS meeting_id, m.name AS meeting_name, o.name AS organization_name, m.start_planned AS start,
                               EXISTS (SELECT 1 FROM agenda_item a WHERE a.meeting_id = m.id AND NOT coalesce(a.public_part, a.public)
                                       AND a.deleted_at IS NULL) AS non_public_part,
                               pub.state AS public_state, coalesce(pub.version, 0) AS public_version,
                               coalesce(pub.signed, 0) AS public_signed, coalesce(pub.signatures, 0) AS public_signatures,
                               np.state AS non_public_state, coalesce(np.signed, 0) AS non_public_signed,
                               coalesce(np.signatures, 0) AS non_public_signatures
                        FROM meeting m JOIN organization o ON o.id = m.organization_id
                        LEFT JOIN LATERAL (SELECT mi.state, mi.version,
                                   (SELECT count(*) FROM minutes_signature s WHERE s.minutes_id = mi.id AND s.signed_at IS NOT NULL AND s.deleted_at IS NULL) AS signed,
                                   (SELECT count(*) FROM minutes_signature s WHERE s.minutes_id = mi.id AND s.deleted_at IS NULL) AS signatures
                                 FROM minutes mi WHERE mi.meeting_id = m.id AND mi.public_part AND mi.deleted_at IS NULL
                                 ORDER BY mi.version DESC LIMIT 1) pub ON true
                        LEFT JOIN LATERAL (SELECT mi.state,
                                   (SELECT count(*) FROM minutes_signature s WHERE s.minutes_id = mi.id AND s.signed_at IS NOT NULL AND s.deleted_at IS NULL) AS signed,
                                   (SELECT count(*) FROM minutes_signature s WHERE s.minutes_id = mi.id AND s.deleted_at IS NULL) AS signatures
                                 FROM minutes mi WHERE mi.meeting_id = m.id AND NOT mi.public_part AND mi.deleted_at IS NULL
                                 ORDER BY mi.version DESC LIMIT 1) np ON true
                        WHERE m.organization_id IN (:organizations) AND NOT m.cancelled AND m.state <> 'PLANNED'
                          AND m.start_planned < now() AND m.start_planned > now() - make_interval(months => :months)
                          AND""" + " " + rules.meeting("m", viewer) + " ORDER BY m.start_planned DESC, m.id DESC LIMIT 500")
                .param("organizations", organizationIds).param("months", months)
                .query(MeetingMinutes.class).list();
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
