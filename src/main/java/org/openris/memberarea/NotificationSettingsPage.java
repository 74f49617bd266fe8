package org.openris.memberarea;

import org.openris.notification.NotificationPreferences;

/** The notification settings page: the stored choice, and whether it was just saved. */
public record NotificationSettingsPage(NotificationPreferences preferences, boolean saved) {
}
