package org.openris.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.demo.DemoOptions;
import org.openris.demo.DemoScale;
import org.openris.demo.MusterstadtDemo;
import org.openris.file.FileQueries;
import org.openris.meeting.MeetingQueries;
import org.openris.paper.PaperQueries;
import org.openris.shared.GermanFormats;
import org.openris.shared.Viewer;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.Seeds;
import org.openris.testsupport.TestSmtpServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The mail channel of the leak matrix: the demo city with every non-public text marked
 * {@code NOEFF}, "today" as its reference date, an account for every current member; three
 * notification runs with documents added at random in between (public and non-public, on public
 * and non-public items). Every mail to these members is scanned: no marker, every link points to
 * something that member may see, no mail twice — while members are told about non-public material.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationDemoSweepTest {

    private static final Pattern LINK = Pattern.compile("/mitglieder/(sitzungen|dokumente|vorlagen)/(\\d+)");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MusterstadtDemo demo;
    @Autowired
    Notifications notifications;
    @Autowired
    MeetingQueries meetings;
    @Autowired
    FileQueries files;
    @Autowired
    PaperQueries papers;

    long body;
    final Map<String, Long> personByMail = new HashMap<>();
    final List<ReceivedMail> mails = new ArrayList<>();
    int added;

    @BeforeAll
    void demoCityWithAccountsAndThreeRuns() {
        TestSmtpServer.start();
        long seed = Seeds.seed("NotificationDemoSweepTest");
        Random random = new Random(seed);
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM body").query(Long.class).single();
        demo.generate(new DemoOptions(DemoScale.TINY, seed, LocalDate.now(GermanFormats.BERLIN), true), System.out);
        body = jdbc.sql("SELECT min(id) FROM body WHERE id > ?").param(before).query(Long.class).single();
        inviteTheNextMeetings();
        List<Long> persons = jdbc.sql("""
                SELECT DISTINCT p.id FROM person p JOIN membership ms ON ms.person_id = p.id
                WHERE p.body_id = ? AND ms.deleted_at IS NULL AND ms.start_date <= current_date
                  AND (ms.end_date IS NULL OR ms.end_date >= current_date) ORDER BY p.id""").param(body).query(Long.class).list();
        for (long person : persons) {
            String mail = "demo-" + body + "-" + person + "@example.org";
            personByMail.put(mail, person);
            long user = jdbc.sql("INSERT INTO app_user (username, display_name, email, person_id) VALUES (?, ?, ?, ?) RETURNING id")
                    .params("demo-" + body + "-" + person, "Mitglied " + person, mail, person).query(Long.class).single();
            if (random.nextInt(3) == 0) {
                jdbc.sql("INSERT INTO notification_setting (user_id, new_documents) VALUES (?, true)").param(user).update();
            }
        }
        notifications.runNow();
        addDocuments(random);
        notifications.runNow();
        notifications.runNow();
        for (ReceivedMail mail : ReceivedMail.all()) {
            if (personByMail.containsKey(mail.to())) {
                mails.add(mail);
            }
        }
        System.out.printf("NotificationDemoSweepTest: %d members, %d documents added, %d mails%n", persons.size(), added, mails.size());
    }

    /**
     * Whether the generated calendar has invitations in the next weeks depends on the seed: the
     * council office invites to the next four released meetings, moved into the next four weeks. The
     * second becomes a closed meeting with a marked name (like an Ältestenrat session).
     */
    private void inviteTheNextMeetings() {
        List<Long> next = jdbc.sql("SELECT id FROM meeting WHERE body_id = ? AND released AND NOT cancelled AND deleted_at IS NULL"
                + " AND start_planned > now() ORDER BY start_planned, id LIMIT 4").param(body).query(Long.class).list();
        assertThat(next).isNotEmpty();
        for (int i = 0; i < next.size(); i++) {
            jdbc.sql("UPDATE meeting SET state = 'INVITED', start_planned = date_trunc('day', now()) + make_interval(days => ?, hours => 15),"
                    + " end_planned = NULL, modified = greatest(modified, created, now()) + interval '1 microsecond' WHERE id = ?")
                    .params(3 + 7 * i, next.get(i)).update();
        }
        if (next.size() > 1) {
            jdbc.sql("UPDATE meeting SET public = false, name = 'NOEFF-meeting ' || name WHERE id = ?").param(next.get(1)).update();
        }
    }

    /** Late documents on the invited upcoming meetings: on the meeting, on public and non-public items. */
    private void addDocuments(Random random) {
        Fixtures fx = new Fixtures(jdbc);
        List<Long> invited = jdbc.sql("SELECT id FROM meeting WHERE body_id = ? AND state = 'INVITED' AND start_planned > now()"
                + " AND released AND NOT cancelled ORDER BY id").param(body).query(Long.class).list();
        for (long meeting : invited) {
            List<Map<String, Object>> items = jdbc.sql("SELECT id, public FROM agenda_item WHERE meeting_id = ? AND NOT heading"
                    + " AND deleted_at IS NULL ORDER BY id").param(meeting).query().listOfRows();
            for (int i = 0; i < 3; i++) {
                boolean publicFile = random.nextBoolean();
                long file = fx.file(body, (publicFile ? "Tischvorlage " : "NOEFF-file nachgereicht ") + meeting + "-" + i, publicFile);
                if (items.isEmpty() || random.nextInt(4) == 0) {
                    fx.attachToMeeting(meeting, file, "AUXILIARY", "Nachtrag " + i);
                } else {
                    fx.attachToAgendaItem((Long) items.get(random.nextInt(items.size())).get("id"), file, "Nachtrag " + i);
                }
                added++;
            }
        }
    }

    @AfterAll
    void leaveTheSharedDatabaseQuiet() {
        // the accounts stop taking part in other tests' runs, the meetings leave the home page's "upcoming" list
        jdbc.sql("UPDATE app_user SET enabled = false WHERE email LIKE ?").param("demo-" + body + "-%").update();
        // (the demo dates "created" by the reference day, so "modified" is set past it explicitly)
        jdbc.sql("UPDATE meeting SET cancelled = true, modified = greatest(modified, created, now()) + interval '1 microsecond'"
                + " WHERE body_id = ?").param(body).update();
    }

    @Test
    void members_are_told_about_non_public_material_but_no_mail_carries_any_of_its_text() {
        assertThat(added).isPositive();
        assertThat(mails).extracting(ReceivedMail::subject).anyMatch(s -> s.startsWith("Einladung"))
                .anyMatch(s -> s.startsWith("Nachtrag"));
        Set<Long> linkedFiles = new HashSet<>();
        mails.forEach(m -> links(m, "dokumente").forEach(linkedFiles::add));
        assertThat(linkedFiles).as("non-public documents announced")
                .anyMatch(id -> jdbc.sql("SELECT NOT public FROM stored_file WHERE id = ?").param(id).query(Boolean.class).single());
        for (ReceivedMail mail : mails) {
            assertThat(mail.everything().toLowerCase(Locale.ROOT)).as("%s to %s", mail.subject(), mail.to()).doesNotContain("noeff");
        }
    }

    @Test
    void every_link_points_to_something_the_recipient_may_see() {
        assertThat(mails).isNotEmpty();
        for (ReceivedMail mail : mails) {
            Viewer member = Viewer.member(personByMail.get(mail.to()));
            for (long meeting : links(mail, "sitzungen")) {
                assertThat(meetings.findById(member, meeting)).as("meeting %d in %s", meeting, mail.subject()).isPresent();
            }
            for (long file : links(mail, "dokumente")) {
                assertThat(files.findById(member, file)).as("file %d in %s", file, mail.subject()).isPresent();
            }
            for (long paper : links(mail, "vorlagen")) {
                assertThat(papers.findById(member, paper)).as("paper %d in %s", paper, mail.subject()).isPresent();
            }
        }
    }

    @Test
    void nobody_gets_the_same_news_twice() {
        Set<String> seen = new HashSet<>();
        for (ReceivedMail mail : mails) {
            for (String link : allLinks(mail)) {
                String kind = mail.subject().startsWith("Einladung") || mail.subject().startsWith("Neue Einladung") ? "invitation"
                        : mail.subject().startsWith("Nachtrag") ? "supplement" : "documents";
                if (!link.startsWith("sitzungen") || kind.equals("invitation")) {
                    assertThat(seen.add(mail.to() + " " + kind + " " + link)).as("%s told twice about %s", mail.to(), link).isTrue();
                }
            }
        }
    }

    private static List<Long> links(ReceivedMail mail, String type) {
        List<Long> ids = new ArrayList<>();
        Matcher m = LINK.matcher(mail.body());
        while (m.find()) {
            if (m.group(1).equals(type)) {
                ids.add(Long.parseLong(m.group(2)));
            }
        }
        return ids;
    }

    private static List<String> allLinks(ReceivedMail mail) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(mail.body());
        while (m.find()) {
            links.add(m.group(1) + "/" + m.group(2));
        }
        return links;
    }
}
