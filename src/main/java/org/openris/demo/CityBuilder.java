package org.openris.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openris.demo.DemoModel.Member;
import org.openris.demo.DemoModel.Org;
import org.openris.demo.DemoModel.PaperType;
import org.openris.demo.DemoModel.Person;
import org.openris.demo.DemoModel.Term;

/**
 * Builds the body, its terms, organizations, persons and memberships of Musterstadt: a council
 * with factions, committees with council members, appointed citizens (sB), residents without vote
 * (sE) and deputies, district councils, administrative units with their staff.
 */
final class CityBuilder {

    final List<Term> terms = new ArrayList<>();
    final List<Org> factions = new ArrayList<>();
    final List<Org> units = new ArrayList<>();
    final List<Org> boards = new ArrayList<>();
    final List<Org> meetingBodies = new ArrayList<>();
    final List<PaperType> paperTypes = new ArrayList<>();
    final List<Person> persons = new ArrayList<>();
    Org council;
    Org mainCommittee;
    long townHallId;
    final Map<Org, Long> districtHalls = new LinkedHashMap<>();

    private final DemoContext ctx;
    private final Map<Org, List<Person>> councilByFaction = new LinkedHashMap<>();
    /** Appointed citizens of a faction seen in earlier terms: most are nominated again. */
    private final Map<Org, List<Person>> citizensByFaction = new LinkedHashMap<>();
    /** District council members of the previous term, by district council. */
    private final Map<Org, List<Person>> previousDistrictMembers = new LinkedHashMap<>();

    CityBuilder(DemoContext ctx) {
        this.ctx = ctx;
    }

    void build(LocalDate from, LocalDate to) {
        body();
        terms(from, to);
        organizations();
        for (Term term : terms) {
            electCouncil(term);
            for (Org org : meetingBodies) {
                if (org.isCouncil()) {
                    continue;
                }
                if (org.isDistrict()) {
                    staffDistrictCouncil(org, term);
                } else {
                    staffCommittee(org, term);
                }
            }
        }
        administration();
        paperTypes();
    }

    private void body() {
        long locationId = location("Rathaus Musterstadt", "Ratssaal", "Marktplatz 1", "Innenstadt");
        townHallId = locationId;
        ctx.bodyId = ctx.ids.next("body");
        OffsetDateTime t = ctx.created;
        ctx.loader.row("body", ctx.bodyId, "Stadt Musterstadt", "Musterstadt", "https://www.musterstadt.example",
                "05999000", "059990000000", "Kreisfreie Stadt", "ratsbuero@musterstadt.example", "Ratsbüro der Stadt Musterstadt",
                "https://creativecommons.org/licenses/by/4.0/", t.toLocalDate(), t, locationId, "YEARLY", t, t);
    }

    long location(String description, String room, String street, String subLocality) {
        long id = ctx.ids.next("location");
        ctx.loader.row("location", id, description, room, street, "12345", subLocality, "Musterstadt", ctx.created, ctx.created);
        return id;
    }

    /** NRW municipal terms start on 1 November every five years (…, 2020, 2025, …). */
    private void terms(LocalDate from, LocalDate to) {
        int startYear = 2020 + Math.floorDiv(from.getYear() - 1 - 2020, 5) * 5;
        for (int year = startYear; !LocalDate.of(year, 11, 1).isAfter(to); year += 5) {
            Term term = new Term();
            term.start = LocalDate.of(year, 11, 1);
            term.end = LocalDate.of(year + 5, 10, 31);
            if (term.end.isBefore(from)) {
                continue;
            }
            term.id = ctx.ids.next("legislative_term");
            term.name = "Wahlperiode " + year + "–" + (year + 5);
            ctx.loader.row("legislative_term", term.id, ctx.bodyId, term.name, term.start, term.end, ctx.created, ctx.created);
            terms.add(term);
        }
        if (!terms.isEmpty()) {
            // Sitzungsgeld (module allowance): 22,10 € per meeting, 11,05 € more for the chair, at most 44,20 € a day – the
            // order of magnitude of the NRW compensation ordinance (EntschVO) for council and committee meetings
            ctx.loader.row("allowance_rule", ctx.bodyId, terms.get(0).start, 2210, 1105, 4420, ctx.created, ctx.created);
        }
    }

