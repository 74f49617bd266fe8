package org.openris.notification;

/** The three kinds of member notifications (stored in {@code notification_sent.kind}). */
enum NotificationKind {
    /** A meeting of one of my organizations was invited. */
    INVITATION,
    /** A document or supplement paper (…-E1) appeared on a meeting after I saw its invitation. */
    SUPPLEMENT,
    /** Any document newly visible to me on one of my upcoming meetings. */
    NEW_DOCUMENTS
}
