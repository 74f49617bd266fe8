package org.openris.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openris.file.FileQueries;
import org.openris.meeting.MeetingQueries;
import org.openris.minutes.MinutesQueries;
import org.openris.organization.OrganizationQueries;
import org.openris.paper.PaperQueries;
import org.openris.shared.Viewer;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Members see the non-public material of the organizations they currently belong to (deputies
 * included) and of meetings they attended as substitutes — nobody else does: not members of other
 * bodies, not former members, not the public.
 */
@RisIntegrationTest
class MemberVisibilityTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeetingQueries meetings;
    @Autowired
    PaperQueries papers;
    @Autowired
    FileQueries files;
    @Autowired
    MinutesQueries minutes;
    @Autowired
    OrganizationQueries organizations;

    Viewer member;
    Viewer deputy;
    Viewer substitute;
    Viewer formerMember;
    Viewer otherBodyMember;
    long hiddenItem;
    long otherHiddenItem;
    long hiddenPaper;
    long hiddenAttachment;
    long hiddenMinutes;
    long closedCouncil;
    long draftMeeting;

    @BeforeEach
    void committeeWithNonPublicMaterial() {
        Fixtures fx = new Fixtures(jdbc);
        LocalDate today = LocalDate.now();
        long body = fx.body("Stadt Mitglieder");
        long term = fx.term(body, "WP", today.minusYears(2), today.plusYears(3));
        long committee = fx.organization(body, "Ausschuss A", "COMMITTEE").create();
        long otherCommittee = fx.organization(body, "Ausschuss B", "COMMITTEE").create();
        closedCouncil = fx.organization(body, "Ältestenrat", "SPECIAL_BODY").nonPublic().create();

        long memberPerson = fx.person(body, "Mitglied").create();
        long principal = fx.membership(memberPerson, committee, today.minusYears(2)).create();
        fx.membership(memberPerson, closedCouncil, today.minusYears(2)).create();
        long deputyPerson = fx.person(body, "Stellvertreterin").create();
        fx.membership(deputyPerson, committee, today.minusYears(2)).deputyFor(principal).create();
        long substitutePerson = fx.person(body, "Vertreter").create();
        fx.membership(substitutePerson, otherCommittee, today.minusYears(2)).create();
        long formerPerson = fx.person(body, "Ehemalig").create();
        fx.membership(formerPerson, committee, today.minusYears(2)).until(today.minusMonths(1)).create();
        long otherPerson = fx.person(body, "Fremd").create();
        fx.membership(otherPerson, otherCommittee, today.minusYears(2)).create();
        member = Viewer.member(memberPerson);
        deputy = Viewer.member(deputyPerson);
        substitute = Viewer.member(substitutePerson);
        formerMember = Viewer.member(formerPerson);
        otherBodyMember = Viewer.member(otherPerson);

        long meeting = fx.meeting(body, committee, term, Fixtures.berlin(today.minusMonths(2), LocalTime.of(16, 0)))
                .held(Fixtures.berlin(today.minusMonths(2), LocalTime.of(16, 0)), Fixtures.berlin(today.minusMonths(2), LocalTime.of(18, 0))).create();
        fx.attendance(meeting, "VOTING_MEMBER", 0).member(substitutePerson, principal, null).substituting(memberPerson).create();
        hiddenItem = fx.agendaItem(meeting, "9", "Grundstücksangelegenheit").nonPublic().create();
        long laterMeeting = fx.meeting(body, committee, term, Fixtures.berlin(today.minusMonths(1), LocalTime.of(16, 0))).create();
        otherHiddenItem = fx.agendaItem(laterMeeting, "9", "Personalangelegenheit").nonPublic().create();
        draftMeeting = fx.meeting(body, committee, term, Fixtures.berlin(today.plusMonths(5), LocalTime.of(16, 0))).draft().create();

        long type = fx.paperType(body, "Vorlage", "OTHER", false);
        hiddenPaper = fx.paper(body, type, "Erwerb einer Teilfläche").released("00001-26", today.minusMonths(3)).nonPublic().create();
        fx.consultation(hiddenPaper, committee, meeting, hiddenItem, 0, "DECISION", true, "ADOPTED");
        long publicType = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        long publicPaper = fx.paper(body, publicType, "Radweg").released("00002-26", today.minusMonths(3)).create();
        fx.consultation(publicPaper, committee, null, null, 0, "DECISION", true, null);
        hiddenAttachment = fx.file(body, "Angebotsauswertung", false);
        fx.attachToPaper(publicPaper, hiddenAttachment, "AUXILIARY");

        hiddenMinutes = fx.minutes(meeting, false);
        fx.execute("UPDATE minutes SET content = 'Niederschrift (nichtöffentlich)', content_hash = repeat('a', 64), state = 'SIGNED',"
                + " signed_at = now() WHERE id = ?", hiddenMinutes);
    }

    @Test
    void members_and_deputies_see_the_non_public_material_of_their_committee() {
        for (Viewer entitled : new Viewer[]{member, deputy}) {
            assertThat(meetings.agendaItem(entitled, hiddenItem)).as("item for %s", entitled).isPresent();
            assertThat(meetings.agendaItem(entitled, otherHiddenItem)).isPresent();
            assertThat(papers.findById(entitled, hiddenPaper)).isPresent();
            assertThat(files.findById(entitled, hiddenAttachment)).isPresent();
            assertThat(minutes.findById(entitled, hiddenMinutes)).isPresent();
        }
    }

    @Test
    void a_substitute_sees_the_meeting_they_attended_and_nothing_else_of_that_committee() {
        assertThat(meetings.agendaItem(substitute, hiddenItem)).isPresent();
        assertThat(papers.findById(substitute, hiddenPaper)).isPresent();
        assertThat(meetings.agendaItem(substitute, otherHiddenItem)).isEmpty();
        assertThat(files.findById(substitute, hiddenAttachment)).isEmpty();
    }

    @Test
    void the_public_members_of_other_bodies_and_former_members_see_nothing_of_it() {
        for (Viewer outsider : new Viewer[]{Viewer.anonymous(), otherBodyMember, formerMember}) {
            assertThat(meetings.agendaItem(outsider, hiddenItem)).as("item for %s", outsider).isEmpty();
            assertThat(meetings.agendaItem(outsider, otherHiddenItem)).isEmpty();
            assertThat(papers.findById(outsider, hiddenPaper)).isEmpty();
            assertThat(files.findById(outsider, hiddenAttachment)).isEmpty();
            assertThat(minutes.findById(outsider, hiddenMinutes)).isEmpty();
            assertThat(organizations.findById(outsider, closedCouncil)).isEmpty();
        }
    }

    @Test
    void a_non_public_body_is_visible_to_its_members_and_draft_meetings_to_no_member() {
        assertThat(organizations.findById(member, closedCouncil)).isPresent();
        assertThat(meetings.findById(member, draftMeeting)).isEmpty();
    }

    @Test
    void ending_a_membership_takes_effect_on_the_next_read() {
        assertThat(papers.findById(member, hiddenPaper)).isPresent();
        long person = ((Viewer.Member) member).personId();
        jdbc.sql("UPDATE membership SET end_date = current_date - 1 WHERE person_id = ?").param(person).update();
        assertThat(papers.findById(member, hiddenPaper)).isEmpty();
        assertThat(meetings.agendaItem(member, hiddenItem)).isEmpty();
    }
}
