package org.openris.minutes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openris.meeting.MeetingChange;
import org.openris.meeting.MeetingCommandResult;
import org.openris.shared.RichText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft of a meeting's minutes (issue 7): generated from the meeting record (one draft for the
 * public part, one for the non-public part), edited by the council office as rich text, never
 * overwritten silently – every save names the revision it started from, and a save that meets a
 * newer revision is refused as a conflict. After signing, a change is only possible as a correction:
 * a new version that names its reason and goes through the signatures again.
 */
@Service
public class MinutesDrafting {

    private final JdbcClient jdbc;
    private final MinutesAssembler assembler;
    private final MinutesRows rows;
    private final Clock clock;

    MinutesDrafting(JdbcClient jdbc, MinutesAssembler assembler, MinutesRows rows, Clock clock) {
        this.jdbc = jdbc;
        this.assembler = assembler;
        this.rows = rows;
        this.clock = clock;
    }

    /**
     * Creates the draft of one part from the record; {@code replace}: an existing draft gets the
     * generated text again (the clerk confirmed that edits are lost). The meeting counts as held
     * from now on (its minutes become pending for the next meeting's approval).
     */
    @Transactional
    public MeetingCommandResult draft(long meetingId, boolean publicPart, boolean replace) {
        MinutesRows.MeetingState meeting = rows.lockMeeting(meetingId);
        if (meeting.cancelled() || "PLANNED".equals(meeting.state())) {
            return MeetingCommandResult.rejected(Map.of("draft", "minutes.error.notHeld"));
        }
        if (meeting.start().isAfter(OffsetDateTime.now(clock))) {
            return MeetingCommandResult.rejected(Map.of("draft", "minutes.error.notYetHeld"));
        }
        if (!publicPart && !rows.hasNonPublicItems(meetingId)) {
            return MeetingCommandResult.rejected(Map.of("draft", "minutes.error.noNonPublicPart"));
        }
        String body = MinutesHtml.body(assembler.assemble(meetingId, publicPart).orElseThrow());
        Optional<MinutesRows.Version> current = rows.latest(meetingId, publicPart);
        String part = publicPart ? "öffentlich" : "nichtöffentlich";
        long id;
        String summary;
        if (current.isEmpty()) {
            id = jdbc.sql("""
                            INSERT INTO minutes (meeting_id, public_part, version, state, body)
                            SELECT ?, ?, coalesce(max(version), 0) + 1, 'DRAFT', ? FROM minutes WHERE meeting_id = ? AND public_part = ?
                            RETURNING id""")
                    .params(meetingId, publicPart, body, meetingId, publicPart).query(Long.class).single();
            summary = "Entwurf der Niederschrift (" + part + ") aus dem Sitzungsverlauf erzeugt";
        } else if (!"DRAFT".equals(current.get().state())) {
            return MeetingCommandResult.rejected(Map.of("draft", "minutes.error.frozen"));
        } else if (!replace) {
            return MeetingCommandResult.rejected(Map.of("draft", "minutes.error.draftExists"));
        } else {
            id = current.get().id();
            jdbc.sql("UPDATE minutes SET body = ?, revision = revision + 1 WHERE id = ?").params(body, id).update();
            summary = "Entwurf der Niederschrift (" + part + ") neu aus dem Sitzungsverlauf erzeugt (Bearbeitungen ersetzt)";
        }
        if ("INVITED".equals(meeting.state())) {
            jdbc.sql("UPDATE meeting SET state = 'HELD' WHERE id = ?").param(meetingId).update();
        }
        return MeetingCommandResult.done(id, List.of(MeetingChange.of("minutes", id, "draft", summary)
                .field("part", null, part).field("meetingState", meeting.state(), "INVITED".equals(meeting.state()) ? "HELD" : meeting.state())));
    }

    /** Saves the edited draft if nobody saved it since {@code revision}; otherwise a conflict. */
    @Transactional
    public MeetingCommandResult save(long minutesId, String body, int revision) {
        MinutesRows.Version v = rows.lock(minutesId);
        if (!"DRAFT".equals(v.state())) {
            return MeetingCommandResult.rejected(Map.of("body", "minutes.error.frozen"));
        }
        if (v.revision() != revision) {
            return MeetingCommandResult.rejected(Map.of("body", "minutes.error.conflict"));
        }
        if (body != null && body.length() > RichText.MAX_LENGTH) {
            return MeetingCommandResult.rejected(Map.of("body", "minutes.error.tooLong"));
        }
        String clean = RichText.sanitize(body);
        if (!RichText.hasText(clean)) {
            return MeetingCommandResult.rejected(Map.of("body", "minutes.error.empty"));
        }
        jdbc.sql("UPDATE minutes SET body = ?, revision = revision + 1 WHERE id = ?").params(clean, minutesId).update();
        return MeetingCommandResult.done(minutesId, List.of(MeetingChange.of("minutes", minutesId, "edit",
                "Entwurf der Niederschrift bearbeitet (Version " + v.version() + ")").field("revision", revision, revision + 1)));
    }

    /**
     * A correction of signed (approved, published) minutes: a new draft version with the text of the
     * last one and the reason, to be signed again. The older versions stay as they are.
     */
    @Transactional
    public MeetingCommandResult correct(long minutesId, String reason) {
        MinutesRows.Version v = rows.lock(minutesId);
        if (reason == null || reason.isBlank()) {
            return MeetingCommandResult.rejected(Map.of("reason", "minutes.error.reasonMissing"));
        }
        if (reason.length() > 2000) {
            return MeetingCommandResult.rejected(Map.of("reason", "minutes.error.tooLong"));
        }
        if ("DRAFT".equals(v.state()) || "IN_SIGNATURE".equals(v.state())) {
            return MeetingCommandResult.rejected(Map.of("reason", "minutes.error.notSignedYet"));
        }
        if (rows.latest(v.meetingId(), v.publicPart()).map(MinutesRows.Version::id).filter(id -> id != minutesId).isPresent()) {
            return MeetingCommandResult.rejected(Map.of("reason", "minutes.error.newerVersion"));
        }
        long id = jdbc.sql("""
                        INSERT INTO minutes (meeting_id, public_part, version, state, body, supersedes_minutes_id, correction_reason)
                        SELECT meeting_id, public_part, version + 1, 'DRAFT', coalesce(body, content), id, ? FROM minutes WHERE id = ?
                        RETURNING id""")
                .params(reason.strip(), minutesId).query(Long.class).single();
        return MeetingCommandResult.done(id, List.of(MeetingChange.of("minutes", id, "correction",
                "Berichtigung der Niederschrift begonnen (Version " + (v.version() + 1) + ")").field("reason", null, reason.strip())));
    }
}
