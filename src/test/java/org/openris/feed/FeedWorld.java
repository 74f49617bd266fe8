package org.openris.feed;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.openris.testsupport.Fixtures;

/**
 * A small city for the feed tests: a public committee with public, cancelled, non-public, draft and
 * old meetings; a hidden organization with a meeting; a member whose membership began and ends inside
 * the calendar window; public papers from a faction and a department, a hidden paper and a public
 * paper consulted only in a closed meeting; decisions on a public and a non-public item. Every
 * hidden text carries a {@code NOEFF} marker.
 */
final class FeedWorld {

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
    final String suffix;
    final String committeeName;
    final long committee;
    final long hiddenOrganization;
    final long faction;
    final long department;
    final long member;
    final long hiddenPerson;
    /** Public, numbered 12, in a week at 17:00 (winter or summer time as the date falls). */
    final long nextMeeting;
    final OffsetDateTime nextMeetingStart;
    /** Public, on the next 1 July at 16:30: summer time (+02:00). */
    final long summerMeeting;
    final OffsetDateTime summerMeetingStart;
    final long cancelledMeeting;
    final long closedMeeting;
    final long draftMeeting;
    final long oldMeeting;
    final long beforeMembership;
    final long afterMembership;
    final long hiddenOrganizationMeeting;
    final long heldMeeting;
    final String cyclingReference;
    final String motionReference;
    final String closedOnlyReference;
    final long cyclingPaper;
    final long motionPaper;

