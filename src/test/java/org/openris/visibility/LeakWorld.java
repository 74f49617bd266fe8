package org.openris.visibility;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.openris.identity.Accounts;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.MemberLogin;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A city for the leak matrix with principals (TESTING.md §A). Non-public content of committee A
 * carries {@code NOEFFA-} markers, that of committee B {@code NOEFFB-}, and content nobody but the
 * council office may see (drafts) plain {@code NOEFF-}. Every marker contains "noeff", so a
 * principal entitled to nothing must never see that string; the member of A may see "noeffa-"
 * only, the appointed citizen of B "noeffb-" only.
 *
 * <p>Principals (accounts with a confirmed second factor): the member of A (positive control), a
 * former member of A, an appointed citizen member (sB) of B only, a member of another body, the
 * council-office clerk of A (positive control for staff: also sees A's draft meeting, marked
 * {@code NOEFF-draft…}) and an author of another administrative unit (sees nothing non-public).
 */
final class LeakWorld {

    final String memberOfA;
    final String formerMemberOfA;
    final String citizenMemberOfB;
    final String memberOfOtherBody;
    final String clerkOfA;
    final String authorOfOtherUnit;
    final long body;

    LeakWorld(Fixtures fx, Accounts accounts, JdbcClient jdbc, String suffix) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        body = fx.body("Stadt Prüfstand " + suffix);
        long term = fx.term(body, "Wahlperiode Prüfstand", today.minusYears(1), today.plusYears(4));
        long council = fx.organization(body, "Rat Prüfstand", "COUNCIL").create();
        long committeeA = fx.organization(body, "Ausschuss A Prüfstand", "COMMITTEE").create();
        long committeeB = fx.organization(body, "Ausschuss B Prüfstand", "COMMITTEE").create();
        long faction = fx.organization(body, "Fraktion Prüfstand", "FACTION").create();

        long personA = fx.person(body, "Amsel").given("Anna").create();
        fx.membership(personA, council, today.minusYears(1)).create();
        fx.membership(personA, committeeA, today.minusYears(1)).create();
        long personFormer = fx.person(body, "Früher").given("Franz").create();
        fx.membership(personFormer, committeeA, today.minusYears(3)).until(today.minusMonths(2)).create();
        long personB = fx.person(body, "Bürger").given("Berta").create();
        fx.membership(personB, committeeB, today.minusYears(1)).citizenMember(faction).create();

        long otherBody = fx.body("Gemeinde Nachbarort " + suffix);
        long otherCommittee = fx.organization(otherBody, "Ausschuss Nachbarort", "COMMITTEE").create();
        long personOther = fx.person(otherBody, "Nachbar").given("Nora").create();
        fx.membership(personOther, otherCommittee, today.minusYears(1)).create();

        long type = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        committeeContent(fx, body, term, committeeA, type, "NOEFFA", today, 1, personA);
        committeeContent(fx, body, term, committeeB, type, "NOEFFB", today, 2, personB);

        // nobody outside the council office: a draft paper and a draft meeting of A
        long draft = fx.paper(body, type, "NOEFF-authordraft Vorlage im Entwurf").create();
        fx.consultation(draft, committeeA, null, null, 0, "DECISION", true, null);
        long draftMeeting = fx.meeting(body, committeeA, term, Fixtures.berlin(today.plusDays(20), LocalTime.of(17, 0)))
                .numbered(9, "NOEFF-draftmeeting Entwurf").draft().create();
        fx.agendaItem(draftMeeting, "1", "NOEFF-draftitem Punkt").position(0, 0).create();

