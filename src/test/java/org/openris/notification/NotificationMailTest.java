package org.openris.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.TestSmtpServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Member notifications end to end, against a real SMTP server (GreenMail): who gets which mail,
 * that mails carry links and never non-public titles, settings, no duplicates, and an SMTP outage.
 */
@RisIntegrationTest
class NotificationMailTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationSettings settings;

    CommitteeScene scene;

    @BeforeEach
    void scene() {
        TestSmtpServer.start();
        scene = new CommitteeScene(jdbc);
    }

    @Test
    void a_member_of_the_committee_is_invited_by_mail_with_links_and_a_member_of_another_committee_is_not() {
        notifications.runNow();

        List<ReceivedMail> x = ReceivedMail.to(scene.mailX);
        assertThat(x).extracting(ReceivedMail::body)
                .anySatisfy(b -> assertThat(b).contains("/mitglieder/sitzungen/" + scene.publicMeeting))
                .anySatisfy(b -> assertThat(b).contains("/mitglieder/sitzungen/" + scene.closedMeeting))
                .noneSatisfy(b -> assertThat(b).contains("/mitglieder/sitzungen/" + scene.meetingY))
                .noneSatisfy(b -> assertThat(b).contains("/mitglieder/sitzungen/" + scene.draftMeeting))
                .noneSatisfy(b -> assertThat(b).contains("/mitglieder/sitzungen/" + scene.plannedMeeting));
        assertThat(x).hasSize(2);
        ReceivedMail invitation = x.stream().filter(m -> m.body().contains("/sitzungen/" + scene.publicMeeting)).findFirst().orElseThrow();
        assertThat(invitation.subject()).isEqualTo("Einladung: " + CommitteeScene.PUBLIC_MEETING_NAME + " am "
                + org.openris.shared.GermanFormats.date(scene.at(5)));
        assertThat(invitation.body()).contains("„" + CommitteeScene.PUBLIC_MEETING_NAME + "“").contains("um 17:00 Uhr")
                .contains("Benachrichtigungen ändern oder abbestellen: http").contains("/mitglieder/benachrichtigungen");
        assertThat(invitation.contentType().toLowerCase(Locale.ROOT)).contains("text/plain").contains("charset=utf-8");
        assertThat(invitation.raw()).contains("From: " + TestSmtpServer.FROM).contains("Auto-Submitted: auto-generated");
        ReceivedMail closed = x.stream().filter(m -> m.body().contains("/sitzungen/" + scene.closedMeeting)).findFirst().orElseThrow();
        assertThat(closed.subject()).isEqualTo("Neue Einladung im Ratsinformationssystem");

        assertThat(ReceivedMail.to(scene.mailY)).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("/mitglieder/sitzungen/" + scene.meetingY));
    }

    @Test
    void no_mail_carries_a_title_or_text_of_non_public_content() {
        settings.update(scene.userX, new NotificationPreferences(true, true, true));
        notifications.runNow();
        long lateFile = scene.lateHiddenFile();
        long supplement = scene.supplementPaper();
        long statement = scene.publicSupplementPaper();
        notifications.runNow();

        List<ReceivedMail> x = ReceivedMail.to(scene.mailX);
        assertThat(x).extracting(ReceivedMail::body)
                .anySatisfy(b -> assertThat(b).contains("/mitglieder/dokumente/" + lateFile)
                        .contains("Ergänzungsvorlage: http").contains("/mitglieder/vorlagen/" + supplement)
                        .contains("/mitglieder/vorlagen/" + statement));
        assertThat(x).extracting(ReceivedMail::subject).contains("Nachtrag: " + CommitteeScene.PUBLIC_MEETING_NAME + " am "
                + org.openris.shared.GermanFormats.date(scene.at(5)));
        for (ReceivedMail mail : ReceivedMail.all()) {
            assertThat(mail.everything().toLowerCase(Locale.ROOT)).as(mail.subject()).doesNotContain("noeff")
                    .doesNotContain("grundstücksangelegenheit").doesNotContain("gutachten");
        }
    }

    @Test
    void a_supplement_after_the_invitation_is_mailed_once_what_was_there_at_the_invitation_is_not() {
        notifications.runNow();
        assertThat(ReceivedMail.to(scene.mailX)).noneSatisfy(m -> assertThat(m.subject()).startsWith("Nachtrag"));

        long lateFile = scene.lateHiddenFile();
        notifications.runNow();
        notifications.runNow();

        List<ReceivedMail> supplements = ReceivedMail.to(scene.mailX).stream().filter(m -> m.subject().startsWith("Nachtrag")).toList();
        assertThat(supplements).singleElement().satisfies(m -> assertThat(m.body())
                .contains("Dokument: http").contains("/mitglieder/dokumente/" + lateFile)
                .contains("/mitglieder/sitzungen/" + scene.publicMeeting)
                .doesNotContain("/mitglieder/dokumente/" + (lateFile - 1)));
        assertThat(ReceivedMail.to(scene.mailY)).noneSatisfy(m -> assertThat(m.subject()).startsWith("Nachtrag"));
    }

    @Test
    void a_former_member_gets_nothing() {
        notifications.runNow();
        scene.lateHiddenFile();
        notifications.runNow();

        assertThat(ReceivedMail.to(scene.mailFormer)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM notification_sent WHERE user_id = ?").param(scene.userFormer)
                .query(Long.class).single()).isZero();
    }

    @Test
    void with_a_kind_switched_off_no_such_mail_and_switching_it_on_brings_no_old_news() {
        settings.update(scene.userX, new NotificationPreferences(false, false, false));
        assertThat(settings.of(scene.userX)).isEqualTo(new NotificationPreferences(false, false, false));
        notifications.runNow();
        scene.lateHiddenFile();
        notifications.runNow();
        assertThat(ReceivedMail.to(scene.mailX)).isEmpty();

        settings.update(scene.userX, NotificationPreferences.DEFAULTS);
        notifications.runNow();
        assertThat(ReceivedMail.to(scene.mailX)).isEmpty();

        long newer = scene.lateHiddenFile();
        notifications.runNow();
        assertThat(ReceivedMail.to(scene.mailX)).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("/mitglieder/dokumente/" + newer));
    }

    @Test
    void new_documents_are_off_by_default_and_reported_when_switched_on() {
        assertThat(settings.of(scene.userY)).isEqualTo(NotificationPreferences.DEFAULTS);
        assertThat(NotificationPreferences.DEFAULTS.newDocuments()).isFalse();
        notifications.runNow();
        long fileY = scene.fx.file(scene.body, "Kulturprogramm", true);
        scene.fx.attachToMeeting(scene.meetingY, fileY, "AUXILIARY", "Anlage");
        // the meeting is invited, so the new file is a supplement with the default settings
        notifications.runNow();
        assertThat(ReceivedMail.to(scene.mailY)).extracting(ReceivedMail::subject).noneMatch(s -> s.startsWith("Neue Dokumente"));

        settings.update(scene.userY, new NotificationPreferences(true, false, true));
        long another = scene.fx.file(scene.body, "Kulturprogramm, zweiter Teil", true);
        scene.fx.attachToMeeting(scene.meetingY, another, "AUXILIARY", "Anlage 2");
        notifications.runNow();

        assertThat(ReceivedMail.to(scene.mailY)).filteredOn(m -> m.subject().startsWith("Neue Dokumente")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("/mitglieder/dokumente/" + another)
                        .doesNotContain("/mitglieder/dokumente/" + fileY + "\n"));
    }

    @Test
    void a_second_run_and_two_runs_at_once_send_nothing_twice() throws Exception {
        scene.lateHiddenFile();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Notifications.RunReport> run = notifications::runNow;
            List<Future<Notifications.RunReport>> runs = pool.invokeAll(List.of(run, run));
            for (Future<Notifications.RunReport> r : runs) {
                r.get();
            }
        } finally {
            pool.shutdown();
        }
        notifications.runNow();
        notifications.runNow();

        assertThat(ReceivedMail.to(scene.mailX)).hasSize(2);
        assertThat(ReceivedMail.to(scene.mailY)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM notification_sent WHERE user_id = ? AND state = 'SENT'").param(scene.userX)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void while_the_smtp_server_is_down_mails_wait_and_go_out_once_when_it_is_back() {
        TestSmtpServer.stop();
        try {
            Notifications.RunReport down = notifications.runNow();
            assertThat(down.deferred()).isPositive();
            assertThat(down.sent()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM notification_sent WHERE user_id = ? AND state = 'PENDING'")
                    .param(scene.userX).query(Long.class).single()).isEqualTo(2);
            assertThat(jdbc.sql("SELECT count(*) FROM notification_sent WHERE state = 'PENDING' AND attempts > 0 AND note IS NOT NULL")
                    .query(Long.class).single()).isPositive();
        } finally {
            TestSmtpServer.start();
        }
        assertThat(ReceivedMail.to(scene.mailX)).isEmpty();

        notifications.runNow();
        notifications.runNow();

        assertThat(ReceivedMail.to(scene.mailX)).hasSize(2);
        assertThat(ReceivedMail.to(scene.mailY)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM notification_sent WHERE user_id = ? AND state = 'PENDING'")
                .param(scene.userX).query(Long.class).single()).isZero();
    }

    @Test
    void a_notice_whose_meeting_began_while_the_server_was_down_expires_instead_of_arriving_late() {
        TestSmtpServer.stop();
        try {
            notifications.runNow();
        } finally {
            TestSmtpServer.start();
        }
        jdbc.sql("UPDATE meeting SET start_planned = now() - interval '1 hour' WHERE id = ?").param(scene.meetingY).update();
        notifications.runNow();

        assertThat(ReceivedMail.to(scene.mailY)).isEmpty();
        assertThat(jdbc.sql("SELECT state FROM notification_sent WHERE user_id = ? AND kind = 'INVITATION'").param(scene.userY)
                .query(String.class).single()).isEqualTo("EXPIRED");
    }
}
