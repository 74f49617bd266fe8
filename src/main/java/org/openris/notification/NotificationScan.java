package org.openris.notification;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openris.file.FileQueries;
import org.openris.meeting.MeetingQueries;
import org.openris.meeting.MeetingQueries.MeetingSummary;
import org.openris.paper.PaperQueries;
import org.openris.shared.Viewer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Phase one of a run: for one user, records in the ledger what became visible to them since the
 * last scan, read through the query facades as {@code Viewer.member(personId)}:
 * <ul>
 * <li>{@code INVITATION}: an invited, not cancelled upcoming meeting of one of their organizations;</li>
 * <li>{@code SUPPLEMENT}: a document or supplement paper of such a meeting that was not there when the
 * scan first saw the meeting invited (that first sight records the baseline, never mailed);</li>
 * <li>{@code NEW_DOCUMENTS}: any document of one of their upcoming meetings not recorded before
 * (left out where the same document is already reported as a supplement).</li>
 * </ul>
 * A notice the user does not want is recorded as skipped, so switching a kind on later never
 * brings old news. Each user is recorded in one transaction under an advisory lock.
 */
@Component
class NotificationScan {

    private static final String INVITED = "INVITED";

    private final MeetingQueries meetings;
    private final FileQueries files;
    private final PaperQueries papers;
    private final NotificationLedger ledger;
    private final NotificationProperties properties;
    private final TransactionTemplate transaction;

    NotificationScan(MeetingQueries meetings, FileQueries files, PaperQueries papers, NotificationLedger ledger,
                     NotificationProperties properties, TransactionTemplate transaction) {
        this.meetings = meetings;
        this.files = files;
        this.papers = papers;
        this.ledger = ledger;
        this.properties = properties;
        this.transaction = transaction;
    }

    /** Records the user's new notices; returns how many are pending for mailing. */
    int scan(Recipient recipient, OffsetDateTime now) {
        Integer pending = transaction.execute(status -> ledger.tryLock(recipient.userId()) ? record(recipient, now) : 0);
        return pending == null ? 0 : pending;
    }

    private int record(Recipient recipient, OffsetDateTime now) {
        Viewer viewer = recipient.viewer();
        OffsetDateTime horizon = now.plusDays(properties.horizonDays());
        List<MeetingSummary> upcoming = meetings.upcomingOfOwnOrganizations(viewer, now, 500).stream()
                .filter(m -> !m.startPlanned().isAfter(horizon)).toList();
        List<Long> ids = upcoming.stream().map(MeetingSummary::id).toList();
        Map<Long, List<ObjectRef>> documents = new HashMap<>();
        Map<Long, List<ObjectRef>> supplements = new HashMap<>();
        ids.forEach(id -> {
            documents.put(id, new ArrayList<>());
            supplements.put(id, new ArrayList<>());
        });
        files.documentsOfMeetings(viewer, ids).forEach(d -> documents.get(d.meetingId()).add(ObjectRef.file(d.id())));
        papers.supplementsOfMeetings(viewer, ids).forEach(p -> supplements.get(p.meetingId()).add(ObjectRef.paper(p.id())));
        Map<Long, NotificationLedger.Known> known = ledger.known(recipient.userId(), ids);
        int pending = 0;
        for (MeetingSummary meeting : upcoming) {
            pending += record(recipient, meeting, documents.get(meeting.id()), supplements.get(meeting.id()), known.get(meeting.id()));
        }
        return pending;
    }

    private int record(Recipient recipient, MeetingSummary meeting, List<ObjectRef> documents, List<ObjectRef> supplementPapers,
                       NotificationLedger.Known known) {
        Recorder recorder = new Recorder(recipient, meeting.id(), known);
        if (INVITED.equals(meeting.state())) {
            recorder.add(NotificationKind.INVITATION, ObjectRef.meeting(meeting.id()), null);
            List<ObjectRef> supplements = new ArrayList<>(documents);
            supplements.addAll(supplementPapers);
            if (known.of(NotificationKind.SUPPLEMENT).isEmpty()) {
                recorder.baseline(ObjectRef.meeting(meeting.id()));
                supplements.forEach(recorder::baseline);
            } else {
                supplements.forEach(s -> recorder.add(NotificationKind.SUPPLEMENT, s, null));
            }
        }
        for (ObjectRef document : documents) {
            String supplement = known.of(NotificationKind.SUPPLEMENT).get(document);
            boolean reported = NotificationLedger.PENDING.equals(supplement) || NotificationLedger.SENT.equals(supplement);
            recorder.add(NotificationKind.NEW_DOCUMENTS, document, reported ? "bereits als Nachtrag gemeldet" : null);
        }
        return recorder.pending;
    }

    /** Records notices not yet known, pending or skipped according to the user's settings. */
    private final class Recorder {
        private final Recipient recipient;
        private final long meetingId;
        private final NotificationLedger.Known known;
        private int pending;

        Recorder(Recipient recipient, long meetingId, NotificationLedger.Known known) {
            this.recipient = recipient;
            this.meetingId = meetingId;
            this.known = known;
        }

        void add(NotificationKind kind, ObjectRef object, String skipReason) {
            if (skipReason == null && !recipient.preferences().wants(kind)) {
                skipReason = "abbestellt";
            }
            put(kind, object, skipReason == null ? NotificationLedger.PENDING : NotificationLedger.SKIPPED, skipReason);
        }

        void baseline(ObjectRef object) {
            put(NotificationKind.SUPPLEMENT, object, NotificationLedger.SKIPPED, "Stand bei der Einladung");
        }

        private void put(NotificationKind kind, ObjectRef object, String state, String note) {
            if (known.of(kind).containsKey(object)) {
                return;
            }
            if (ledger.record(recipient.userId(), kind, meetingId, object, state, note)) {
                known.of(kind).put(object, state);
                if (NotificationLedger.PENDING.equals(state)) {
                    pending++;
                }
            }
        }
    }
}
