package org.openris.visibility;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openris.shared.Viewer;
import org.openris.testsupport.Fixtures;

/**
 * Staff who are not entitled to any {@code NOEFF} marker, and what they must not see: the drafts,
 * non-public meetings and minutes of committee A and the drafts of unit 11 and faction F1 (all
 * marked). The staff have non-public material of their own (committee B, unit 21, faction F2,
 * unmarked) so their grants are at work during the sweep; B also has a marked draft paper (clerks
 * see released papers only) and a marked file whose link to B's meeting was removed.
 *
 * <p>Some principals hold every strong role (administrator, clerk of A, author of 11, faction
 * office F1) in a form that must not count: expired, not yet valid, deleted, on a disabled account.
 */
final class StaffContent {

    static final String CLERK_B = "clerk of B";
    static final String AUTHOR_21 = "author of unit 21";
    static final String FACTION_F2 = "faction office F2";
    static final String MEMBER_B_FACTION_F2 = "member of B + faction office F2";
    static final String KINDS = "MEMBER and AUTHOR roles on committee A";
    static final String EXPIRED = "expired roles";
    static final String FUTURE = "future roles";
    static final String DELETED = "deleted roles";
    static final String DISABLED = "disabled account";

    /** Principals with grants of their own; each must see more than the public. */
    final Map<String, Viewer> entitledElsewhere = new LinkedHashMap<>();
    /** Principals whose roles do not count; each must see exactly what the public sees. */
    final Map<String, Viewer> withoutEffectiveRoles = new LinkedHashMap<>();

    StaffContent(Fixtures fx) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        long body = fx.body("Stadt Personal");
        long term = fx.term(body, "WP", today.minusYears(2), today.plusYears(3));
        long committeeA = fx.organization(body, "Ausschuss A", "COMMITTEE").create();
        long committeeB = fx.organization(body, "Ausschuss B", "COMMITTEE").create();
        long unit11 = fx.organization(body, "Fachbereich 11", "ADMINISTRATIVE_UNIT").unitCode("11").create();
        long unit21 = fx.organization(body, "Fachbereich 21", "ADMINISTRATIVE_UNIT").unitCode("21").create();
        long faction1 = fx.organization(body, "Fraktion F1", "FACTION").create();
        long faction2 = fx.organization(body, "Fraktion F2", "FACTION").create();
        long type = fx.paperType(body, "Vorlage", "OTHER", false);

        // committee A: everything non-public is marked
        long draftA = fx.meeting(body, committeeA, term, at(today.plusMonths(1))).numbered(9, "NOEFF-meeting Entwurf A").draft().create();
        fx.agendaItem(draftA, "1", "NOEFF-item in Entwurf A").create();
        fx.attachToMeeting(draftA, fx.file(body, "NOEFF-file Einladung Entwurf A", true), "INVITATION", null);
        fx.meeting(body, committeeA, term, at(today.plusMonths(2))).numbered(10, "NOEFF-meeting nichtöffentlich A").nonPublic().create();
        long meetingA = fx.meeting(body, committeeA, term, at(today.minusMonths(1)))
                .held(at(today.minusMonths(1)), at(today.minusMonths(1)).plusHours(2)).create();
        long itemA = fx.agendaItem(meetingA, "1", "NOEFF-item nichtöffentlich A").nonPublic().create();
        fx.attachToAgendaItem(itemA, fx.file(body, "NOEFF-file Anlage A", false), null);
        long signedA = fx.minutes(meetingA, false);
        fx.execute("UPDATE minutes SET content = 'NOEFF-minutes A', content_hash = repeat('a', 64), signed_at = now(), state = 'SIGNED'"
                + " WHERE id = ?", signedA);
        long draftMinutesA = fx.minutes(meetingA, true);
        fx.execute("UPDATE minutes SET content = 'NOEFF-minutes Entwurf A', file_id = ? WHERE id = ?",
                fx.file(body, "NOEFF-file Niederschrift Entwurf A", false), draftMinutesA);
        long releasedA = fx.paper(body, type, "NOEFF-paper nichtöffentlich A").released("00001-26", today.minusMonths(2)).nonPublic().create();
        fx.consultation(releasedA, committeeA, meetingA, itemA, 0, "DECISION", true, null);
        long withdrawnA = fx.paper(body, type, "NOEFF-paper zurückgezogen A").released("00002-26", today.minusMonths(2)).withdrawn().create();
        fx.consultation(withdrawnA, committeeA, null, null, 0, "DECISION", true, null);

        // drafts of unit 11 and faction F1, marked
        long unitDraft = fx.paper(body, type, "NOEFF-paper Entwurf FB 11").nonPublic().create();
        fx.originator(unitDraft, 0, unit11);
        fx.attachToPaper(unitDraft, fx.file(body, "NOEFF-file Entwurf FB 11", false), "MAIN");
        fx.paper(body, type, "NOEFF-paper Federführung FB 11").underDirectionOf(unit11).nonPublic().create();
        long factionDraft = fx.paper(body, type, "NOEFF-paper Antrag F1").nonPublic().create();
        fx.originator(factionDraft, 0, faction1);
        fx.attachToPaper(factionDraft, fx.file(body, "NOEFF-file Antrag F1", false), "MAIN");
        long factionWithdrawn = fx.paper(body, type, "NOEFF-paper Antrag F1 zurückgezogen").released("00003-26", today.minusMonths(1))
                .withdrawn().nonPublic().create();
        fx.originator(factionWithdrawn, 0, faction1);

