package org.openris.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read and change a user's notification settings; the member area's settings page calls this. A
 * user who never changed anything has {@link NotificationPreferences#DEFAULTS}. Switching a kind on
 * takes effect for what becomes visible afterwards: nothing from the time it was off is sent later.
 */
@Service
public class NotificationSettings {

    private final JdbcClient jdbc;

    NotificationSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public NotificationPreferences of(long userId) {
        return jdbc.sql("SELECT invitation, supplement, new_documents FROM notification_setting WHERE user_id = :user"
                        + " AND deleted_at IS NULL")
                .param("user", userId).query(NotificationPreferences.class).optional()
                .orElse(NotificationPreferences.DEFAULTS);
    }

    @Transactional
    public void update(long userId, NotificationPreferences preferences) {
        jdbc.sql("""
                        INSERT INTO notification_setting (user_id, invitation, supplement, new_documents)
                        VALUES (:user, :invitation, :supplement, :newDocuments)
                        ON CONFLICT (user_id) DO UPDATE SET invitation = excluded.invitation, supplement = excluded.supplement,
                            new_documents = excluded.new_documents, deleted_at = NULL""")
                .param("user", userId).param("invitation", preferences.invitation())
                .param("supplement", preferences.supplement()).param("newDocuments", preferences.newDocuments())
                .update();
    }
}
