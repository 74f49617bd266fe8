package org.openris.notification;

import java.util.List;
import java.util.Optional;
import org.openris.meeting.MeetingQueries.MeetingSummary;
import org.openris.shared.GermanFormats;
import org.openris.shared.UiText;
import org.springframework.stereotype.Component;

/**
 * The German text of notification mails. Links only: a mail never carries a title or text of
 * non-public content. The meeting's name, date and time appear only when the public may see the
 * meeting ({@code publicMeeting} is read as the anonymous viewer); documents are always links.
 */
@Component
class NotificationMails {

    private final UiText text;
    private final MailLinks links;

    NotificationMails(UiText text, MailLinks links) {
        this.text = text;
        this.links = links;
    }

    PlainMail compose(NotificationKind kind, long meetingId, Optional<MeetingSummary> publicMeeting, List<ObjectRef> objects) {
        String prefix = "mail." + key(kind);
        String subject;
        String intro;
        if (publicMeeting.isPresent()) {
            MeetingSummary m = publicMeeting.get();
            subject = text.get(prefix + ".subject.public", m.name(), GermanFormats.date(m.startPlanned()));
            intro = text.get(prefix + ".intro.public", m.name(), GermanFormats.weekdayDate(m.startPlanned()),
                    GermanFormats.time(m.startPlanned()));
        } else {
            subject = text.get(prefix + ".subject");
            intro = text.get(prefix + ".intro");
        }
        StringBuilder body = new StringBuilder();
        body.append(text.get("mail.greeting")).append("\n\n").append(intro).append("\n\n");
        body.append(text.get("mail.link.meeting", links.meeting(meetingId))).append('\n');
        for (ObjectRef object : objects) {
            if (!ObjectRef.MEETING.equals(object.type())) {
                String label = ObjectRef.PAPER.equals(object.type()) ? "mail.link.paper" : "mail.link.document";
                body.append(text.get(label, links.object(object))).append('\n');
            }
        }
        body.append('\n').append(text.get("mail.privacy")).append("\n\n");
        body.append(text.get("mail.settings", links.settings())).append("\n\n");
        body.append("-- \n").append(text.get("mail.signature")).append('\n').append(text.get("mail.automatic")).append('\n');
        return new PlainMail(subject, body.toString());
    }

    private static String key(NotificationKind kind) {
        if (kind == NotificationKind.INVITATION) {
            return "invitation";
        }
        return kind == NotificationKind.SUPPLEMENT ? "supplement" : "newDocuments";
    }

    record PlainMail(String subject, String text) {
    }
}