        memberOfA = account(accounts, jdbc, "leak-a-" + suffix, personA);
        formerMemberOfA = account(accounts, jdbc, "leak-former-" + suffix, personFormer);
        citizenMemberOfB = account(accounts, jdbc, "leak-sb-" + suffix, personB);
        memberOfOtherBody = account(accounts, jdbc, "leak-other-" + suffix, personOther);
        clerkOfA = staff(accounts, jdbc, "leak-clerk-" + suffix, "CLERK", committeeA);
        long otherUnit = fx.organization(body, "Amt für Anderes Prüfstand", "ADMINISTRATIVE_UNIT").unitCode("99-" + suffix).create();
        authorOfOtherUnit = staff(accounts, jdbc, "leak-author-" + suffix, "AUTHOR", otherUnit);
    }

    /**
     * An upcoming public meeting with a non-public item, paper and files, a closed meeting, signed non-public minutes and
     * public minutes released for signature (designated signer: {@code signer}).
     */
    private static void committeeContent(Fixtures fx, long body, long term, long committee, long type, String marker,
                                         LocalDate today, int number, long signer) {
        long meeting = fx.meeting(body, committee, term, Fixtures.berlin(today.plusDays(7 + number), LocalTime.of(16, 0)))
                .numbered(number, number + ". Sitzung").create();
        long publicItem = fx.agendaItem(meeting, "1", "Öffentlicher Punkt " + number).position(0, 0).create();
        long hiddenItem = fx.agendaItem(meeting, "2", marker + "-item Grundstücksangelegenheit").position(1, 1).nonPublic().create();
        long publicPaper = fx.paper(body, type, "Öffentliche Vorlage " + number).released(String.format("%05d-26", 100 + number), today.minusDays(5)).create();
        long hiddenPaper = fx.paper(body, type, marker + "-paper Kaufpreis").released(String.format("%05d-26", 200 + number), today.minusDays(5))
                .nonPublic().create();
        fx.consultation(publicPaper, committee, meeting, publicItem, 0, "DECISION", true, null);
        fx.consultation(hiddenPaper, committee, meeting, hiddenItem, 0, "DECISION", true, null);
        fx.attachToPaper(hiddenPaper, fx.file(body, marker + "-file Wertgutachten", false), "MAIN");
        fx.attachToAgendaItem(hiddenItem, fx.file(body, marker + "-file nachgereichte Tischvorlage", false), "Anlage 1");
        fx.execute("INSERT INTO agenda_item_link (agenda_item_id, label, title, url) VALUES (?, 'Anlage 2', ?, 'https://video.example.org/x')",
                hiddenItem, marker + "-link Video");
        fx.attachToPaper(publicPaper, fx.file(body, "Öffentliche Anlage " + number, true), "MAIN");

        long closed = fx.meeting(body, committee, term, Fixtures.berlin(today.plusDays(14 + number), LocalTime.of(18, 0)))
                .numbered(10 + number, marker + "-meeting Klausurtagung").nonPublic().create();
        long closedItem = fx.agendaItem(closed, "1", marker + "-item Personalangelegenheit").position(0, 0).nonPublic().create();
        // the public paper is discussed again in the closed meeting: that step of its path stays hidden
        fx.consultation(publicPaper, committee, closed, closedItem, 1, "RECOMMENDATION", false, null);

        long past = fx.meeting(body, committee, term, Fixtures.berlin(today.minusDays(30), LocalTime.of(16, 0)))
                .numbered(20 + number, (20 + number) + ". Sitzung")
                .held(Fixtures.berlin(today.minusDays(30), LocalTime.of(16, 0)), Fixtures.berlin(today.minusDays(30), LocalTime.of(18, 0)))
                .create();
        long pastItem = fx.agendaItem(past, "1", marker + "-item Vertragsangelegenheit").position(0, 0).nonPublic()
                .minutes(marker + "-item Aussprache").resolution(marker + "-item Beschluss", "beschlossen").create();
        fx.decision(pastItem, "ADOPTED").resolution(marker + "-decision Beschlusstext").counted(9, 2, 1).create();
        long pastPublicItem = fx.agendaItem(past, "2", "Mitteilungen " + number).position(1, 1).create();
        fx.decision(pastPublicItem, "NOTED").create();
        long minutes = fx.minutes(past, false);
        fx.execute("UPDATE minutes SET content = ?, content_hash = repeat('a', 64), state = 'SIGNED', signed_at = now() WHERE id = ?",
                marker + "-minutes nichtöffentlicher Teil", minutes);
        // the public part released for signature: only its designated signer (a member of this committee) reads it
        long released = fx.minutes(past, true);
        fx.execute("UPDATE minutes SET content = ?, content_hash = repeat('b', 64), state = 'IN_SIGNATURE', released_at = now() WHERE id = ?",
                "<p>" + marker + "-minutes zur Unterschrift freigegeben</p>", released);
        fx.signature(released, 0, signer, "CO_SIGNER", "Ratsmitglied");
    }

    private static String staff(Accounts accounts, JdbcClient jdbc, String username, String role, long organization) {
        long id = MemberLogin.enrolledAccount(accounts, jdbc, username, null);
        accounts.grantRole(id, role, organization);
        return username;
    }

    private static String account(Accounts accounts, JdbcClient jdbc, String username, long person) {
        MemberLogin.enrolledAccount(accounts, jdbc, username, person);
        return username;
    }
}
