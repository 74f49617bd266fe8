package org.openris.notification;

import org.openris.shared.Viewer;

/** A user who can be notified: an account with an e-mail address linked to a person. */
record Recipient(long userId, String email, long personId, NotificationPreferences preferences) {

    Viewer viewer() {
        return Viewer.member(personId);
    }
}