        // committee B, unit 21, faction F2: their own non-public material, unmarked, plus two marked traps
        long draftB = fx.meeting(body, committeeB, term, at(today.plusMonths(1))).numbered(5, "Entwurf B").draft().create();
        fx.agendaItem(draftB, "1", "Punkt im Entwurf B").nonPublic().create();
        fx.attachToMeeting(draftB, fx.file(body, "Einladung Entwurf B", false), "INVITATION", null);
        long detached = fx.file(body, "NOEFF-file von Entwurf B gelöst", true);
        fx.attachToMeeting(draftB, detached, "AUXILIARY", null);
        fx.execute("UPDATE meeting_file SET deleted_at = now() WHERE file_id = ?", detached);
        long minutesB = fx.minutes(draftB, true);
        fx.execute("UPDATE minutes SET content = 'Niederschrift Entwurf B' WHERE id = ?", minutesB);
        long releasedB = fx.paper(body, type, "Vorlage B").released("00004-26", today.minusMonths(2)).nonPublic().create();
        fx.consultation(releasedB, committeeB, null, null, 0, "DECISION", true, null);
        long draftForB = fx.paper(body, type, "NOEFF-paper Entwurf zur Beratung in B").nonPublic().create();
        fx.consultation(draftForB, committeeB, null, null, 0, "DECISION", true, null);
        long unit21Draft = fx.paper(body, type, "Entwurf FB 21").nonPublic().create();
        fx.originator(unit21Draft, 0, unit21);
        fx.attachToPaper(unit21Draft, fx.file(body, "Entwurf FB 21", false), "MAIN");
        long faction2Draft = fx.paper(body, type, "Antrag F2").nonPublic().create();
        fx.originator(faction2Draft, 0, faction2);
        long memberOfB = fx.person(body, "Mitglied B").create();
        fx.membership(memberOfB, committeeB, today.minusYears(1)).create();

        entitledElsewhere.put(CLERK_B, staff(fx, "sd-b", null, "CLERK", committeeB));
        entitledElsewhere.put(AUTHOR_21, staff(fx, "autor-21", null, "AUTHOR", unit21));
        entitledElsewhere.put(FACTION_F2, staff(fx, "fraktion-f2", null, "FACTION_OFFICE", faction2));
        entitledElsewhere.put(MEMBER_B_FACTION_F2, staff(fx, "mitglied-f2", memberOfB, "FACTION_OFFICE", faction2));

        long kinds = fx.user("rollen-auf-a@personal").create();
        fx.role(kinds, "MEMBER", committeeA).create();
        fx.role(kinds, "AUTHOR", committeeA).create();
        withoutEffectiveRoles.put(KINDS, Viewer.user(kinds, null));
        long[] strong = {committeeA, unit11, faction1};
        withoutEffectiveRoles.put(EXPIRED, strongRoles(fx, "abgelaufen", today.minusYears(1), today.minusDays(1), strong));
        withoutEffectiveRoles.put(FUTURE, strongRoles(fx, "kuenftig", today.plusDays(1), null, strong));
        Viewer deleted = strongRoles(fx, "geloescht", null, null, strong);
        fx.execute("UPDATE user_role SET deleted_at = now() WHERE user_id = ?", ((Viewer.User) deleted).userId());
        withoutEffectiveRoles.put(DELETED, deleted);
        Viewer disabled = strongRoles(fx, "gesperrt", null, null, strong);
        fx.execute("UPDATE app_user SET enabled = false WHERE id = ?", ((Viewer.User) disabled).userId());
        withoutEffectiveRoles.put(DISABLED, disabled);
    }

    private static Viewer staff(Fixtures fx, String username, Long person, String role, long organization) {
        var user = fx.user(username + "@personal");
        if (person != null) {
            user.person(person);
        }
        long id = user.create();
        fx.role(id, role, organization).create();
        return Viewer.user(id, person);
    }

    /** Administrator, clerk of A, author of unit 11 and faction office F1 at once, all with the same validity. */
    private static Viewer strongRoles(Fixtures fx, String username, LocalDate from, LocalDate until, long[] aUnitFaction) {
        long id = fx.user(username + "@personal").create();
        fx.role(id, "ADMINISTRATOR", null).valid(from, until).create();
        fx.role(id, "CLERK", aUnitFaction[0]).valid(from, until).create();
        fx.role(id, "AUTHOR", aUnitFaction[1]).valid(from, until).create();
        fx.role(id, "FACTION_OFFICE", aUnitFaction[2]).valid(from, until).create();
        return Viewer.user(id, null);
    }

    private static OffsetDateTime at(LocalDate day) {
        return Fixtures.berlin(day, LocalTime.of(16, 0));
    }
}
