package org.openris.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The users to notify: enabled, not deleted accounts with an e-mail address and a linked person,
 * with their settings. A documented read-model read of the identity module's {@code app_user}
 * table (identity in turn sends its mails through {@link Mailer}, so a dependency on its Java API
 * would be a cycle).
 */
@Component
class Recipients {

    private static final String SELECT = """
            SELECT u.id, u.email, u.person_id, coalesce(s.invitation, true) AS invitation,
                   coalesce(s.supplement, true) AS supplement, coalesce(s.new_documents, false) AS new_documents
            FROM app_user u LEFT JOIN notification_setting s ON s.user_id = u.id AND s.deleted_at IS NULL
            WHERE u.enabled AND u.deleted_at IS NULL AND u.person_id IS NOT NULL AND u.email IS NOT NULL AND trim(u.email) <> ''""";

    private final JdbcClient jdbc;

    Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Recipient> all() {
        return jdbc.sql(SELECT + " ORDER BY u.id").query((rs, n) -> map(rs)).list();
    }

    Optional<Recipient> find(long userId) {
        return jdbc.sql(SELECT + " AND u.id = :user").param("user", userId).query((rs, n) -> map(rs)).optional();
    }

    private static Recipient map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Recipient(rs.getLong("id"), rs.getString("email").trim(), rs.getLong("person_id"),
                new NotificationPreferences(rs.getBoolean("invitation"), rs.getBoolean("supplement"), rs.getBoolean("new_documents")));
    }
}
