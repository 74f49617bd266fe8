package org.openris.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openris.demo.DemoModel.Attendee;
import org.openris.demo.DemoModel.Consultation;
import org.openris.demo.DemoModel.Item;
import org.openris.demo.DemoModel.Meeting;
import org.openris.demo.DemoModel.Member;
import org.openris.demo.DemoModel.Org;
import org.openris.demo.DemoModel.Paper;
import org.openris.demo.DemoModel.Person;
import org.openris.demo.DemoModel.Term;
import org.openris.meeting.AgendaTree;
import org.openris.meeting.MeetingNaming;
import org.openris.meeting.MeetingNumbering;
import org.openris.meeting.TreatmentOrder;
import org.openris.shared.GermanFormats;

/**
 * Builds the meeting calendar and, in chronological order, each meeting's agenda with the papers
 * on their way through the organizations, and for held meetings attendance, decisions, votes,
 * recusals, follow-ups and the minutes record.
 */
final class SessionBuilder {

    /** Minutes still to be finished after the bulk load (content is assembled from the database). */
    record MinutesPlan(long minutesId, long meetingId, boolean publicPart, OffsetDateTime signedAt,
                       OffsetDateTime[] approvedAt, long[] approvedInMeetingId) {
    }

    private final DemoContext ctx;
    private final CityBuilder city;
    private final PaperWriter papers;
    private final List<Meeting> meetings = new ArrayList<>();
    private final Map<Org, Deque<Consultation>> pending = new HashMap<>();
    private final Map<Org, Meeting> lastHeld = new HashMap<>();
    private final Map<Meeting, MinutesPlan> publicMinutes = new HashMap<>();
    private final Map<Meeting, MinutesPlan> hiddenMinutes = new HashMap<>();
    final List<MinutesPlan> minutesPlans = new ArrayList<>();
    private final List<FollowUp> followUps = new ArrayList<>();
    private final OffsetDateTime now;

    private record FollowUp(long id, Item item, Paper paper, Meeting dueMeeting, Org unit, Paper[] closedBy) {
    }

    SessionBuilder(DemoContext ctx, CityBuilder city, PaperWriter papers) {
        this.ctx = ctx;
        this.city = city;
        this.papers = papers;
        this.now = ctx.today().atTime(12, 0).atZone(GermanFormats.BERLIN).toOffsetDateTime();
    }

    List<Meeting> meetings() {
        return meetings;
    }

    void calendar(LocalDate from, LocalDate to) {
        for (Org org : city.meetingBodies) {
            int perYear = org.isCouncil() ? ctx.options.scale().councilMeetingsPerYear()
                    : org.isDistrict() ? ctx.options.scale().districtMeetingsPerYear()
                    : "SPECIAL_BODY".equals(org.kind) ? ctx.options.scale().otherMeetingsPerYear()
                    : ctx.options.scale().committeeMeetingsPerYear();
            double spacing = 365.0 / Math.max(1, perYear);
            double offset = ctx.random.nextDouble() * spacing;
            for (LocalDate day = from.plusDays((long) offset); day.isBefore(to); day = from.plusDays((long) (offset += spacing))) {
                LocalDate date = weekday(day);
                if (date.getMonthValue() == 7 && date.getDayOfMonth() > 10 || date.getMonthValue() == 8 && date.getDayOfMonth() < 20) {
                    continue; // Sommerpause
                }
                Term term = city.terms.stream().filter(t -> t.covers(date)).findFirst().orElse(null);
                if (term == null) {
                    continue;
                }
                Meeting m = new Meeting();
                m.org = org;
                m.term = term;
                LocalTime time = org.isCouncil() ? LocalTime.of(15, 0) : org.isDistrict() ? LocalTime.of(17, 0) : LocalTime.of(16, 0);
                m.start = date.atTime(time).atZone(GermanFormats.BERLIN).toOffsetDateTime();
                m.cancelled = ctx.chance(0.03);
                org.meetings.add(m);
                meetings.add(m);
            }
            number(org);
        }
        meetings.sort(Comparator.comparing((Meeting m) -> m.start).thenComparing(m -> m.org.id));
        for (Meeting m : meetings) {
            m.id = ctx.ids.next("meeting");
        }
    }

