package org.openris.notification;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.openris.shared.GermanFormats;
import org.openris.testsupport.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two committees of a fresh body with upcoming meetings, members with accounts and e-mail
 * addresses unique to this scene, and non-public content marked {@code NOEFF-}.
 */
final class CommitteeScene {

    static final String PUBLIC_MEETING_NAME = "3. Sitzung des Ausschusses für Straßen, Grünflächen und Ökologie";

    final Fixtures fx;
    final JdbcClient jdbc;
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final LocalDate today = LocalDate.now(GermanFormats.BERLIN);
    final long body;
    final long term;
    final long committeeX;
    final long committeeY;
    final long paperType;
    final long memberX;
    final long memberY;
    final long formerX;
    final String mailX = "x-" + tag + "@example.org";
    final String mailY = "y-" + tag + "@example.org";
    final String mailFormer = "former-" + tag + "@example.org";
    final long userX;
    final long userY;
    final long userFormer;
    final long publicMeeting;
    final long publicItem;
    final long hiddenItem;
    final long closedMeeting;
    final long meetingY;
    final long draftMeeting;
    final long plannedMeeting;
    final long paper;

    CommitteeScene(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.fx = new Fixtures(jdbc);
        body = fx.body("Stadt Post " + tag);
        term = fx.term(body, "WP", today.minusYears(2), today.plusYears(3));
        committeeX = fx.organization(body, "Ausschuss für Straßen, Grünflächen und Ökologie", "COMMITTEE").create();
        committeeY = fx.organization(body, "Ausschuss für Kultur", "COMMITTEE").create();
        paperType = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);

        memberX = fx.person(body, "Müller").create();
        fx.membership(memberX, committeeX, today.minusYears(1)).create();
        memberY = fx.person(body, "Yilmaz").create();
        fx.membership(memberY, committeeY, today.minusYears(1)).create();
        formerX = fx.person(body, "Früher").create();
        fx.membership(formerX, committeeX, today.minusYears(1)).until(today.minusMonths(1)).create();
        userX = user("mueller-" + tag, mailX, memberX);
        userY = user("yilmaz-" + tag, mailY, memberY);
        userFormer = user("frueher-" + tag, mailFormer, formerX);

        publicMeeting = fx.meeting(body, committeeX, term, at(5)).numbered(3, PUBLIC_MEETING_NAME).create();
        publicItem = fx.agendaItem(publicMeeting, "1", "Öffentlicher Radweg").position(0, 0).create();
        hiddenItem = fx.agendaItem(publicMeeting, "2", "NOEFF-item Grundstücksangelegenheit " + tag).position(1, 1).nonPublic().create();
        paper = fx.paper(body, paperType, "Radweg an der Hauptstraße").released("00100-26", today).create();
        fx.consultation(paper, committeeX, publicMeeting, publicItem, 0, "DECISION", true, null);
        fx.attachToPaper(paper, fx.file(body, "Radweg Vorlage", true), "MAIN");
        fx.attachToAgendaItem(hiddenItem, fx.file(body, "NOEFF-file Gutachten " + tag, false), "Anlage 1");

        closedMeeting = fx.meeting(body, committeeX, term, at(7)).numbered(4, "NOEFF-meeting Personalsachen " + tag).nonPublic().create();
        fx.agendaItem(closedMeeting, "1", "NOEFF-item Stellenbesetzung " + tag).position(0, 0).nonPublic().create();
        meetingY = fx.meeting(body, committeeY, term, at(6)).numbered(2, "2. Sitzung des Ausschusses für Kultur").create();
        draftMeeting = fx.meeting(body, committeeX, term, at(9)).numbered(5, "NOEFF-meeting Entwurf " + tag).draft().create();
        plannedMeeting = fx.meeting(body, committeeX, term, at(30)).numbered(6, "6. Sitzung des Ausschusses für Straßen").create();
        fx.execute("UPDATE meeting SET state = 'PLANNED' WHERE id = ?", plannedMeeting);
    }

    OffsetDateTime at(int daysAhead) {
        return Fixtures.berlin(today.plusDays(daysAhead), LocalTime.of(17, 0));
    }

    long user(String username, String email, long person) {
        return jdbc.sql("INSERT INTO app_user (username, display_name, email, person_id) VALUES (?, ?, ?, ?) RETURNING id")
                .params(username, username, email, person).query(Long.class).single();
    }

    /** A document added to the non-public item after the invitation. */
    long lateHiddenFile() {
        long file = fx.file(body, "NOEFF-file nachgereicht " + tag, false);
        fx.attachToAgendaItem(hiddenItem, file, "Anlage 2");
        return file;
    }

    /** A non-public supplement paper (-E1) to the paper on the agenda, consulted at the non-public item. */
    long supplementPaper() {
        long supplement = fx.paper(body, paperType, "NOEFF-paper Ergänzung " + tag).released("00100-26-E1", today).supplementTo(paper)
                .nonPublic().create();
        fx.consultation(supplement, committeeX, publicMeeting, hiddenItem, 1, "DECISION", true, null);
        return supplement;
    }

    /** A public supplement paper (-E2) to the paper on the agenda, not consulted itself. */
    long publicSupplementPaper() {
        return fx.paper(body, paperType, "Stellungnahme zum Radweg").released("00100-26-E2", today).supplementTo(paper).create();
    }
}
