package org.openris.backoffice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who changed what and when in the back office (table {@code change_log}, append-only). An entry
 * is written inside the transaction of the change ({@link Propagation#MANDATORY}): it exists
 * exactly when the change was committed.
 */
@Service
public class ChangeLog {

    /** One recorded change, newest first in listings. */
    public record Entry(long id, OffsetDateTime at, long userId, String userName, String objectType, long objectId,
                        String action, String summary, String changes) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;

    ChangeLog(JdbcClient jdbc, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Records a change. {@code before} and {@code after} are the edited fields (either may be empty
     * for a creation or deletion); only fields whose value differs are stored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(StaffUser by, String objectType, long objectId, String action, String summary,
                       Map<String, ?> before, Map<String, ?> after) {
        Map<String, List<Object>> changes = new LinkedHashMap<>();
        List<String> fields = new ArrayList<>(before.keySet());
        after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(fields::add);
        for (String field : fields) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.put(field, java.util.Arrays.asList(text(old), text(now)));
            }
        }
        jdbc.sql("INSERT INTO change_log (at, user_id, object_type, object_id, action, summary, changes) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)")
                .params(OffsetDateTime.now(clock), by.userId(), objectType, objectId, action, summary, json.writeValueAsString(changes))
                .update();
    }

    /** The history of one object, newest first. */
    public List<Entry> of(String objectType, long objectId) {
        return jdbc.sql(SELECT + " WHERE c.object_type = ? AND c.object_id = ? ORDER BY c.at DESC, c.id DESC")
                .params(objectType, objectId).query(Entry.class).list();
    }

    /** The latest changes of all objects (administrators' overview). */
    public List<Entry> latest(int limit) {
        return jdbc.sql(SELECT + " ORDER BY c.at DESC, c.id DESC LIMIT ?").param(limit).query(Entry.class).list();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static final String SELECT = """
            SELECT c.id, c.at, c.user_id, u.display_name AS user_name, c.object_type, c.object_id, c.action, c.summary,
                   c.changes::text AS changes
            FROM change_log c JOIN app_user u ON u.id = c.user_id""";
}
