package org.openris.notification;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table {@code notification_sent}: what every user was told or deliberately not told. Its
 * unique key makes recording idempotent, its row locks keep two instances from mailing the same
 * notice.
 */
@Component
class NotificationLedger {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String SKIPPED = "SKIPPED";
    static final String EXPIRED = "EXPIRED";
    static final String FAILED = "FAILED";

    /** Key space of the advisory locks taken per user while a scan records (ASCII "NOTI"). */
    private static final int LOCK_SPACE = 0x4E4F5449;

    private final JdbcClient jdbc;

    NotificationLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Within the current transaction: true if no other instance is scanning this user right now. */
    boolean tryLock(long userId) {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(:space, (:user % 2147483647)::int)")
                .param("space", LOCK_SPACE).param("user", userId).query(Boolean.class).single();
    }

    /** What is already recorded for a user, per meeting, kind and object, with its state. */
    Map<Long, Known> known(long userId, List<Long> meetingIds) {
        Map<Long, Known> known = new HashMap<>();
        meetingIds.forEach(m -> known.put(m, new Known()));
        if (meetingIds.isEmpty()) {
            return known;
        }
        jdbc.sql("SELECT meeting_id, kind, object_type, object_id, state FROM notification_sent WHERE user_id = :user"
                        + " AND meeting_id IN (:meetings)")
                .param("user", userId).param("meetings", meetingIds)
                .query((rs, n) -> known.get(rs.getLong("meeting_id")).of(NotificationKind.valueOf(rs.getString("kind")))
                        .put(new ObjectRef(rs.getString("object_type"), rs.getLong("object_id")), rs.getString("state")))
                .list();
        return known;
    }

    /** Records a notice once; a second record of the same notice changes nothing. */
    boolean record(long userId, NotificationKind kind, long meetingId, ObjectRef object, String state, String note) {
        return jdbc.sql("""
                        INSERT INTO notification_sent (user_id, kind, meeting_id, object_type, object_id, state, note)
                        VALUES (:user, :kind, :meeting, :type, :object, :state, :note)
                        ON CONFLICT (user_id, kind, meeting_id, object_type, object_id) DO NOTHING""")
                .param("user", userId).param("kind", kind.name()).param("meeting", meetingId).param("type", object.type())
                .param("object", object.id()).param("state", state).param("note", note)
                .update() == 1;
    }

    /** The mails due: one per user, kind and meeting with pending notices, oldest first. */
    List<MailGroup> pendingGroups() {
        return jdbc.sql("SELECT user_id, kind, meeting_id FROM notification_sent WHERE state = 'PENDING'"
                        + " GROUP BY user_id, kind, meeting_id ORDER BY min(id)")
                .query((rs, n) -> new MailGroup(rs.getLong("user_id"), NotificationKind.valueOf(rs.getString("kind")),
                        rs.getLong("meeting_id")))
                .list();
    }

    /**
     * Within the current transaction: the group's pending notices, locked; notices another instance
     * is mailing right now are skipped, so the two never send the same.
     */
    List<LedgerEntry> lockPending(MailGroup group) {
        return jdbc.sql("SELECT id, user_id, kind, meeting_id, object_type, object_id, state FROM notification_sent"
                        + " WHERE user_id = :user AND kind = :kind AND meeting_id = :meeting AND state = 'PENDING'"
                        + " ORDER BY id FOR UPDATE SKIP LOCKED")
                .param("user", group.userId()).param("kind", group.kind().name()).param("meeting", group.meetingId())
                .query((rs, n) -> new LedgerEntry(rs.getLong("id"), rs.getLong("user_id"), NotificationKind.valueOf(rs.getString("kind")),
                        rs.getLong("meeting_id"), new ObjectRef(rs.getString("object_type"), rs.getLong("object_id")), rs.getString("state")))
                .list();
    }

    void markSent(List<LedgerEntry> entries) {
        update(entries, "state = 'SENT', sent_at = now(), attempts = attempts + 1, note = NULL");
    }

    void close(List<LedgerEntry> entries, String state, String note) {
        if (!entries.isEmpty()) {
            jdbc.sql("UPDATE notification_sent SET state = :state, note = :note WHERE id IN (:ids)")
                    .param("state", state).param("note", note).param("ids", ids(entries)).update();
        }
    }

    /** A failed delivery that will be tried again: the notices stay pending. */
    void failedAttempt(List<LedgerEntry> entries, String note) {
        if (!entries.isEmpty()) {
            jdbc.sql("UPDATE notification_sent SET attempts = attempts + 1, note = :note WHERE id IN (:ids)")
                    .param("note", note).param("ids", ids(entries)).update();
        }
    }

    private void update(List<LedgerEntry> entries, String assignments) {
        if (!entries.isEmpty()) {
            jdbc.sql("UPDATE notification_sent SET " + assignments + " WHERE id IN (:ids)").param("ids", ids(entries)).update();
        }
    }

    private static List<Long> ids(List<LedgerEntry> entries) {
        return entries.stream().map(LedgerEntry::id).toList();
    }

    /** The recorded notices of one user and meeting: per kind, object → state. */
    static final class Known {
        private final Map<NotificationKind, Map<ObjectRef, String>> byKind = new EnumMap<>(NotificationKind.class);

        Map<ObjectRef, String> of(NotificationKind kind) {
            return byKind.computeIfAbsent(kind, k -> new HashMap<>());
        }
    }

    /** The notices that go out together in one mail. */
    record MailGroup(long userId, NotificationKind kind, long meetingId) {
    }
}
