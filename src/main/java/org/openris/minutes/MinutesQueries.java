package org.openris.minutes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read side of minutes (Niederschriften). The public sees only published public minutes. */
@Service
public class MinutesQueries {

    private static final String SELECT = """
            SELECT mi.id, mi.meeting_id, mi.public_part, mi.version, mi.state, mi.content, mi.content_hash,
                   mi.file_id, mi.signed_at, mi.approved_at, mi.published_at
            FROM minutes mi""";

    private final JdbcClient jdbc;
    private final VisibilityRules rules;

    MinutesQueries(JdbcClient jdbc, VisibilityRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** The newest visible version of each part of a meeting's minutes. */
    public List<MinutesSummary> ofMeeting(Viewer viewer, long meetingId) {
        return jdbc.sql(SELECT + " WHERE mi.meeting_id = :meeting AND " + rules.minutes("mi", viewer)
                        + " AND NOT EXISTS (SELECT 1 FROM minutes newer WHERE newer.meeting_id = mi.meeting_id"
                        + " AND newer.public_part = mi.public_part AND newer.version > mi.version AND "
                        + rules.minutes("newer", viewer) + ") ORDER BY mi.public_part DESC")
                .param("meeting", meetingId).query(MinutesSummary.class).list();
    }

    public Optional<MinutesSummary> findById(Viewer viewer, long id) {
        return jdbc.sql(SELECT + " WHERE mi.id = :id AND " + rules.minutes("mi", viewer))
                .param("id", id).query(MinutesSummary.class).optional();
    }

    public long count(Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM minutes mi WHERE " + rules.minutes("mi", viewer)).query(Long.class).single();
    }

    public record MinutesSummary(long id, long meetingId, boolean publicPart, int version, String state, String content,
                                 String contentHash, Long fileId, OffsetDateTime signedAt, OffsetDateTime approvedAt,
                                 OffsetDateTime publishedAt) {
    }
}
