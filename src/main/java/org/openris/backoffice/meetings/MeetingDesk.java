package org.openris.backoffice.meetings;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.Supplier;
import org.openris.backoffice.ChangeLog;
import org.openris.backoffice.StaffUser;
import org.openris.meeting.MeetingChange;
import org.openris.meeting.MeetingCommandResult;
import org.openris.meeting.MeetingManagement;
import org.openris.meeting.MeetingPlanQueries.PlannedMeeting;
import org.openris.notification.MailDeliveryException;
import org.openris.notification.Mailer;
import org.openris.notification.Notifications;
import org.openris.shared.GermanFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one planning command of {@link MeetingManagement} per use case in one transaction and writes
 * the change log in the same one (ADR 0018). After the invitation is committed, the member
 * notifications run at once (module notification: link-only invitation mails to the members and
 * deputies with an account); a supplement mail links to the meeting in the member area.
 */
@Component
class MeetingDesk {

    private static final Logger log = LoggerFactory.getLogger(MeetingDesk.class);

    private final TransactionTemplate transaction;
    private final ChangeLog changes;
    private final MeetingManagement management;
    private final Notifications notifications;
    private final Mailer mailer;
    private final Clock clock;
    private final String baseUrl;

    MeetingDesk(TransactionTemplate transaction, ChangeLog changes, MeetingManagement management, Notifications notifications,
                Mailer mailer, Clock clock, @Value("${ris.base-url:}") String baseUrl) {
        this.transaction = transaction;
        this.changes = changes;
        this.management = management;
        this.notifications = notifications;
        this.mailer = mailer;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Runs {@code command}; on success records its changes, on rejection writes nothing. */
    MeetingCommandResult run(StaffUser staff, Supplier<MeetingCommandResult> command) {
        return transaction.execute(status -> {
            MeetingCommandResult result = command.get();
            if (!result.ok()) {
                status.setRollbackOnly();
                return result;
            }
            for (MeetingChange c : result.changes()) {
                changes.record(staff, c.objectType(), c.objectId(), c.action(), c.summary(), c.before(), c.after());
            }
            return result;
        });
    }

    /** Sends the invitation; returns false when the mail run failed (the ledger retries it on the next scheduled run). */
    InvitationOutcome invite(StaffUser staff, long meetingId, boolean confirmedDespiteNotice) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        MeetingCommandResult result = run(staff, () -> management.sendInvitation(meetingId, now, confirmedDespiteNotice));
        if (!result.ok()) {
            return new InvitationOutcome(result, false);
        }
        boolean mailed;
        try {
            notifications.runNow();
            mailed = mailer.isConfigured();
        } catch (RuntimeException ex) {
            log.warn("Einladungsmails zur Sitzung {} nicht versandt: {}", meetingId, ex.getMessage());
            mailed = false;
        }
        return new InvitationOutcome(result, mailed);
    }

    /** Records the supplement and mails a link to every member and deputy with an account; returns the number of mails sent. */
    SupplementOutcome supplement(StaffUser staff, PlannedMeeting meeting, String requestBase) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        MeetingCommandResult result = run(staff, () -> management.recordSupplement(meeting.id(), now));
        if (!result.ok()) {
            return new SupplementOutcome(result, 0, 0);
        }
        String link = (baseUrl.isBlank() ? requestBase : baseUrl) + "/mitglieder/sitzungen/" + meeting.id();
        String subject = "Nachtrag zur Tagesordnung: " + meeting.name() + " am " + GermanFormats.date(meeting.startPlanned());
        String text = "Guten Tag,\n\nzur " + meeting.name() + " am " + GermanFormats.weekdayDate(meeting.startPlanned()) + " um "
                + GermanFormats.time(meeting.startPlanned()) + " Uhr wurde die Tagesordnung ergänzt oder geändert (Nachtrag).\n\n"
                + "Tagesordnung und Unterlagen: " + link + "\n\n"
                + "Aus Gründen der Vertraulichkeit enthält diese E-Mail keine Inhalte; bitte melden Sie sich im Mandatsträger-Portal an.\n\n"
                + "-- \nSitzungsdienst\nDiese Nachricht wurde automatisch erstellt.\n";
        int sent = 0;
        int failed = 0;
        for (String address : management.memberAddresses(meeting.id())) {
            try {
                if (mailer.send(address, subject, text) == Mailer.Delivery.SENT) {
                    sent++;
                }
            } catch (MailDeliveryException ex) {
                failed++;
                log.warn("Nachtrag zur Sitzung {} an eine Adresse nicht zugestellt: {}", meeting.id(), ex.getMessage());
            }
        }
        return new SupplementOutcome(result, sent, failed);
    }

    /**
     * Tells the members who have to sign released minutes where to do it: a link to the member area,
     * no content (the text may be non-public). Failures are logged; the member dashboard shows the
     * pending signature anyway.
     */
    void mailSigners(long minutesId, java.util.List<String> addresses, jakarta.servlet.http.HttpServletRequest request) {
        String base = baseUrl.isBlank() ? request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort()) : baseUrl;
        String text = "Guten Tag,\n\neine Niederschrift wartet auf Ihre Unterschrift:\n\n" + base + "/mitglieder/unterschriften/" + minutesId
                + "\n\nBitte melden Sie sich im Mandatsträger-Portal an; zum Unterschreiben brauchen Sie den Code Ihrer Authenticator-App.\n\n"
                + "-- \nSitzungsdienst\nDiese Nachricht wurde automatisch erstellt.\n";
        for (String address : addresses) {
            try {
                mailer.send(address, "Niederschrift zur Unterschrift", text);
            } catch (RuntimeException ex) {
                log.warn("Hinweis auf Niederschrift {} an eine Adresse nicht zugestellt: {}", minutesId, ex.getMessage());
            }
        }
    }

    record InvitationOutcome(MeetingCommandResult result, boolean mailed) {
    }

    record SupplementOutcome(MeetingCommandResult result, int sent, int failed) {
    }
}
