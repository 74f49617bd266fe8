package org.openris.notification;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openris.file.FileQueries;
import org.openris.meeting.MeetingQueries;
import org.openris.meeting.MeetingQueries.MeetingSummary;
import org.openris.notification.NotificationLedger.MailGroup;
import org.openris.notification.NotificationMails.PlainMail;
import org.openris.paper.PaperQueries;
import org.openris.shared.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Phase two of a run, after the notices are committed: one mail per user, kind and meeting. Each
 * group is sent inside a short transaction that holds its ledger rows locked and marks them sent
 * once the SMTP server accepted the mail. Visibility and settings are checked again at sending
 * time. When the server is unreachable the rows stay pending and the run stops; the next run tries
 * again. A mail accepted by the server whose commit then fails would be sent once more
 * (at-least-once; see ADR 0007).
 */
@Component
class NotificationDelivery {

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

    private final NotificationLedger ledger;
    private final Recipients recipients;
    private final MeetingQueries meetings;
    private final FileQueries files;
    private final PaperQueries papers;
    private final NotificationMails mails;
    private final Mailer mailer;
    private final TransactionTemplate transaction;

    NotificationDelivery(NotificationLedger ledger, Recipients recipients, MeetingQueries meetings, FileQueries files,
                         PaperQueries papers, NotificationMails mails, Mailer mailer, TransactionTemplate transaction) {
        this.ledger = ledger;
        this.recipients = recipients;
        this.meetings = meetings;
        this.files = files;
        this.papers = papers;
        this.mails = mails;
        this.mailer = mailer;
        this.transaction = transaction;
    }

    /** Sends what is pending; stops at the first failure that may pass. */
    Outcome deliver(OffsetDateTime now) {
        Outcome outcome = new Outcome();
        for (MailGroup group : ledger.pendingGroups()) {
            Boolean goOn = transaction.execute(status -> deliver(group, now, outcome));
            if (!Boolean.TRUE.equals(goOn)) {
                break;
            }
        }
        return outcome;
    }

    private boolean deliver(MailGroup group, OffsetDateTime now, Outcome outcome) {
        List<LedgerEntry> entries = ledger.lockPending(group);
        if (entries.isEmpty()) {
            return true;
        }
        Optional<Recipient> recipient = recipients.find(group.userId());
        if (recipient.isEmpty()) {
            ledger.close(entries, NotificationLedger.SKIPPED, "kein Empfänger mehr");
            return true;
        }
        if (!recipient.get().preferences().wants(group.kind())) {
            ledger.close(entries, NotificationLedger.SKIPPED, "abbestellt");
            return true;
        }
        Viewer viewer = recipient.get().viewer();
        Optional<MeetingSummary> meeting = meetings.findById(viewer, group.meetingId());
        if (meeting.isEmpty() || meeting.get().cancelled()) {
            ledger.close(entries, NotificationLedger.SKIPPED, "Sitzung nicht mehr sichtbar");
            return true;
        }
        if (meeting.get().startPlanned().isBefore(now)) {
            ledger.close(entries, NotificationLedger.EXPIRED, "Sitzung hat begonnen");
            return true;
        }
        List<LedgerEntry> visible = new ArrayList<>();
        List<LedgerEntry> gone = new ArrayList<>();
        for (LedgerEntry entry : entries) {
            (stillVisible(viewer, entry.object()) ? visible : gone).add(entry);
        }
        ledger.close(gone, NotificationLedger.SKIPPED, "nicht mehr sichtbar");
        if (visible.isEmpty()) {
            return true;
        }
        PlainMail mail = mails.compose(group.kind(), group.meetingId(), meetings.findById(Viewer.anonymous(), group.meetingId()),
                visible.stream().map(LedgerEntry::object).toList());
        try {
            if (mailer.send(recipient.get().email(), mail.subject(), mail.text()) != Mailer.Delivery.SENT) {
                return false;
            }
        } catch (MailDeliveryException e) {
            if (e.permanent()) {
                ledger.close(visible, NotificationLedger.FAILED, e.getMessage());
                outcome.failed++;
                return true;
            }
            ledger.failedAttempt(visible, e.getMessage());
            outcome.deferred++;
            log.warn("Benachrichtigung nicht versandt ({}), neuer Versuch beim nächsten Lauf.", e.getMessage());
            return false;
        }
        ledger.markSent(visible);
        outcome.sent++;
        return true;
    }

    private boolean stillVisible(Viewer viewer, ObjectRef object) {
        if (ObjectRef.FILE.equals(object.type())) {
            return files.findById(viewer, object.id()).isPresent();
        }
        if (ObjectRef.PAPER.equals(object.type())) {
            return papers.findById(viewer, object.id()).isPresent();
        }
        return true;
    }

    /** Mails sent, deferred to the next run, refused for good. */
    static final class Outcome {
        int sent;
        int deferred;
        int failed;
    }
}
