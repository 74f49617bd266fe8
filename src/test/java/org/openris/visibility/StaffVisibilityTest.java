package org.openris.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.meeting.MeetingQueries;
import org.openris.paper.PaperQueries;
import org.openris.shared.Viewer;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The roles matrix of {@code docs/security.md}, cell by cell: for every principal (public, member,
 * faction office, department author, council office, administrator, and staff whose role expired,
 * starts later, was deleted or whose account is disabled) and every object of every kind, the
 * gate answers exactly as documented — each principal has a positive and a negative cell in every
 * object kind.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffVisibilityTest {

    private static final String PUBLIC = "public";
    private static final String MEMBER = "member A";
    private static final String FACTION = "faction F1";
    private static final String OTHER_FACTION = "faction F2";
    private static final String AUTHOR = "author 10";
    private static final String OTHER_AUTHOR = "author 20";
    private static final String CLERK = "clerk A+K";
    private static final String OTHER_CLERK = "clerk B";
    private static final String JOINT_CLERK = "clerk J";
    private static final String ADMIN = "admin";
    private static final String EXPIRED = "expired roles";
    private static final String FUTURE = "future roles";
    private static final String DELETED = "deleted roles";
    private static final String DISABLED = "disabled account";
    private static final String MEMBER_ROLE = "MEMBER role on A";
    private static final String MEMBER_AND_FACTION = "member A + faction F1";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    VisibilityRules rules;
    @Autowired
    MeetingQueries meetings;
    @Autowired
    PaperQueries papers;

    private final Map<String, Viewer> principals = new LinkedHashMap<>();
    private final List<Probe> probes = new ArrayList<>();
    private Fixtures fx;
    private long body;
    private long committeeA;
    private long draftMeetingA;
    private long factionDraft;

    /** One object and who may see it; everyone else must not. */
    private record Probe(String kind, String label, String table, long id, Function<Viewer, String> condition, Set<String> seenBy) {
    }

    @BeforeAll
    void cityWithStaff() {
        fx = new Fixtures(jdbc);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        body = fx.body("Stadt Rollen");
        long term = fx.term(body, "WP", today.minusYears(2), today.plusYears(3));
        committeeA = fx.organization(body, "Ausschuss A", "COMMITTEE").create();
        long committeeB = fx.organization(body, "Ausschuss B", "COMMITTEE").create();
        long committeeJ = fx.organization(body, "Ausschuss J", "COMMITTEE").create();
        long closedK = fx.organization(body, "Ältestenrat K", "SPECIAL_BODY").nonPublic().create();
        long faction1 = fx.organization(body, "Fraktion F1", "FACTION").nonPublic().create();
        long faction2 = fx.organization(body, "Fraktion F2", "FACTION").create();
        long unit10 = fx.organization(body, "Fachbereich 10", "ADMINISTRATIVE_UNIT").unitCode("10").create();
        long unit20 = fx.organization(body, "Fachbereich 20", "ADMINISTRATIVE_UNIT").unitCode("20").create();
        long deletedOrg = fx.organization(body, "Aufgelöst", "COMMITTEE").create();
        fx.execute("UPDATE organization SET deleted_at = now() WHERE id = ?", deletedOrg);

        long memberPerson = fx.person(body, "Mitglied").email("mitglied@example.org", false).create();
        long memberMembership = fx.membership(memberPerson, committeeA, today.minusYears(1)).create();
        long consenting = fx.person(body, "Offen").email("offen@example.org", true).create();
        fx.membership(consenting, committeeA, today.minusYears(1)).create();
        long anonymised = fx.person(body, "Anonymisiert").email("alt@example.org", true).create();
        fx.membership(anonymised, committeeA, today.minusYears(1)).create();
        fx.execute("UPDATE person SET anonymised_at = now() WHERE id = ?", anonymised);
        long closedPerson = fx.person(body, "Nur im Ältestenrat").create();
        long closedMembership = fx.membership(closedPerson, closedK, today.minusYears(1)).create();
        long loner = fx.person(body, "Ohne Mandat").create();
        long deletedPerson = fx.person(body, "Gelöscht").create();
        long deletedMembership = fx.membership(deletedPerson, committeeA, today.minusYears(1)).create();
        fx.execute("UPDATE person SET deleted_at = now() WHERE id = ?", deletedPerson);
        fx.execute("UPDATE membership SET deleted_at = now() WHERE id = ?", deletedMembership);

        principals.put(PUBLIC, Viewer.anonymous());
        principals.put(MEMBER, Viewer.member(memberPerson));
        principals.put(FACTION, staff("fraktion1", null, "FACTION_OFFICE", faction1));
        principals.put(OTHER_FACTION, staff("fraktion2", null, "FACTION_OFFICE", faction2));
        principals.put(AUTHOR, staff("autor10", null, "AUTHOR", unit10));
        principals.put(OTHER_AUTHOR, staff("autor20", null, "AUTHOR", unit20));
        Viewer clerk = staff("sitzungsdienst-a", null, "CLERK", committeeA);
        long clerkUser = ((Viewer.User) clerk).userId();
        fx.role(clerkUser, "CLERK", closedK).valid(today.minusYears(1), today).create();  // valid through today
        principals.put(CLERK, clerk);
        principals.put(OTHER_CLERK, staff("sitzungsdienst-b", null, "CLERK", committeeB));
        principals.put(JOINT_CLERK, staff("sitzungsdienst-j", null, "CLERK", committeeJ));
        principals.put(ADMIN, staff("admin", null, "ADMINISTRATOR", null));
        principals.put(EXPIRED, formerStaff("abgelaufen", today.minusYears(1), today.minusDays(1), closedK));
        principals.put(FUTURE, formerStaff("kuenftig", today.plusDays(1), null, closedK));
        Viewer deleted = formerStaff("geloescht", null, null, closedK);
        fx.execute("UPDATE user_role SET deleted_at = now() WHERE user_id = ?", ((Viewer.User) deleted).userId());
        principals.put(DELETED, deleted);
        Viewer disabled = formerStaff("gesperrt", null, null, closedK);
        fx.execute("UPDATE app_user SET enabled = false WHERE id = ?", ((Viewer.User) disabled).userId());
        principals.put(DISABLED, disabled);
        principals.put(MEMBER_ROLE, staff("nur-mitglied", null, "MEMBER", committeeA));
        principals.put(MEMBER_AND_FACTION, staff("mitglied-fraktion", memberPerson, "FACTION_OFFICE", faction1));

        // ---- meetings, agenda items, decisions, minutes
        long room = fx.location("Rathaus", "Saal 1", "Markt 1");
        long draftRoom = fx.location("Schule", "Aula", "Schulweg 2");
        long privateAddress = fx.location("Privat", null, "Gartenweg 3");
        fx.execute("UPDATE person SET location_id = ? WHERE id = ?", privateAddress, loner);
        long deletedLocation = fx.location("Abgerissen", null, "Altweg 4");
        fx.execute("UPDATE location SET deleted_at = now() WHERE id = ?", deletedLocation);

        long meetingA = fx.meeting(body, committeeA, term, at(today.minusMonths(1))).at(room)
                .held(at(today.minusMonths(1)), at(today.minusMonths(1)).plusHours(2)).create();
        long closedMeetingA = fx.meeting(body, committeeA, term, at(today.minusMonths(2))).nonPublic().create();
        draftMeetingA = fx.meeting(body, committeeA, term, at(today.plusMonths(2))).at(draftRoom).draft().create();
        long jointDraft = fx.meeting(body, committeeA, term, at(today.plusMonths(3))).draft().create();
        fx.jointOrganization(jointDraft, committeeJ, 1);
        long draftMeetingB = fx.meeting(body, committeeB, term, at(today.plusMonths(2))).draft().create();
        long deletedMeeting = fx.meeting(body, committeeA, term, at(today.plusMonths(4))).draft().create();

        long publicItem = fx.agendaItem(meetingA, "1", "Öffentlich").create();
        long hiddenItem = fx.agendaItem(meetingA, "2", "Grundstück").nonPublic().create();
        long draftItem = fx.agendaItem(draftMeetingA, "1", "Entwurfspunkt").create();
        long deletedItem = fx.agendaItem(draftMeetingA, "2", "Gestrichen").create();
        long publicDecision = fx.decision(publicItem, "ADOPTED").unanimous().create();
        long hiddenDecision = fx.decision(hiddenItem, "ADOPTED").unanimous().create();
        long deletedDecision = fx.decision(draftItem, "REJECTED").create();

        long publishedMinutes = fx.minutes(meetingA, true);
        fx.execute("UPDATE minutes SET content_hash = repeat('a', 64), signed_at = now(), approved_at = now(), published_at = now(),"
                + " state = 'PUBLISHED' WHERE id = ?", publishedMinutes);
        long signedMinutes = fx.minutes(meetingA, false);
        fx.execute("UPDATE minutes SET content_hash = repeat('a', 64), signed_at = now(), state = 'SIGNED' WHERE id = ?", signedMinutes);
        long draftMinutes = jdbc.sql("INSERT INTO minutes (meeting_id, public_part, version) VALUES (?, true, 2) RETURNING id")
                .param(meetingA).query(Long.class).single();
        long jointDraftMinutes = fx.minutes(jointDraft, true);
        long deletedMinutes = fx.minutes(closedMeetingA, false);

        // ---- papers and consultations
        long type = fx.paperType(body, "Vorlage", "OTHER", false);
        long publicPaper = fx.paper(body, type, "Radweg").released("00001-26", today.minusMonths(2)).create();
        long hiddenPaperA = fx.paper(body, type, "Erwerb").released("00002-26", today.minusMonths(2)).nonPublic().create();
        long withdrawnA = fx.paper(body, type, "Zurückgezogen").released("00003-26", today.minusMonths(2)).withdrawn().nonPublic().create();
        long draftConsultedA = fx.paper(body, type, "Entwurf FB 10").nonPublic().create();
        fx.originator(draftConsultedA, 0, unit10);
        factionDraft = fx.paper(body, type, "Antrag F1 Entwurf").nonPublic().create();
        fx.originator(factionDraft, 0, faction1);
        long factionWithdrawn = fx.paper(body, type, "Antrag F1").released("00004-26", today.minusMonths(1)).withdrawn().nonPublic().create();
        fx.originator(factionWithdrawn, 0, faction1);
        long directed = fx.paper(body, type, "Anfrage F2, Federführung FB 10").underDirectionOf(unit10).nonPublic().create();
        fx.originator(directed, 0, faction2);
        long hiddenPaperB = fx.paper(body, type, "Vorlage B").released("00005-26", today.minusMonths(2)).nonPublic().create();
        long deletedDraft = fx.paper(body, type, "Antrag F1 verworfen").nonPublic().create();
        fx.originator(deletedDraft, 0, faction1);
        long deletedPublic = fx.paper(body, type, "Gelöscht").released("00006-26", today.minusMonths(2)).create();
        fx.execute("UPDATE paper SET deleted_at = now() WHERE id IN (?, ?)", deletedDraft, deletedPublic);

        long publicConsultation = fx.consultation(publicPaper, committeeA, meetingA, publicItem, 0, "DECISION", true, "ADOPTED");
        long hiddenConsultation = fx.consultation(hiddenPaperA, committeeA, meetingA, hiddenItem, 0, "DECISION", true, "ADOPTED");
        fx.consultation(withdrawnA, committeeA, null, null, 0, "DECISION", true, null);
        fx.consultation(draftConsultedA, committeeA, null, null, 0, "DECISION", true, null);
        long factionConsultation = fx.consultation(factionDraft, committeeA, null, null, 0, "DECISION", true, null);
        fx.consultation(hiddenPaperB, committeeB, null, null, 0, "DECISION", true, null);
        long deletedConsultation = fx.consultation(publicPaper, committeeB, null, null, 1, "TO_NOTE", false, null);
        fx.execute("UPDATE consultation SET deleted_at = now() WHERE id = ?", deletedConsultation);

        // ---- files
        long publicFile = fx.file(body, "Plan", true);
        fx.attachToPaper(publicPaper, publicFile, "MAIN");
        long factionFile = fx.file(body, "Antragstext F1", false);
        fx.attachToPaper(factionDraft, factionFile, "MAIN");
        long authorFile = fx.file(body, "Entwurf FB 10", false);
        fx.attachToPaper(draftConsultedA, authorFile, "MAIN");
        long itemFile = fx.file(body, "Wertgutachten", false);
        fx.attachToAgendaItem(hiddenItem, itemFile, "Anlage 1");
        long invitation = fx.file(body, "Einladung Entwurf", true);
        fx.attachToMeeting(draftMeetingA, invitation, "INVITATION", null);
        long minutesFile = fx.file(body, "Niederschrift Entwurf", false);
        fx.execute("UPDATE minutes SET file_id = ? WHERE id = ?", minutesFile, draftMinutes);
        long sharedFile = fx.file(body, "Gemeinsame Anlage A und B", false);
        fx.attachToPaper(hiddenPaperA, sharedFile, "AUXILIARY");
        fx.attachToPaper(hiddenPaperB, sharedFile, "AUXILIARY");
        long orphan = fx.file(body, "Ohne Zuordnung", true);
        long deletedFile = fx.file(body, "Gelöschte Anlage", false);
        fx.attachToPaper(factionDraft, deletedFile, "AUXILIARY");
        fx.execute("UPDATE stored_file SET deleted_at = now() WHERE id = ?", deletedFile);

        fx.execute("UPDATE meeting SET deleted_at = now() WHERE id = ?", deletedMeeting);
        fx.execute("UPDATE agenda_item SET deleted_at = now() WHERE id = ?", deletedItem);
        fx.execute("UPDATE decision SET deleted_at = now() WHERE id = ?", deletedDecision);
        fx.execute("UPDATE minutes SET deleted_at = now() WHERE id = ?", deletedMinutes);

        // ---- the matrix
        String[] members = {MEMBER, MEMBER_AND_FACTION, CLERK, ADMIN};
        String[] clerkOnly = {CLERK, ADMIN};
        meeting("public meeting of A", meetingA, all());
        meeting("non-public meeting of A", closedMeetingA, members);
        meeting("draft meeting of A", draftMeetingA, clerkOnly);
        meeting("draft joint meeting A + J", jointDraft, CLERK, JOINT_CLERK, ADMIN);
        meeting("draft meeting of B", draftMeetingB, OTHER_CLERK, ADMIN);
        meeting("deleted meeting of A", deletedMeeting);
        probe("agendaItem", "public item", "agenda_item", publicItem, v -> rules.agendaItem("t", v), all());
        probe("agendaItem", "non-public item", "agenda_item", hiddenItem, v -> rules.agendaItem("t", v), members);
        probe("agendaItem", "item of a draft meeting", "agenda_item", draftItem, v -> rules.agendaItem("t", v), clerkOnly);
        probe("agendaItem", "deleted item", "agenda_item", deletedItem, v -> rules.agendaItem("t", v));
        paper("public paper", publicPaper, all());
        paper("non-public paper consulted by A", hiddenPaperA, members);
        paper("withdrawn paper consulted by A", withdrawnA, clerkOnly);
        paper("draft of unit 10 consulted by A", draftConsultedA, AUTHOR, ADMIN);
        paper("draft of faction F1", factionDraft, FACTION, MEMBER_AND_FACTION, ADMIN);
        paper("withdrawn motion of faction F1", factionWithdrawn, FACTION, MEMBER_AND_FACTION, ADMIN);
        paper("draft by F2 directed by unit 10", directed, OTHER_FACTION, AUTHOR, ADMIN);
        paper("non-public paper consulted by B", hiddenPaperB, OTHER_CLERK, ADMIN);
        paper("deleted draft of faction F1", deletedDraft);
        paper("deleted public paper", deletedPublic);
        probe("consultation", "public consultation", "consultation", publicConsultation, v -> rules.consultation("t", v), all());
        probe("consultation", "in a non-public item", "consultation", hiddenConsultation, v -> rules.consultation("t", v), members);
        probe("consultation", "of the F1 draft", "consultation", factionConsultation, v -> rules.consultation("t", v),
                FACTION, MEMBER_AND_FACTION, ADMIN);
        probe("consultation", "deleted", "consultation", deletedConsultation, v -> rules.consultation("t", v));
        probe("decision", "on a public item", "decision", publicDecision, v -> rules.decision("t", v), all());
        probe("decision", "on a non-public item", "decision", hiddenDecision, v -> rules.decision("t", v), members);
        probe("decision", "deleted", "decision", deletedDecision, v -> rules.decision("t", v));
        probe("minutes", "published public part", "minutes", publishedMinutes, v -> rules.minutes("t", v), all());
        probe("minutes", "signed non-public part", "minutes", signedMinutes, v -> rules.minutes("t", v), members);
        probe("minutes", "draft", "minutes", draftMinutes, v -> rules.minutes("t", v), clerkOnly);
        probe("minutes", "draft of joint meeting", "minutes", jointDraftMinutes, v -> rules.minutes("t", v), CLERK, JOINT_CLERK, ADMIN);
        probe("minutes", "deleted", "minutes", deletedMinutes, v -> rules.minutes("t", v));
        file("public file of a public paper", publicFile, all());
        file("file of the F1 draft", factionFile, FACTION, MEMBER_AND_FACTION, ADMIN);
        file("file of the unit 10 draft", authorFile, AUTHOR, ADMIN);
        file("file of a non-public item", itemFile, members);
        file("invitation of a draft meeting", invitation, clerkOnly);
        file("file of draft minutes", minutesFile, clerkOnly);
        file("file shared by papers of A and B", sharedFile, CLERK, OTHER_CLERK, ADMIN);
        file("file attached to nothing", orphan, ADMIN);
        file("deleted file of the F1 draft", deletedFile);
        probe("organization", "committee A", "organization", committeeA, v -> rules.organization("t", v), all());
        probe("organization", "non-public K", "organization", closedK, v -> rules.organization("t", v), clerkOnly);
        probe("organization", "non-public faction F1", "organization", faction1, v -> rules.organization("t", v), ADMIN);
        probe("organization", "deleted", "organization", deletedOrg, v -> rules.organization("t", v));
        probe("person", "member of A", "person", memberPerson, v -> rules.person("t", v), all());
        probe("person", "member of K only", "person", closedPerson, v -> rules.person("t", v), clerkOnly);
        probe("person", "without membership", "person", loner, v -> rules.person("t", v), ADMIN);
        probe("person", "deleted", "person", deletedPerson, v -> rules.person("t", v));
        probe("personContact", "with consent", "person", consenting, v -> contact(v), all());
        probe("personContact", "without consent", "person", memberPerson, v -> contact(v), ADMIN);
        probe("personContact", "anonymised", "person", anonymised, v -> contact(v));
        probe("location", "room of a public meeting", "location", room, v -> rules.location("t", v), all());
        probe("location", "room of a draft meeting", "location", draftRoom, v -> rules.location("t", v), clerkOnly);
        probe("location", "private address", "location", privateAddress, v -> rules.location("t", v), ADMIN);
        probe("location", "deleted", "location", deletedLocation, v -> rules.location("t", v));
        probe("membership", "in A", "membership", memberMembership, v -> rules.membership("t", v), all());
        probe("membership", "in non-public K", "membership", closedMembership, v -> rules.membership("t", v), clerkOnly);
        probe("membership", "deleted", "membership", deletedMembership, v -> rules.membership("t", v));
        probe("tombstone", "deleted public paper", "paper", deletedPublic, v -> rules.tombstone(rules.paper("t", v), "t"), all());
        probe("tombstone", "deleted F1 draft", "paper", deletedDraft, v -> rules.tombstone(rules.paper("t", v), "t"),
                FACTION, MEMBER_AND_FACTION, ADMIN);
        probe("tombstone", "live paper", "paper", publicPaper, v -> rules.tombstone(rules.paper("t", v), "t"));
    }

    @Test
    void every_principal_sees_exactly_the_documented_cells() {
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        List<String> names = new ArrayList<>(principals.keySet());
        for (int i = 0; i < names.size(); i++) {
            table.append(String.format("%52s%-2s %s%n", "", (char) ('a' + i), names.get(i)));
        }
        for (Probe probe : probes) {
            StringBuilder row = new StringBuilder();
            for (Map.Entry<String, Viewer> principal : principals.entrySet()) {
                boolean seen = visible(probe, principal.getValue());
                row.append(seen ? 'x' : '.');
                if (seen != probe.seenBy().contains(principal.getKey())) {
                    wrong.add(probe.kind() + " '" + probe.label() + "' " + (seen ? "visible" : "hidden") + " for " + principal.getKey());
                }
            }
            table.append(String.format("%-14s %-38s %s%n", probe.kind(), probe.label(), row));
        }
        System.out.print(table);
        System.out.printf("staff visibility matrix: %d principals x %d objects = %d cells, %d not as documented%n",
                principals.size(), probes.size(), principals.size() * probes.size(), wrong.size());
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_matrix_has_a_positive_and_a_negative_cell_for_every_principal_and_object_kind() {
        Set<String> kinds = new LinkedHashSet<>();
        probes.forEach(p -> kinds.add(p.kind()));
        assertThat(kinds).containsExactlyInAnyOrder("meeting", "agendaItem", "paper", "consultation", "decision", "minutes", "file",
                "organization", "person", "personContact", "location", "membership", "tombstone");
        for (String principal : principals.keySet()) {
            for (String kind : kinds) {
                List<Probe> ofKind = probes.stream().filter(p -> p.kind().equals(kind)).toList();
                assertThat(ofKind).as("%s: an object of kind %s the principal sees", principal, kind).anyMatch(p -> p.seenBy().contains(principal));
                assertThat(ofKind).as("%s: an object of kind %s the principal does not see", principal, kind).anyMatch(p -> !p.seenBy().contains(principal));
            }
        }
    }

    @Test
    void revoking_or_ending_a_role_takes_effect_on_the_next_read() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        Viewer clerk = staff("vertretung-a", null, "CLERK", committeeA);
        long user = ((Viewer.User) clerk).userId();
        assertThat(meetings.findById(clerk, draftMeetingA)).isPresent();
        fx.execute("UPDATE user_role SET valid_until = ? WHERE user_id = ?", today.minusDays(1), user);
        assertThat(meetings.findById(clerk, draftMeetingA)).isEmpty();
        fx.execute("UPDATE user_role SET valid_until = NULL WHERE user_id = ?", user);
        assertThat(meetings.findById(clerk, draftMeetingA)).isPresent();
        fx.execute("UPDATE user_role SET deleted_at = now() WHERE user_id = ?", user);
        assertThat(meetings.findById(clerk, draftMeetingA)).isEmpty();

        Viewer faction = principals.get(FACTION);
        assertThat(papers.findById(faction, factionDraft)).isPresent();
        long factionUser = ((Viewer.User) faction).userId();
        fx.execute("UPDATE app_user SET enabled = false WHERE id = ?", factionUser);
        assertThat(papers.findById(faction, factionDraft)).isEmpty();
        fx.execute("UPDATE app_user SET enabled = true WHERE id = ?", factionUser);
        assertThat(papers.findById(faction, factionDraft)).isPresent();
    }

    @Test
    void every_condition_is_true_or_false_never_null_for_every_principal() {
        // the gate also uses its rules negated (a file is hidden if NOT paper(...)); NULL would open it
        List<Map.Entry<String, Function<Viewer, String>>> conditions = List.of(
                Map.entry("meeting", v -> rules.meeting("t", v)),
                Map.entry("agenda_item", v -> rules.agendaItem("t", v)),
                Map.entry("paper", v -> rules.paper("t", v)),
                Map.entry("consultation", v -> rules.consultation("t", v)),
                Map.entry("decision", v -> rules.decision("t", v)),
                Map.entry("minutes", v -> rules.minutes("t", v)),
                Map.entry("stored_file", v -> rules.file("t", v)),
                Map.entry("organization", v -> rules.organization("t", v)),
                Map.entry("person", v -> rules.person("t", v)),
                Map.entry("person", v -> rules.personContact("t", v)),
                Map.entry("location", v -> rules.location("t", v)),
                Map.entry("membership", v -> rules.membership("t", v)));
        long checked = 0;
        for (Map.Entry<String, Function<Viewer, String>> condition : conditions) {
            for (Map.Entry<String, Viewer> principal : principals.entrySet()) {
                long nulls = jdbc.sql("SELECT count(*) FROM " + condition.getKey() + " t WHERE ("
                                + condition.getValue().apply(principal.getValue()) + ") IS NULL")
                        .query(Long.class).single();
                assertThat(nulls).as("%s rows where the condition is NULL for %s", condition.getKey(), principal.getKey()).isZero();
                checked++;
            }
        }
        System.out.printf("two-valued conditions: %d rule x principal pairs checked%n", checked);
    }

    // ------------------------------------------------------------------ helpers

    private Viewer staff(String username, Long person, String role, Long organization) {
        var user = fx.user(username + "-" + body);
        if (person != null) {
            user.person(person);
        }
        long id = user.create();
        fx.role(id, role, organization).create();
        return Viewer.user(id, person);
    }

    /** An account holding the strongest roles (administrator, clerk of A and of K) in a form that does not count. */
    private Viewer formerStaff(String username, LocalDate from, LocalDate until, long closedK) {
        long id = fx.user(username + "-" + body).create();
        fx.role(id, "ADMINISTRATOR", null).valid(from, until).create();
        fx.role(id, "CLERK", committeeA).valid(from, until).create();
        fx.role(id, "CLERK", closedK).valid(from, until).create();
        return Viewer.user(id, null);
    }

    private String contact(Viewer v) {
        return rules.person("t", v) + " AND " + rules.personContact("t", v);
    }

    private boolean visible(Probe probe, Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM " + probe.table() + " t WHERE t.id = :id AND " + probe.condition().apply(viewer))
                .param("id", probe.id()).query(Long.class).single() > 0;
    }

    private void probe(String kind, String label, String table, long id, Function<Viewer, String> condition, String... seenBy) {
        probes.add(new Probe(kind, label, table, id, condition, Set.of(seenBy)));
    }

    private void meeting(String label, long id, String... seenBy) {
        probe("meeting", label, "meeting", id, v -> rules.meeting("t", v), seenBy);
    }

    private void paper(String label, long id, String... seenBy) {
        probe("paper", label, "paper", id, v -> rules.paper("t", v), seenBy);
    }

    private void file(String label, long id, String... seenBy) {
        probe("file", label, "stored_file", id, v -> rules.file("t", v), seenBy);
    }

    private String[] all() {
        return principals.keySet().toArray(String[]::new);
    }

    private static java.time.OffsetDateTime at(LocalDate day) {
        return Fixtures.berlin(day, LocalTime.of(16, 0));
    }
}