    /** "3. Sitzung": numbered per organization and term, cancelled meetings get no number. */
    private void number(Org org) {
        Map<Term, List<Meeting>> byTerm = new LinkedHashMap<>();
        org.meetings.forEach(m -> byTerm.computeIfAbsent(m.term, t -> new ArrayList<>()).add(m));
        byTerm.forEach((term, list) -> {
            Map<String, Meeting> byKey = new HashMap<>();
            List<MeetingNumbering.ScheduledMeeting> scheduled = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                byKey.put("m" + i, list.get(i));
                scheduled.add(new MeetingNumbering.ScheduledMeeting("m" + i, list.get(i).start, list.get(i).cancelled));
            }
            MeetingNumbering.number(scheduled).forEach((key, n) -> byKey.get(key).number = n);
        });
        for (Meeting m : org.meetings) {
            m.name = m.number > 0 ? MeetingNaming.meetingName(m.number, org.name) : "Sitzung " + MeetingNaming.genitive(org.name);
        }
    }

    private static LocalDate weekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || d.getDayOfWeek() == DayOfWeek.MONDAY
                || d.getDayOfWeek() == DayOfWeek.FRIDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Processes all meetings in chronological order. */
    void run(ProgressBar progress) {
        int done = 0;
        for (Meeting m : meetings) {
            process(m);
            progress.update(++done, ctx.loader.rows());
        }
        for (Deque<Consultation> queue : pending.values()) {
            for (Consultation c : queue) {
                writeConsultation(c);
            }
        }
        for (Paper paper : papers.papers()) {
            paper.path.forEach(this::writeConsultation);
        }
        writeFollowUps();
    }

    private void process(Meeting m) {
        boolean past = m.start.isBefore(now);
        m.held = past && !m.cancelled;
        m.invited = !past && !m.cancelled && m.start.isBefore(now.plusDays(21));
        m.state = m.held ? "HELD" : m.invited ? "INVITED" : "PLANNED";
        m.released = past || m.start.isBefore(now.plusDays(150)) || ctx.chance(0.5);
        m.end = m.start.plusMinutes(ctx.between(75, 220));
        writeMeeting(m);
        if (m.held || m.invited) {
            buildAgenda(m);
            writeItems(m);
            invitation(m);
        }
        if (m.held) {
            attendance(m);
            minutes(m);
            conduct(m);
            lastHeld.put(m.org, m);
        } else if (m.invited) {
            flushItems(m);
        }
        ctx.loader.flushIfLarge();
    }

    private void writeMeeting(Meeting m) {
        String name = m.released ? m.name : ctx.hidden(m.name, "meeting", m.id);
        OffsetDateTime stamp = ctx.stamp(m.start.toLocalDate().minusDays(60));
        ctx.loader.row("meeting", m.id, ctx.bodyId, m.org.id, m.term.id, m.number > 0 ? m.number : null, name, m.state,
                m.cancelled, null, m.released, true, m.start, m.end, m.held ? m.start : null,
                m.held ? m.end : null, m.org.locationId, m.org.isCouncil() ? "https://stream.musterstadt.example/rat" : null,
                m.held && m.org.isCouncil() ? "https://stream.musterstadt.example/aufzeichnung/" + m.id : null,
                stamp, m.held ? ctx.stamp(m.start.toLocalDate()) : stamp);
    }

    // ---------------------------------------------------------------- agenda

    private void buildAgenda(Meeting m) {
        LocalDate date = m.start.toLocalDate();
        List<Consultation> scheduled = new ArrayList<>();
        Deque<Consultation> queue = pending.computeIfAbsent(m.org, o -> new ArrayDeque<>());
        for (int i = queue.size(); i > 0 && scheduled.size() < 12; i--) {
            Consultation c = queue.pollFirst();
            if (!c.earliest.isAfter(date)) {
                scheduled.add(c);
            } else {
                queue.addLast(c);
            }
        }
        int fresh = ctx.between(1, 2 * ctx.options.scale().newPapersPerMeeting());
        for (int i = 0; i < fresh; i++) {
            scheduled.add(newPaper(m, date, pickCategory(m.org), false).path.get(0));
        }
        Meeting previous = lastHeld.get(m.org);
        if (previous != null && previous.term != m.term) {
            previous = null;
        }
        m.previous = previous;

        List<Item> admin = new ArrayList<>();
        List<Item> faction = new ArrayList<>();
        List<Item> hidden = new ArrayList<>();
        for (Consultation c : scheduled) {
            Item item = paperItem(c);
            if (!c.paper.isPublic) {
                hidden.add(item);
            } else if (List.of("MOTION", "REQUEST", "AGENDA_PROPOSAL", "PETITION").contains(c.paper.type.category)) {
                faction.add(item);
            } else {
                admin.add(item);
            }
        }
        AgendaTree tree = AgendaTree.empty();
        Map<String, Item> byKey = new LinkedHashMap<>();
        Item regularien = heading(m, "Regularien", true);
        tree = add(tree, byKey, null, regularien);
        String chair = m.org.isDistrict() ? "Bezirksvertretungsmitgliedes" : m.org.isCouncil() ? "Ratsmitgliedes" : "Ausschussmitgliedes";
        tree = add(tree, byKey, regularien, plain(m, "Benennung eines " + chair + " zur Mitunterzeichnung der Niederschrift", true));
        tree = add(tree, byKey, regularien, plain(m, "Hinweis auf das Mitwirkungsverbot gem. §§ 31 und 43 Abs. 2 GO NRW", true));
        tree = add(tree, byKey, regularien, plain(m, "Feststellung der Tagesordnung", true));
        if (previous != null) {
            Item approval = plain(m, "Genehmigung der Niederschrift über die " + previous.name + " am "
                    + GermanFormats.date(previous.start), true);
            approval.minutesHeading = "Genehmigung der Niederschrift über die " + previous.number + ". Sitzung am "
                    + GermanFormats.date(previous.start);
            approval.key = "approval";
            tree = add(tree, byKey, regularien, approval);
        }
        tree = section(tree, byKey, m, "Vorlagen der Verwaltung", admin, true);
        tree = section(tree, byKey, m, m.org.isDistrict() ? "Anträge und Anfragen" : "Anträge und Anfragen der Fraktionen", faction, true);
        List<Item> notices = new ArrayList<>();
        if (ctx.chance(0.5)) {
            notices.add(plain(m, "Bericht über " + ctx.pick(m.org.topics.isEmpty() ? List.of("aktuelle Themen") : m.org.topics), true));
        }
        String chairTitle = m.org.isCouncil() ? "Mitteilungen der Oberbürgermeisterin" : m.org.isDistrict()
                ? "Mitteilungen der Bezirksverwaltungsstelle" : "Mitteilungen der Verwaltung";
        tree = section(tree, byKey, m, chairTitle, notices, true);
        if (!hidden.isEmpty()) {
            tree = section(tree, byKey, m, ctx.hidden("Nichtöffentlicher Teil", "heading", m.id), hidden, false);
        }
        if (m.held && ctx.chance(0.12)) {
            Paper urgent = newPaper(m, date.minusDays(2), "DECISION_PROPOSAL", true);
            Item item = paperItem(urgent.path.get(0));
            item.urgent = true;
            Item adminSection = byKey.values().stream().filter(i -> i.heading && i.name.equals("Vorlagen der Verwaltung")).findFirst().orElseThrow();
            tree = add(tree, byKey, adminSection, item);
        }
        Map<String, String> numbers = tree.numbers();
        List<String> order = new ArrayList<>(tree.keysInOrder());
        if (faction.size() > 0 && admin.size() > 1 && ctx.chance(0.15)) {
            order = TreatmentOrder.before(order, faction.get(faction.size() - 1).key, admin.get(1).key);
        }
        int position = 0;
        for (String key : tree.keysInOrder()) {
            Item item = byKey.get(key);
            item.number = numbers.get(key);
            item.position = position++;
            item.treatmentPosition = order.indexOf(key);
            m.items.add(item);
        }
    }

    private AgendaTree section(AgendaTree tree, Map<String, Item> byKey, Meeting m, String title, List<Item> items, boolean isPublic) {
        Item heading = heading(m, title, isPublic);
        AgendaTree result = add(tree, byKey, null, heading);
        if (items.isEmpty()) {
            heading.emptyMarker = "- unbesetzt -";
            heading.minutesText = m.held ? "Es liegen keine Mitteilungen vor." : null;
        }
        for (Item item : items) {
            result = add(result, byKey, heading, item);
        }
        return result;
    }

    private AgendaTree add(AgendaTree tree, Map<String, Item> byKey, Item parent, Item item) {
        item.id = ctx.ids.next("agenda_item");
        if (item.key == null || byKey.containsKey(item.key)) {
            item.key = "i" + item.id;
        }
        item.parent = parent;
        byKey.put(item.key, item);
        return parent == null ? tree.append(item.key) : tree.appendChild(parent.key, item.key);
    }

    private Item heading(Meeting m, String title, boolean isPublic) {
        Item item = plain(m, title, isPublic);
        item.heading = true;
        return item;
    }

    private Item plain(Meeting m, String title, boolean isPublic) {
        Item item = new Item();
        item.name = title;
        item.isPublic = isPublic;
        return item;
    }

    private Item paperItem(Consultation c) {
        Item item = new Item();
        item.name = c.paper.name;
        item.isPublic = c.paper.isPublic;
        item.treatment = switch (c.role) {
            case "TO_NOTE" -> "TO_NOTE";
            case "RECOMMENDATION", "PRELIMINARY" -> "RECOMMENDATION";
            case "HEARING" -> "HEARING";
            default -> "DECISION";
        };
        String category = c.paper.type.category;
        if (List.of("MOTION", "REQUEST", "AGENDA_PROPOSAL").contains(category) && c.paper.originatorOrg != null) {
            String kind = switch (category) {
                case "REQUEST" -> "Bitte um Stellungnahme";
                case "AGENDA_PROPOSAL" -> "Vorschlag zur TO";
                default -> "Antrag";
            };
            item.treatmentLabel = kind + " (" + c.paper.originatorOrg.name + ")";
        }
        item.consultation = c;
        c.item = item;
        return item;
    }

    private String pickCategory(Org org) {
        double r = ctx.random.nextDouble();
        if (org.isDistrict()) {
            return r < 0.35 ? "MOTION" : r < 0.6 ? "REQUEST" : r < 0.9 ? "NOTICE" : "OTHER";
        }
        if (org.isCouncil()) {
            return r < 0.35 ? "MOTION" : r < 0.5 ? "REQUEST" : r < 0.85 ? "DECISION_PROPOSAL" : "OTHER";
        }
        return r < 0.35 ? "DECISION_PROPOSAL" : r < 0.55 ? "NOTICE" : r < 0.7 ? "MOTION" : r < 0.82 ? "REQUEST"
                : r < 0.86 ? "AGENDA_PROPOSAL" : r < 0.89 ? "PETITION" : "OTHER";
    }

    /** A new paper whose first consultation is in meeting {@code m}; later steps wait in the queues. */
    private Paper newPaper(Meeting m, LocalDate meetingDate, String category, boolean urgent) {
        Org unit = ctx.pick(city.units.stream().filter(u -> !u.unitCode.endsWith("Dez")).toList());
        boolean byFaction = List.of("MOTION", "REQUEST", "AGENDA_PROPOSAL").contains(category);
        Org faction = byFaction ? ctx.pick(city.factions) : null;
        Person person = byFaction && ctx.chance(0.3) ? city.persons.stream().filter(p -> p.faction == faction).findFirst().orElse(null) : null;
        String name = Texts.title(ctx.random, m.org.topics.isEmpty() ? List.of("Stadtentwicklung") : m.org.topics, category);
        LocalDate date = urgent ? meetingDate : meetingDate.minusDays(ctx.between(14, 35));
        Paper paper = papers.release(city.paperType(category), name, date, !category.equals("OTHER"), unit, faction, person,
                Texts.paperText(ctx.random, m.org.name));
        path(paper, m, category);
        return paper;
    }

    private void path(Paper paper, Meeting first, String category) {
        Org org = first.org;
        List<Object[]> steps = new ArrayList<>();
        switch (category) {
            case "NOTICE", "REQUEST" -> steps.add(new Object[]{org, "TO_NOTE", false});
            case "MOTION", "AGENDA_PROPOSAL", "PETITION" -> steps.add(new Object[]{org, "DECISION", true});
            default -> {
                if (org.isCouncil() || org.deciding && ctx.chance(0.5)) {
                    steps.add(new Object[]{org, "DECISION", true});
                } else {
                    steps.add(new Object[]{org, "RECOMMENDATION", false});
                    if (org != city.mainCommittee && ctx.chance(0.4)) {
                        steps.add(new Object[]{city.mainCommittee, "RECOMMENDATION", false});
                    }
                    steps.add(new Object[]{city.council, "DECISION", true});
                }
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            Consultation c = new Consultation();
            c.id = ctx.ids.next("consultation");
            c.paper = paper;
            c.org = (Org) steps.get(i)[0];
            c.role = (String) steps.get(i)[1];
            c.authoritative = (Boolean) steps.get(i)[2];
            c.position = i;
            paper.path.add(c);
        }
        paper.path.get(0).meeting = first;
        paper.path.get(0).earliest = first.start.toLocalDate();
    }

    private void writeItems(Meeting m) {
        for (Item item : m.items) {
            if (item.consultation != null) {
                item.consultation.meeting = m;
            }
        }
    }

    private void flushItems(Meeting m) {
        for (Item item : m.items) {
            boolean hide = !item.isPublic;
            OffsetDateTime stamp = ctx.stamp(m.start.toLocalDate().minusDays(10));
            ctx.loader.row("agenda_item", item.id, m.id, item.parent == null ? null : item.parent.id, item.number, item.position,
                    item.treatmentPosition, item.name, item.heading, item.emptyMarker, item.isPublic, item.treatment,
                    item.treatmentLabel, item.status, item.urgent, null, null,
                    item.result, hide && item.resolutionText != null ? ctx.hidden(item.resolutionText, "item", item.id) : item.resolutionText,
                    hide && item.minutesText != null ? ctx.hidden(item.minutesText, "item", item.id) : item.minutesText,
                    item.minutesHeading, null, null, stamp, m.held ? ctx.stamp(m.start.toLocalDate()) : stamp);
        }
        for (Item item : m.items) {
            if (item.consultation != null) {
                writeConsultation(item.consultation);
            }
        }
    }

    private void writeConsultation(Consultation c) {
        if (c.written) {
            return;
        }
        c.written = true;
        LocalDate day = c.meeting != null ? c.meeting.start.toLocalDate() : c.paper.date;
        ctx.loader.row("consultation", c.id, c.paper.id, c.org.id, c.meeting == null ? null : c.meeting.id,
                c.item == null ? null : c.item.id, (short) c.position, c.role, c.authoritative, c.outcome,
                ctx.stamp(c.paper.date), ctx.stamp(day));
    }

    private void invitation(Meeting m) {
        List<String> lines = new ArrayList<>();
        for (Item item : m.items) {
            if (item.isPublic && !item.urgent) {
                lines.add(item.number + " " + item.name.replace('\n', ' '));
            }
        }
        LocalDate sent = m.start.toLocalDate().minusDays(14);
        long file = ctx.files.pdf(ctx, "Einladung " + m.name + " am " + GermanFormats.date(m.start), sent, true,
                new DemoPdf.Document("Einladung", "zur " + m.name + " am " + GermanFormats.date(m.start) + ", "
                        + GermanFormats.time(m.start) + " Uhr", "Stadt Musterstadt", lines, "Stadt Musterstadt – Einladung"));
        ctx.loader.row("meeting_file", m.id, file, "INVITATION", null, (short) 0, ctx.stamp(sent), ctx.stamp(sent));
    }

    // ---------------------------------------------------------------- held meetings

    private void attendance(Meeting m) {
        LocalDate day = m.start.toLocalDate();
        List<Member> active = m.org.members.stream().filter(x -> x.activeOn(day)).toList();
        for (Member member : active) {
            if (member.role.equals("DEPUTY_MEMBER")) {
                continue;
            }
            Attendee a = new Attendee();
            a.person = member.person;
            a.membership = member;
            a.category = member.votingRight ? "VOTING_MEMBER"
                    : "ADVISORY_MEMBER".equals(member.seatCategory) ? "ADVISORY_MEMBER" : "MEMBER_WITHOUT_VOTE";
            a.faction = member.onBehalfOf != null && member.onBehalfOf.kind.equals("FACTION") ? member.onBehalfOf : member.person.faction;
            if (!a.category.equals("VOTING_MEMBER")) {
                a.affiliation = member.onBehalfOf != null ? member.onBehalfOf.name : null;
                a.faction = null;
            }
            double r = ctx.random.nextDouble();
            a.status = r < 0.88 ? "PRESENT" : r < 0.98 ? "EXCUSED" : "ABSENT";
            if (member.role.equals("CHAIR")) {
                a.status = "PRESENT";
                a.roleInMeeting = member.roleLabel != null ? member.roleLabel : "Vorsitz";
            }
            if (a.status.equals("PRESENT") && !member.role.equals("CHAIR")) {
                if (ctx.chance(0.06)) {
                    a.arrivedAt = m.start.toLocalTime().plusMinutes(ctx.between(10, 50));
                } else if (ctx.chance(0.04)) {
                    a.leftAt = m.start.toLocalTime().plusMinutes(ctx.between(60, 70));
                }
            }
            m.attendance.add(a);
            if (!a.status.equals("PRESENT")) {
                active.stream().filter(d -> d.substituteFor == member).findFirst().filter(d -> ctx.chance(0.7)).ifPresent(deputy -> {
                    Attendee s = new Attendee();
                    s.person = deputy.person;
                    s.membership = deputy;
                    s.category = "VOTING_MEMBER";
                    s.status = "PRESENT";
                    s.faction = a.faction;
                    s.substituteFor = member.person;
                    m.attendance.add(s);
                });
            }
        }
        for (Person staff : m.org.staff) {
            Attendee a = new Attendee();
            a.person = staff;
            a.category = "ADMINISTRATION";
            a.status = "PRESENT";
            a.unitCode = staff.unit.unitCode.endsWith("Dez") ? staff.unit.unitCode.substring(0, staff.unit.unitCode.indexOf('/')) : staff.unit.unitCode;
            a.functionLabel = staff.unit.unitCode.endsWith("Dez") ? "Dez" : staff.function;
            m.attendance.add(a);
        }
        if (ctx.chance(0.15)) {
            Attendee g = new Attendee();
            g.category = "GUEST";
            g.status = "PRESENT";
            g.salutation = ctx.chance(0.5) ? "Frau" : "Herr";
            g.guestName = Words.familyName(ctx.random);
            g.affiliation = ctx.pick(Words.GUEST_INSTITUTIONS);
            m.attendance.add(g);
        }
        m.attendance.sort(Comparator.comparingInt((Attendee a) -> categoryRank(a.category))
                .thenComparingInt(a -> a.faction == null ? 99 : city.factions.indexOf(a.faction)));
        int position = 0;
        for (Attendee a : m.attendance) {
            long id = ctx.ids.next("attendance");
            ctx.loader.row("attendance", id, m.id, a.person == null ? null : a.person.id, a.membership == null ? null : a.membership.id,
                    a.category, a.status, a.faction == null ? null : a.faction.id, a.substituteFor == null ? null : a.substituteFor.id,
                    a.arrivedAt, a.leftAt, a.roleInMeeting, a.salutation, a.unitCode, a.functionLabel, a.affiliation, a.guestName,
                    position++, ctx.stamp(m.start.toLocalDate()), ctx.stamp(m.start.toLocalDate()));
        }
    }

    private static int categoryRank(String category) {
        return List.of("VOTING_MEMBER", "MEMBER_WITHOUT_VOTE", "ADVISORY_MEMBER", "STAFF_REPRESENTATIVE", "ADMINISTRATION", "GUEST")
                .indexOf(category);
    }

    /** Decisions, votes and the minutes text of every item, then follow-ups and next consultation steps. */
    private void conduct(Meeting m) {
        List<Attendee> voters = m.attendance.stream().filter(a -> a.status.equals("PRESENT") && a.category.equals("VOTING_MEMBER")).toList();
        Attendee chair = m.attendance.stream().filter(a -> a.roleInMeeting != null).findFirst().orElse(null);
        List<Attendee> speakers = voters.stream().filter(a -> a != chair && a.faction != null).toList();
        List<Attendee> staff = m.attendance.stream().filter(a -> a.category.equals("ADMINISTRATION")).toList();
        Attendee coSigner = speakers.isEmpty() ? chair : ctx.pick(speakers);
        String chairWord = chair != null && chair.person.gender.equals("female") ? "Die Vorsitzende" : "Der Vorsitzende";
        VoteFactory votes = new VoteFactory(ctx, city.factions, voters);
        Item recusalItem = null;
        Attendee recused = null;
        List<Item> decidable = m.items.stream().filter(i -> i.consultation != null && i.consultation.role.equals("DECISION")).toList();
        if (!decidable.isEmpty() && !speakers.isEmpty() && ctx.chance(0.08)) {
            recusalItem = ctx.pick(decidable);
            recused = ctx.pick(speakers);
        }
        for (Item item : m.items) {
            item.status = "TREATED";
            if (item.heading) {
                continue;
            }
            String name = item.name;
            if (name.startsWith("Benennung eines")) {
                item.minutesText = "Zur Mitunterzeichnung der Niederschrift wurde " + attendeeName(coSigner) + " benannt.";
            } else if (name.startsWith("Hinweis auf das Mitwirkungsverbot")) {
                item.minutesText = chairWord + " weist auf das Mitwirkungsverbot hin."
                        + (recusalItem == null ? "" : " " + attendeeName(recused) + " erklärt sich zu TOP " + recusalItem.number
                        + " für befangen und nimmt an Beratung und Abstimmung nicht teil.");
                if (recusalItem != null) {
                    long id = ctx.ids.next("recusal");
                    ctx.loader.row("recusal", id, recusalItem.id, recused.person.id, item.id, true, null,
                            ctx.stamp(m.start.toLocalDate()), ctx.stamp(m.start.toLocalDate()));
                }
            } else if (name.equals("Feststellung der Tagesordnung")) {
                Item urgent = m.items.stream().filter(i -> i.urgent).findFirst().orElse(null);
                item.minutesText = urgent == null ? "Die Tagesordnung wird festgestellt."
                        : "Die Tagesordnung wird im Rahmen der Dringlichkeit um folgenden Tagesordnungspunkt erweitert:\n\n"
                        + urgent.number + " " + urgent.name + "\nEmpfehlung\n(Drucksache Nr.: " + urgent.consultation.paper.reference
                        + ")\n\nDie Tagesordnung wird mit dieser Änderung festgestellt.";
            } else if ("approval".equals(item.key) || name.startsWith("Genehmigung der Niederschrift")) {
                VoteFactory.Vote vote = votes.unanimousOrAbstain(null);
                item.minutesText = "Die Niederschrift wird " + vote.phrase() + " genehmigt.";
                item.result = "genehmigt";
                writeDecision(item, null, "ADOPTED", null, null, vote);
                approvePrevious(m);
            } else if (item.consultation == null) {
                item.minutesText = staff.isEmpty() ? "Der Bericht wird zur Kenntnis genommen."
                        : Texts.discussion(ctx.random, m.org.name, attendeeName(ctx.pick(staff))) + "\n\nDer Bericht wird zur Kenntnis genommen.";
            } else {
                decide(m, item, votes, speakers, staff, item == recusalItem ? recused : null);
            }
        }
        flushItems(m);
        signatures(m, chair, coSigner);
    }

    private void decide(Meeting m, Item item, VoteFactory votes, List<Attendee> speakers, List<Attendee> staff, Attendee recused) {
        Consultation c = item.consultation;
        StringBuilder text = new StringBuilder();
        if (!speakers.isEmpty() && ctx.chance(0.7)) {
            Attendee s = ctx.pick(speakers);
            text.append(Texts.discussion(ctx.random, m.org.name, attendeeName(s) + " (" + s.faction.name + ")")).append("\n\n");
            if (!staff.isEmpty()) {
                text.append(Texts.discussion(ctx.random, m.org.name, attendeeName(ctx.pick(staff)))).append("\n\n");
            }
        }
        String subject = MeetingNaming.nominative(m.org.name);
        Consultation next = c.position + 1 < c.paper.path.size() ? c.paper.path.get(c.position + 1) : null;
        String resolution = Texts.resolution(ctx.random, m.org.name);
        boolean motion = List.of("MOTION", "AGENDA_PROPOSAL").contains(c.paper.type.category);
        double r = ctx.random.nextDouble();
        String outcome;
        VoteFactory.Vote vote = null;
        if (motion && r < 0.03) {
            outcome = "WITHDRAWN";
            item.status = "WITHDRAWN";
            text.append("Der Antrag wird von der antragstellenden Fraktion zurückgezogen.");
            item.result = "zurückgezogen";
        } else if (c.role.equals("TO_NOTE")) {
            outcome = "NOTED";
            text.append(subject).append(" nimmt ").append(c.paper.type.category.equals("REQUEST") ? "die Anfrage" : "die Mitteilung")
                    .append(" zur Kenntnis.");
            item.result = "zur Kenntnis genommen";
            if (c.paper.type.category.equals("REQUEST")) {
                requestStatement(m, item, text);
            }
        } else if (r < 0.05) {
            outcome = "POSTPONED";
            text.append("Die Beratung wird auf die nächste Sitzung vertagt.");
            item.result = "vertagt";
            requeue(c, m.start.toLocalDate().plusDays(7), c.org, c.role, c.authoritative);
        } else if (c.role.equals("RECOMMENDATION") && r < 0.12 && next != null) {
            outcome = "PASSED_ON_WITHOUT_DECISION";
            text.append(subject).append(" lässt die Vorlage ohne Beschluss in ").append(next.org.isCouncil() ? "den " : "den ")
                    .append(next.org.name).append(" durchlaufen.");
            item.result = "ohne Beschluss weitergeleitet";
        } else if (c.role.equals("RECOMMENDATION")) {
            outcome = "RECOMMENDED";
            vote = votes.random(false, recused);
            String target = next == null ? "dem Rat" : MeetingNaming.dative(next.org.name);
            text.append(subject).append(" empfiehlt ").append(target).append(" ").append(vote.phrase())
                    .append(", wie folgt zu beschließen:\n").append(resolution);
            item.result = vote.unanimous() ? "einstimmig empfohlen" : "mehrheitlich empfohlen";
        } else {
            boolean rejected = motion ? r < 0.35 : r < 0.12;
            vote = votes.random(rejected, recused);
            outcome = rejected ? "REJECTED" : r > 0.93 ? "ADOPTED_WITH_CHANGES" : "ADOPTED";
            text.append(subject).append(rejected ? " lehnt den " + (motion ? "Antrag" : "Beschlussvorschlag") + " " + vote.phrase() + " ab."
                    : " beschließt " + (outcome.equals("ADOPTED_WITH_CHANGES") ? "mit Änderungen " : "") + vote.phrase() + ":\n" + resolution);
            item.result = rejected ? "abgelehnt" : vote.unanimous() ? "einstimmig beschlossen" : "mehrheitlich beschlossen";
        }
        item.minutesText = text.toString();
        c.outcome = outcome;
        if (outcome.equals("ADOPTED") || outcome.equals("ADOPTED_WITH_CHANGES") || outcome.equals("RECOMMENDED")) {
            item.resolutionText = resolution;
        }
        writeDecision(item, c, outcome, next != null && (outcome.equals("RECOMMENDED") || outcome.equals("PASSED_ON_WITHOUT_DECISION"))
                ? next.org : null, item.resolutionText, vote);
        if (next != null && List.of("RECOMMENDED", "PASSED_ON_WITHOUT_DECISION", "NOTED").contains(outcome)) {
            next.earliest = m.start.toLocalDate().plusDays(7);
            pending.computeIfAbsent(next.org, o -> new ArrayDeque<>()).addLast(next);
            if (c.paper.type.category.equals("DECISION_PROPOSAL") && c.paper.isPublic && ctx.chance(0.1)) {
                supplement(c.paper, next, m.start.toLocalDate().plusDays(3));
            }
        }
    }

    /** Ergänzungsvorlage "…-E1": the administration adds to a paper before its next consultation. */
    private void supplement(Paper origin, Consultation next, LocalDate date) {
        Paper supplement = papers.supplement(origin, city.paperType("SUPPLEMENT"), "Ergänzung: " + PaperWriter.firstLine(origin.name),
                date, origin.underDirectionOf, List.of("Die Verwaltung ergänzt die Vorlage wie folgt:", Texts.prose(ctx.random)));
        Consultation c = new Consultation();
        c.id = ctx.ids.next("consultation");
        c.paper = supplement;
        c.org = next.org;
        c.role = "TO_NOTE";
        c.position = 0;
        c.earliest = next.earliest;
        supplement.path.add(c);
        pending.computeIfAbsent(next.org, o -> new ArrayDeque<>()).addLast(c);
    }

    private void requeue(Consultation c, LocalDate earliest, Org org, String role, boolean authoritative) {
        Consultation again = new Consultation();
        again.id = ctx.ids.next("consultation");
        again.paper = c.paper;
        again.org = org;
        again.role = role;
        again.authoritative = authoritative;
        again.position = c.position;
        again.earliest = earliest;
        pending.computeIfAbsent(org, o -> new ArrayDeque<>()).addLast(again);
    }

    /** "Der Ausschuss bittet die Verwaltung bis zur nächsten Sitzung um schriftliche Stellungnahme." */
    private void requestStatement(Meeting m, Item item, StringBuilder text) {
        Meeting due = m.org.meetings.stream().filter(x -> x.start.isAfter(m.start) && !x.cancelled).findFirst().orElse(null);
        if (due == null) {
            return;
        }
        text.append("\n\n").append(MeetingNaming.nominative(m.org.name)).append(" bittet die Verwaltung bis zur nächsten Sitzung am ")
                .append(GermanFormats.date(due.start)).append(" um schriftliche Stellungnahme.");
        Paper request = item.consultation.paper;
        Org unit = request.underDirectionOf;
        Paper[] closedBy = new Paper[1];
        if (due.start.isBefore(now.plusDays(21))) {
            Paper statement = papers.supplement(request, city.paperType("STATEMENT"), "Stellungnahme der Verwaltung: "
                    + PaperWriter.firstLine(request.name), due.start.toLocalDate().minusDays(ctx.between(7, 12)), unit,
                    List.of("Die Verwaltung nimmt zur Bitte um Stellungnahme wie folgt Stellung:", Texts.prose(ctx.random), Texts.prose(ctx.random)));
            Consultation c = new Consultation();
            c.id = ctx.ids.next("consultation");
            c.paper = statement;
            c.org = m.org;
            c.role = "TO_NOTE";
            c.position = 0;
            c.earliest = due.start.toLocalDate();
            statement.path.add(c);
            pending.computeIfAbsent(m.org, o -> new ArrayDeque<>()).addFirst(c);
            if (due.start.isBefore(now)) {
                closedBy[0] = statement;
            }
        }
        followUps.add(new FollowUp(ctx.ids.next("follow_up"), item, request, due, unit, closedBy));
    }

    private void writeFollowUps() {
        for (FollowUp f : followUps) {
            Paper closing = f.closedBy()[0];
            OffsetDateTime created = ctx.stamp(f.item().consultation.meeting.start.toLocalDate());
            OffsetDateTime closedAt = closing == null ? null : ctx.stamp(f.dueMeeting().start.toLocalDate());
            ctx.loader.row("follow_up", f.id(), f.item().id, null, f.paper().id, "Schriftliche Stellungnahme der Verwaltung",
                    f.dueMeeting().start.toLocalDate(), f.dueMeeting().id, f.unit() == null ? null : f.unit().id,
                    closing == null ? "OPEN" : "DONE", closing == null ? null : closing.id, closedAt, created,
                    closedAt == null ? created : closedAt);
        }
    }

    private void writeDecision(Item item, Consultation c, String outcome, Org recommendedTo, String resolution, VoteFactory.Vote vote) {
        long id = ctx.ids.next("decision");
        Meeting m = c != null ? c.meeting : null;
        OffsetDateTime stamp = m == null ? null : ctx.stamp(m.start.toLocalDate());
        ctx.loader.row("decision", id, item.id, c == null ? null : c.id, (short) 0, null, outcome,
                recommendedTo == null ? null : recommendedTo.id,
                resolution == null ? null : item.isPublic ? resolution : ctx.hidden(resolution, "decision", id),
                vote == null ? "NONE" : "OPEN", vote == null ? null : vote.unanimous() ? "UNANIMOUS" : "MAJORITY",
                vote == null ? null : vote.yes(), vote == null ? null : vote.no(), vote == null ? null : vote.abstain(),
                vote == null ? null : vote.present(), item.isPublic, stamp == null ? ctx.created : stamp, stamp == null ? ctx.created : stamp);
        if (vote != null) {
            vote.positions().forEach((faction, position) ->
                    ctx.loader.row("decision_faction_position", id, faction.id, position));
        }
    }

    private String attendeeName(Attendee a) {
        if (a == null) {
            return "die Vorsitzende";
        }
        if (a.category.equals("ADMINISTRATION")) {
            return a.person.formOfAddress + " " + a.person.shortName() + " (" + a.unitCode + (a.functionLabel == null ? "" : "/" + a.functionLabel) + ")";
        }
        return org.openris.organization.Mandates.prefixed(a.membership.mandate, a.person.shortName());
    }

    // ---------------------------------------------------------------- minutes

    private void minutes(Meeting m) {
        OffsetDateTime signed = m.start.plusDays(14).isBefore(now) ? m.start.plusDays(14) : null;
        publicMinutes.put(m, plan(m, true, signed));
        if (m.items.stream().anyMatch(i -> !i.isPublic)) {
            hiddenMinutes.put(m, plan(m, false, signed));
        }
    }

    private MinutesPlan plan(Meeting m, boolean publicPart, OffsetDateTime signedAt) {
        long id = ctx.ids.next("minutes");
        ctx.loader.row("minutes", id, m.id, publicPart, 1, "DRAFT", ctx.stamp(m.start.toLocalDate()), ctx.stamp(m.start.toLocalDate()));
        MinutesPlan plan = new MinutesPlan(id, m.id, publicPart, signedAt, new OffsetDateTime[1], new long[1]);
        minutesPlans.add(plan);
        return plan;
    }

    private void approvePrevious(Meeting m) {
        Meeting previous = m.previous;
        for (MinutesPlan plan : new MinutesPlan[]{publicMinutes.get(previous), hiddenMinutes.get(previous)}) {
            if (plan != null && plan.signedAt() != null && plan.signedAt().isBefore(m.start)) {
                plan.approvedAt()[0] = m.start;
                plan.approvedInMeetingId()[0] = m.id;
            }
        }
    }

    private void signatures(Meeting m, Attendee chair, Attendee coSigner) {
        OffsetDateTime signed = m.start.plusDays(14).isBefore(now) ? m.start.plusDays(14) : null;
        for (MinutesPlan plan : new MinutesPlan[]{publicMinutes.get(m), hiddenMinutes.get(m)}) {
            if (plan == null) {
                continue;
            }
            short position = 0;
            if (chair != null) {
                ctx.loader.row("minutes_signature", plan.minutesId(), position++, chair.person.id, "CHAIR", chair.roleInMeeting, signed);
            }
            if (coSigner != null && coSigner != chair) {
                String label = m.org.isDistrict() ? "Bezirksvertreter/in" : coSigner.membership.mandate.equals("CITIZEN_MEMBER")
                        ? "Sachkundige/r Bürger/in" : "Ratsmitglied";
                ctx.loader.row("minutes_signature", plan.minutesId(), position++, coSigner.person.id, "CO_SIGNER", label, signed);
            }
            Person secretary = m.org.secretary;
            ctx.loader.row("minutes_signature", plan.minutesId(), position, secretary.id, "SECRETARY",
                    secretary.gender.equals("female") ? "Geschäftsführerin" : "Geschäftsführer", signed);
        }
    }
}