    FeedWorld(Fixtures fx, String suffix) {
        this.suffix = suffix;
        long body = fx.body("Stadt Feedheim " + suffix);
        long term = fx.term(body, "Wahlperiode Feedheim", today.minusYears(2), today.plusYears(3));
        committeeName = "Ausschuss für Umwelt Feedheim " + suffix;
        committee = fx.organization(body, committeeName, "COMMITTEE").create();
        hiddenOrganization = fx.organization(body, "NOEFF-org Feed-Ältestenrat " + suffix, "SPECIAL_BODY").nonPublic().create();
        faction = fx.organization(body, "Fraktion Feedgrün " + suffix, "FACTION").create();
        department = fx.organization(body, "Amt für Verkehr Feedheim " + suffix, "ADMINISTRATIVE_UNIT").unitCode("66-" + suffix).create();

        member = fx.person(body, "Feedmann").given("Frieda").create();
        fx.membership(member, committee, today.minusDays(200)).until(today.plusDays(20)).create();
        hiddenPerson = fx.person(body, "NOEFF-person Feedgeheim").create();
        fx.membership(hiddenPerson, hiddenOrganization, today.minusYears(1)).create();

        long townHall = fx.location("Rathaus Feedheim", "Raum 101", "Markt 1");
        nextMeetingStart = Fixtures.berlin(today.plusDays(7), LocalTime.of(17, 0));
        nextMeeting = fx.meeting(body, committee, term, nextMeetingStart).numbered(12, "12. Sitzung").at(townHall).create();
        fx.execute("UPDATE meeting SET end_planned = ? WHERE id = ?", nextMeetingStart.plusHours(2), nextMeeting);
        LocalDate july = LocalDate.of(today.getYear() + (today.getMonthValue() >= 7 ? 1 : 0), 7, 1);
        summerMeetingStart = Fixtures.berlin(july, LocalTime.of(16, 30));
        summerMeeting = fx.meeting(body, committee, term, summerMeetingStart).numbered(14, "14. Sitzung").create();
        cancelledMeeting = fx.meeting(body, committee, term, Fixtures.berlin(today.plusDays(9), LocalTime.of(17, 0)))
                .numbered(13, "13. Sitzung").create();
        fx.execute("UPDATE meeting SET cancelled = true WHERE id = ?", cancelledMeeting);
        closedMeeting = fx.meeting(body, committee, term, Fixtures.berlin(today.plusDays(10), LocalTime.of(18, 0)))
                .numbered(30, "NOEFF-meeting Feed-Klausur").nonPublic().create();
        draftMeeting = fx.meeting(body, committee, term, Fixtures.berlin(today.plusDays(11), LocalTime.of(18, 0)))
                .numbered(31, "NOEFF-meeting Feed-Entwurf").draft().create();
        oldMeeting = fx.meeting(body, committee, term, Fixtures.berlin(today.minusMonths(13), LocalTime.of(17, 0)))
                .numbered(2, "2. Sitzung").create();
        beforeMembership = fx.meeting(body, committee, term, Fixtures.berlin(today.minusDays(250), LocalTime.of(17, 0)))
                .numbered(5, "5. Sitzung").create();
        afterMembership = fx.meeting(body, committee, term, Fixtures.berlin(today.plusDays(40), LocalTime.of(17, 0)))
                .numbered(15, "15. Sitzung").create();
        hiddenOrganizationMeeting = fx.meeting(body, hiddenOrganization, term, Fixtures.berlin(today.plusDays(8), LocalTime.of(15, 0)))
                .numbered(1, "NOEFF-meeting Feed-Ältestenrat").create();

        long decisionProposal = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        long motion = fx.paperType(body, "Antrag", "MOTION", true);
        int year = today.getYear() % 100;
        cyclingReference = String.format("20070-%02d", year);
        motionReference = String.format("20071-%02d", year);
        closedOnlyReference = String.format("20072-%02d", year);
        cyclingPaper = fx.paper(body, decisionProposal, "Radverkehrskonzept Innenstadt").released(cyclingReference, today)
                .underDirectionOf(department).create();
        motionPaper = fx.paper(body, motion, "Mehr Bäume am Markt").released(motionReference, today).create();
        fx.originator(motionPaper, 0, faction);
        long hiddenPaper = fx.paper(body, decisionProposal, "NOEFF-paper Feed-Grundstück").released(String.format("20073-%02d", year), today)
                .nonPublic().underDirectionOf(department).create();
        fx.originator(hiddenPaper, 0, faction);
        long closedOnly = fx.paper(body, decisionProposal, "Nur nichtöffentlich beraten").released(closedOnlyReference, today).create();

        long nextItem = fx.agendaItem(nextMeeting, "1", "Radverkehrskonzept").position(0, 0).create();
        fx.consultation(cyclingPaper, committee, nextMeeting, nextItem, 0, "DECISION", true, null);
        fx.consultation(motionPaper, committee, nextMeeting, fx.agendaItem(nextMeeting, "2", "Bäume").position(1, 1).create(),
                0, "DECISION", true, null);
        fx.consultation(hiddenPaper, committee, nextMeeting, fx.agendaItem(nextMeeting, "3", "NOEFF-item Feed-Grundstück").position(2, 2)
                .nonPublic().create(), 0, "DECISION", true, null);
        fx.consultation(closedOnly, committee, closedMeeting, fx.agendaItem(closedMeeting, "1", "NOEFF-item Feed-Klausurpunkt")
                .position(0, 0).nonPublic().create(), 0, "DECISION", true, null);

        OffsetDateTime heldAt = Fixtures.berlin(today.minusDays(1), LocalTime.of(17, 0));
        heldMeeting = fx.meeting(body, committee, term, heldAt).numbered(11, "11. Sitzung").held(heldAt, heldAt.plusHours(2)).create();
        long heldItem = fx.agendaItem(heldMeeting, "4", "Radverkehrskonzept").position(0, 0).create();
        long step = fx.consultation(cyclingPaper, committee, heldMeeting, heldItem, 1, "DECISION", true, "ADOPTED");
        fx.decision(heldItem, "ADOPTED").on(step).counted(9, 2, 1).create();
        long secretItem = fx.agendaItem(heldMeeting, "5", "NOEFF-item Feed-Personalsache").position(1, 1).nonPublic().create();
        fx.decision(secretItem, "ADOPTED").resolution("NOEFF-decision Feed-Text").unanimous().create();
    }
}