    private void organizations() {
        for (Words.Faction f : Words.FACTIONS) {
            Org faction = org(f.name(), f.shortName(), "FACTION", "Fraktion", null, null);
            faction.seats = f.weight();
            factions.add(faction);
            councilByFaction.put(faction, new ArrayList<>());
        }
        for (Words.Unit u : Words.UNITS) {
            Org parent = u.parentCode() == null ? null
                    : units.stream().filter(x -> u.parentCode().equals(x.unitCode)).findFirst().orElse(null);
            units.add(org(u.name(), u.code(), "ADMINISTRATIVE_UNIT", "Verwaltungseinheit", u.code(), parent));
        }
        for (String board : Words.ADVISORY_BOARDS) {
            boards.add(org(board, null, "ADVISORY_BOARD", "Beirat", null, null));
        }
        council = org("Rat der Stadt Musterstadt", "Rat", "COUNCIL", "Parlament", null, null);
        council.locationId = townHallId;
        council.seats = ctx.options.scale().councilSeats();
        council.deciding = true;
        meetingBodies.add(council);
        int committees = ctx.options.scale().committees();
        for (int i = 0; i < committees; i++) {
            Words.Committee c = Words.COMMITTEES.get(i % Words.COMMITTEES.size());
            String name = i < Words.COMMITTEES.size() ? c.name() : "Unterausschuss " + (i / Words.COMMITTEES.size()) + " " + c.shortName();
            Org committee = org(name, i < Words.COMMITTEES.size() ? c.shortName() : c.shortName() + (i / Words.COMMITTEES.size()),
                    "COMMITTEE", i == 0 ? "Hauptausschuss" : "Fachausschuss", null, null);
            committee.topics = c.topics();
            committee.seats = ctx.options.scale().councilSeats() >= 80 ? 19 : 15;
            committee.deciding = c.decidesAlone();
            committee.locationId = location("Rathaus Musterstadt", "Sitzungssaal " + (1 + i % 4), "Marktplatz 1", "Innenstadt");
            if (i == 0) {
                mainCommittee = committee;
            }
            meetingBodies.add(committee);
        }
        for (int i = 0; i < ctx.options.scale().districtCouncils(); i++) {
            String district = Words.DISTRICTS.get(i % Words.DISTRICTS.size()) + (i < Words.DISTRICTS.size() ? "" : " " + (1 + i / Words.DISTRICTS.size()));
            Org bv = org("Bezirksvertretung " + district, "BV " + district, "DISTRICT_COUNCIL", "Bezirksvertretung", null, null);
            bv.seats = ctx.options.scale().districtSeats();
            bv.topics = List.of("Bezirk", "Spielplatz", "Straße", "Grünfläche");
            bv.deciding = true;
            bv.locationId = location("Bezirksrathaus " + district, "Sitzungssaal", Words.street(ctx.random) + " " + ctx.between(1, 80), district);
            meetingBodies.add(bv);
        }
        for (int i = 0; i < ctx.options.scale().otherBodies(); i++) {
            Words.Committee c = Words.COMMITTEES.get(i % Words.COMMITTEES.size());
            Org body = org("Kommission " + c.shortName() + " " + (i + 1), "K" + (i + 1), "SPECIAL_BODY", "Kommission", null, null);
            body.topics = c.topics();
            body.seats = 11;
            body.deciding = false;
            body.locationId = townHallId;
            meetingBodies.add(body);
        }
    }

    private Org org(String name, String shortName, String kind, String classification, String unitCode, Org parent) {
        Org org = new Org();
        org.id = ctx.ids.next("organization");
        org.name = name;
        org.shortName = shortName;
        org.kind = kind;
        org.classification = classification;
        org.unitCode = unitCode;
        org.parent = parent;
        LocalDate start = ctx.created.toLocalDate();
        ctx.loader.row("organization", org.id, ctx.bodyId, name, shortName, kind, classification, unitCode,
                parent == null ? null : parent.id, start, null, null, null, true, ctx.created, ctx.created);
        return org;
    }

