package org.openris.notification;

/**
 * Which e-mail notifications a user wants: invitations to meetings of their organizations,
 * supplements (documents or a supplement paper added after the invitation) and all new documents
 * on their upcoming meetings.
 */
public record NotificationPreferences(boolean invitation, boolean supplement, boolean newDocuments) {

    /** Invitations and supplements on, every new document off. */
    public static final NotificationPreferences DEFAULTS = new NotificationPreferences(true, true, false);

    boolean wants(NotificationKind kind) {
        if (kind == NotificationKind.INVITATION) {
            return invitation;
        }
        return kind == NotificationKind.SUPPLEMENT ? supplement : newDocuments;
    }
}
