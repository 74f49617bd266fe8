package org.openris.notification;

/** One row of {@code notification_sent}: an object a user was (to be) told about in one meeting's context. */
record LedgerEntry(long id, long userId, NotificationKind kind, long meetingId, ObjectRef object, String state) {
}