    private void electCouncil(Term term) {
        List<Org> seatsByFaction = distribute(ctx.options.scale().councilSeats());
        Map<Org, List<Person>> elected = new LinkedHashMap<>();
        for (Org faction : factions) {
            elected.put(faction, new ArrayList<>());
        }
        for (Org faction : seatsByFaction) {
            List<Person> previous = councilByFaction.get(faction);
            List<Person> list = elected.get(faction);
            Person person = previous.stream().filter(p -> !list.contains(p) && ctx.chance(0.65)).findFirst()
                    .orElseGet(() -> newPerson(faction));
            list.add(person);
        }
        councilByFaction.clear();
        councilByFaction.putAll(elected);
        Person mayor = terms.indexOf(term) % 2 == 0 || mayorOf == null ? newPerson(factions.get(0)) : mayorOf;
        mayorOf = mayor;
        member(mayor, council, "CHAIR", "MAYOR", "VOTING_MEMBER", true, null, null, term, mayor.gender.equals("female") ? "Oberbürgermeisterin" : "Oberbürgermeister");
        streamConsent(mayor, term);
        elected.forEach((faction, people) -> {
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                member(p, council, "MEMBER", "COUNCIL_MEMBER", "VOTING_MEMBER", true, null, null, term, null);
                member(p, faction, i == 0 ? "CHAIR" : "MEMBER", "COUNCIL_MEMBER", "VOTING_MEMBER", true, null, null, term,
                        i == 0 ? "Fraktionsvorsitz" : null);
                streamConsent(p, term);
            }
        });
    }

    private Person mayorOf;

    private void staffCommittee(Org org, Term term) {
        List<Org> seats = distribute(org.seats);
        Map<Org, List<Member>> byFaction = new LinkedHashMap<>();
        boolean chairGiven = false;
        boolean deputyGiven = false;
        for (Org faction : seats) {
            List<Person> pool = councilByFaction.get(faction);
            List<Member> taken = byFaction.computeIfAbsent(faction, f -> new ArrayList<>());
            boolean councilSeat = ctx.chance(0.7) && taken.size() < pool.size();
            Person person = councilSeat ? pool.get((taken.size() + meetingBodies.indexOf(org)) % pool.size()) : citizen(faction, term);
            if (taken.stream().anyMatch(m -> m.person == person)) {
                continue;
            }
            String role = !chairGiven && councilSeat ? "CHAIR" : !deputyGiven && councilSeat && chairGiven ? "DEPUTY_CHAIR" : "MEMBER";
            chairGiven |= role.equals("CHAIR");
            deputyGiven |= role.equals("DEPUTY_CHAIR");
            String label = role.equals("CHAIR") ? (person.gender.equals("female") ? "Vorsitzende" : "Vorsitzender")
                    : role.equals("DEPUTY_CHAIR") ? "stellv. Vorsitz" : null;
            taken.add(member(person, org, role, councilSeat ? "COUNCIL_MEMBER" : "CITIZEN_MEMBER", "VOTING_MEMBER", true,
                    councilSeat ? null : faction, null, term, label));
        }
        byFaction.forEach((faction, members) -> {
            if (!members.isEmpty()) {
                Member principal = members.get(ctx.random.nextInt(members.size()));
                member(citizen(faction, term), org, "DEPUTY_MEMBER", "CITIZEN_MEMBER", "VOTING_MEMBER", true, faction, principal, term, null);
            }
        });
        if (!boards.isEmpty() && ctx.chance(0.6)) {
            Org board = ctx.pick(boards);
            member(newPerson(null), org, "MEMBER", "RESIDENT_MEMBER", "MEMBER_WITHOUT_VOTE", false, board, null, term, null);
        }
        if (ctx.chance(0.35)) {
            // beratendes Mitglied, e.g. of the staff council or the employment agency: may speak, no vote
            member(newPerson(null), org, "MEMBER", "ADVISORY_MEMBER", "ADVISORY_MEMBER", false, null, null, term, "beratendes Mitglied");
        }
    }

    private void staffDistrictCouncil(Org org, Term term) {
        List<Org> seats = distribute(org.seats);
        boolean chairGiven = false;
        List<Person> previous = new ArrayList<>(previousDistrictMembers.getOrDefault(org, List.of()));
        List<Person> elected = new ArrayList<>();
        for (Org faction : seats) {
            Person person = previous.stream().filter(p -> p.faction == faction && ctx.chance(0.65)).findFirst()
                    .orElseGet(() -> newPerson(faction));
            previous.remove(person);
            elected.add(person);
            String mandate = chairGiven ? "DISTRICT_MEMBER" : "DISTRICT_MAYOR";
            String label = chairGiven ? null : person.gender.equals("female") ? "Bezirksbürgermeisterin" : "Bezirksbürgermeister";
            member(person, org, chairGiven ? "MEMBER" : "CHAIR", mandate, "VOTING_MEMBER", true, null, null, term, label);
            chairGiven = true;
        }
        previousDistrictMembers.put(org, elected);
    }

    /**
     * An appointed citizen (sB) of a faction for this term: usually someone the faction nominated
     * before and who has no seat in this term yet, otherwise a new person.
     */
    private Person citizen(Org faction, Term term) {
        List<Person> known = citizensByFaction.computeIfAbsent(faction, f -> new ArrayList<>());
        List<Person> free = known.stream().filter(p -> !seatedIn.getOrDefault(term, List.of()).contains(p)).toList();
        Person person = !free.isEmpty() && ctx.chance(0.6) ? free.get(ctx.random.nextInt(free.size())) : newPerson(faction);
        if (!known.contains(person)) {
            known.add(person);
        }
        seatedIn.computeIfAbsent(term, t -> new ArrayList<>()).add(person);
        return person;
    }

    private final Map<Term, List<Person>> seatedIn = new LinkedHashMap<>();

    /** Staff of each administrative unit; each meeting body is served by a few of them and a secretary. */
    private void administration() {
        Term first = terms.get(0);
        for (Org unit : units) {
            int count = unit.unitCode.endsWith("Dez") ? 1 : 2;
            for (int i = 0; i < count; i++) {
                Person p = newPerson(null, unit.unitCode.endsWith("Dez"));
                p.unit = unit;
                p.function = unit.unitCode.endsWith("Dez") ? null : i == 0 ? "FBL" : "stellv. FBL";
                unit.staff.add(p);
                Member m = new Member();
                m.id = ctx.ids.next("membership");
                LocalDate start = first.start;
                ctx.loader.row("membership", m.id, p.id, unit.id, i == 0 ? "CHAIR" : "MEMBER", "STAFF", "MEMBER_WITHOUT_VOTE", false,
                        null, null, unit.unitCode.endsWith("Dez") ? "Dezernent/in" : i == 0 ? "FBL" : "stellv. FBL", start, null,
                        ctx.stamp(start), ctx.stamp(start));
            }
        }
        List<Org> operative = units.stream().filter(u -> !u.unitCode.endsWith("Dez")).toList();
        for (Org body : meetingBodies) {
            body.staff = new ArrayList<>();
            body.staff.add(ctx.pick(units.stream().filter(u -> u.unitCode.endsWith("Dez")).toList()).staff.get(0));
            for (int i = 0; i < 3; i++) {
                Person p = ctx.pick(ctx.pick(operative).staff);
                if (!body.staff.contains(p)) {
                    body.staff.add(p);
                }
            }
            body.secretary = newPerson(null);
        }
    }

    private void paperTypes() {
        for (Words.PaperKind kind : Words.PAPER_KINDS) {
            PaperType type = new PaperType();
            type.id = ctx.ids.next("paper_type");
            type.name = kind.name();
            type.category = kind.category();
            type.publicByDefault = kind.publicByDefault();
            ctx.loader.row("paper_type", type.id, ctx.bodyId, type.name, type.category, type.publicByDefault, ctx.created, ctx.created);
            paperTypes.add(type);
        }
    }

    PaperType paperType(String category) {
        return paperTypes.stream().filter(t -> t.category.equals(category)).findFirst().orElseThrow();
    }

    /** Seats by largest remainder over the factions' weights; the list holds one faction per seat. */
    private List<Org> distribute(int seats) {
        int total = factions.stream().mapToInt(f -> f.seats).sum();
        List<Org> result = new ArrayList<>();
        Map<Org, Double> remainders = new LinkedHashMap<>();
        for (Org f : factions) {
            double exact = (double) seats * f.seats / total;
            for (int i = 0; i < (int) exact; i++) {
                result.add(f);
            }
            remainders.put(f, exact - (int) exact);
        }
        List<Org> byRemainder = new ArrayList<>(factions);
        byRemainder.sort(Comparator.comparingDouble((Org f) -> remainders.get(f)).reversed());
        for (int i = 0; result.size() < seats; i++) {
            result.add(byRemainder.get(i % byRemainder.size()));
        }
        result.sort(Comparator.comparingInt(factions::indexOf));
        return result;
    }

    Person newPerson(Org faction) {
        return newPerson(faction, false);
    }

    /** A new person, written at once; a head of department is addressed as "Stadträtin"/"Stadtrat". */
    Person newPerson(Org faction, boolean headOfDepartment) {
        Person p = new Person();
        p.id = ctx.ids.next("person");
        p.gender = ctx.chance(0.47) ? "female" : "male";
        do {
            p.givenName = Words.givenName(ctx.random, p.gender);
            p.familyName = Words.familyName(ctx.random);
        } while (Words.avoided(p.givenName, p.familyName));
        p.title = ctx.chance(0.08) ? "Dr." : null;
        p.formOfAddress = headOfDepartment ? (p.gender.equals("female") ? "Stadträtin" : "Stadtrat")
                : p.gender.equals("female") ? "Frau" : "Herr";
        p.faction = faction;
        persons.add(p);
        boolean politician = faction != null;
        boolean consented = politician && ctx.chance(0.6);
        String mailbox = Words.mailbox(p.givenName, p.familyName, p.id);
        String email = consented ? mailbox + "@rat.musterstadt.example"
                : ctx.options.markHidden() ? "noeff-person" + p.id + "." + mailbox + "@privat.example" : mailbox + "@privat.example";
        String phone = "0555 " + (100000 + ctx.random.nextInt(900000));
        ctx.loader.row("person", p.id, ctx.bodyId, p.familyName, p.givenName, p.title, p.formOfAddress, null, p.gender,
                politician ? "Mandatsträger/in" : null, null, null, email, consented ? phone : ctx.options.markHidden() ? "NOEFF-tel" + p.id : phone,
                consented, null, null, ctx.created, ctx.created);
        return p;
    }

    Member member(Person person, Org org, String role, String mandate, String seat, boolean voting, Org onBehalfOf,
                  Member substituteFor, Term term, String label) {
        Member m = new Member();
        m.id = ctx.ids.next("membership");
        m.person = person;
        m.org = org;
        m.role = role;
        m.mandate = mandate;
        m.seatCategory = seat;
        m.votingRight = voting;
        m.onBehalfOf = onBehalfOf;
        m.substituteFor = substituteFor;
        m.roleLabel = label;
        m.start = term.start;
        m.end = term.end.isAfter(ctx.today().plusYears(1)) ? null : term.end;
        org.members.add(m);
        ctx.loader.row("membership", m.id, person.id, org.id, role, mandate, seat, voting,
                onBehalfOf == null ? null : onBehalfOf.id, substituteFor == null ? null : substituteFor.id, label,
                m.start, m.end, ctx.stamp(m.start), ctx.stamp(m.start));
        return m;
    }

    private void streamConsent(Person person, Term term) {
        if (ctx.chance(0.85)) {
            long id = ctx.ids.next("stream_consent");
            OffsetDateTime at = ctx.stamp(term.start);
            ctx.loader.row("stream_consent", id, person.id, term.id, true, at, null, at, at);
        }
    }
}
