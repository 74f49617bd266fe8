package org.openris.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.openris.testsupport.Fixtures;

/**
 * The complete example meeting of {@code shared/examples/minutes-musterstadt.txt} — the 12th
 * meeting of the Ausschuss für Umwelt, Klima und Mobilität on 14.09.2023 — recorded in our schema
 * with the fixture builders. Every fact of the example is stored as data, not as text to copy.
 */
final class ExampleMeeting {

    final Map<String, Long> ids = new HashMap<>();
    long body;
    long meeting;
    long minutes;

    ExampleMeeting(Fixtures fx) {
        LocalDate day = LocalDate.of(2023, 9, 14);
        LocalDate termStart = LocalDate.of(2020, 11, 1);
        body = fx.body("Stadt Musterstadt (Beispiel)");
        long term = fx.term(body, "Wahlperiode 2020–2025", termStart, LocalDate.of(2025, 10, 31));
        long room = fx.location("Rathaus Musterstadt", "Sitzungssaal 2", "Marktplatz 1");
        long committee = fx.organization(body, "Ausschuss für Umwelt, Klima und Mobilität", "COMMITTEE").shortName("AUKM").create();
        long council = fx.organization(body, "Rat der Stadt Musterstadt", "COUNCIL").create();
        long spd = fx.organization(body, "SPD-Fraktion", "FACTION").create();
        long cdu = fx.organization(body, "CDU-Fraktion", "FACTION").create();
        long gruene = fx.organization(body, "Fraktion Bündnis 90/Die Grünen", "FACTION").create();
        long fdp = fx.organization(body, "Fraktion FDP", "FACTION").create();
        long seniors = fx.organization(body, "Seniorenbeirat", "ADVISORY_BOARD").create();
        long dez6 = fx.organization(body, "Dezernat VI", "ADMINISTRATIVE_UNIT").unitCode("6/Dez").create();
        long amt60 = fx.organization(body, "Stadtplanungsamt", "ADMINISTRATIVE_UNIT").unitCode("60").create();
        long amt61 = fx.organization(body, "Umweltamt", "ADMINISTRATIVE_UNIT").unitCode("61").create();
        long amt66 = fx.organization(body, "Abteilung Verkehrsplanung", "ADMINISTRATIVE_UNIT").unitCode("66/2").create();
        ids.putAll(Map.of("committee", committee, "council", council, "spd", spd, "cdu", cdu, "gruene", gruene, "fdp", fdp,
                "amt66", amt66));

        long albers = member(fx, "Albers", true, committee, termStart);
        long brinkmann = member(fx, "Brinkmann", false, committee, termStart);
        long dorn = member(fx, "Dorn", false, committee, termStart);
        long celikPerson = fx.person(body, "Celik").female().create();
        long celik = fx.membership(celikPerson, committee, termStart).deputyFor(dorn).create();
        long engelPerson = fx.person(body, "Engel").female().create();
        long engel = fx.membership(engelPerson, committee, termStart).citizenMember(spd).create();
        long falk = member(fx, "Falk", false, committee, termStart);
        long gruberPerson = fx.person(body, "Gruber").title("Dr.").male().create();
        long gruber = fx.membership(gruberPerson, committee, termStart).create();
        long hahnPerson = fx.person(body, "Hahn").male().create();
        long hahn = fx.membership(hahnPerson, committee, termStart).citizenMember(cdu).create();
        long ivanova = member(fx, "Ivanova", false, committee, termStart);
        long jansen = member(fx, "Jansen", false, committee, termStart);
        long kruegerPerson = fx.person(body, "Krüger").male().create();
        long krueger = fx.membership(kruegerPerson, committee, termStart).citizenMember(fdp).create();
        long lindnerPerson = fx.person(body, "Lindner").female().create();
        long lindner = fx.membership(lindnerPerson, committee, termStart).residentWithoutVote(seniors).create();
        long moeller = staff(fx, "Möller", dez6, "Dezernentin");
        long neumann = staff(fx, "Neumann", amt60, "FBL");
        long ortmann = staff(fx, "Ortmann", amt61, "stellv. FBL");
        long peters = staff(fx, "Peters", amt66, null);
        long rahn = fx.person(body, "Rahn").female().create();
        ids.put("falk", personOf(falk));
        ids.put("rahn", rahn);

        meeting = fx.meeting(body, committee, term, Fixtures.berlin(day, LocalTime.of(16, 0)))
                .numbered(12, "12. Sitzung des Ausschusses für Umwelt, Klima und Mobilität")
                .held(Fixtures.berlin(day, LocalTime.of(16, 0)), Fixtures.berlin(day, LocalTime.of(18, 40)))
                .at(room).create();
        long next = fx.meeting(body, committee, term, Fixtures.berlin(LocalDate.of(2023, 11, 9), LocalTime.of(16, 0)))
                .numbered(13, "13. Sitzung des Ausschusses für Umwelt, Klima und Mobilität").at(room).create();
        ids.put("nextMeeting", next);

        int p = 0;
        fx.attendance(meeting, "VOTING_MEMBER", p++).member(personOf(albers), albers, spd).chairing("Vorsitzender").create();
        fx.attendance(meeting, "VOTING_MEMBER", p++).member(personOf(brinkmann), brinkmann, spd).create();
        fx.attendance(meeting, "VOTING_MEMBER", p++).member(celikPerson, celik, spd).substituting(personOf(dorn)).create();
        fx.attendance(meeting, "VOTING_MEMBER", p++).member(engelPerson, engel, spd).create();
        fx.attendance(meeting, "VOTING_MEMBER", p++).member(personOf(falk), falk, cdu).create();
        fx.attendance(meeting, "VOTING_MEMBER", p++).member(gruberPerson, gruber, cdu).create();
        fx.attendance(meeting, "VOTING_MEMBER", p++).member(hahnPerson, hahn, cdu).arrivedAt(LocalTime.of(16, 25)).create();
        fx.attendance(meeting, "VOTING_MEMBER", p++).member(personOf(ivanova), ivanova, gruene).create();
        fx.attendance(meeting, "VOTING_MEMBER", p++).member(personOf(jansen), jansen, gruene).create();
        fx.attendance(meeting, "VOTING_MEMBER", p++).member(kruegerPerson, krueger, fdp).create();
        fx.attendance(meeting, "MEMBER_WITHOUT_VOTE", p++).member(lindnerPerson, lindner, null).create();
        fx.attendance(meeting, "ADMINISTRATION", p++).staff(moeller, "Stadträtin", "6", "Dez").create();
        fx.attendance(meeting, "ADMINISTRATION", p++).staff(neumann, null, "60", "FBL").create();
        fx.attendance(meeting, "ADMINISTRATION", p++).staff(ortmann, null, "61", "stellv. FBL").create();
        fx.attendance(meeting, "ADMINISTRATION", p++).staff(peters, null, "66/2", null).create();
        fx.attendance(meeting, "GUEST", p++).guest("Frau", "Dr. Quast", "Stadtwerke Musterstadt").create();
        fx.attendance(meeting, "VOTING_MEMBER", p).member(personOf(dorn), dorn, spd).excused().create();

        long proposal = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        long notice = fx.paperType(body, "Mitteilung zur Kenntnisnahme", "NOTICE", true);
        long agendaProposal = fx.paperType(body, "Vorschlag zur Tagesordnung", "AGENDA_PROPOSAL", true);
        long request = fx.paperType(body, "Bitte um Stellungnahme", "REQUEST", true);
        long klima = fx.paper(body, notice, "Klimaanpassungskonzept 2030\nhier: Zwischenbericht").released("04411-23", day.minusDays(20)).create();
        long parken = fx.paper(body, proposal, "Neuordnung der Parkraumbewirtschaftung in der Innenstadt").released("04129-23", day.minusDays(40)).create();
        long kehr = fx.paper(body, proposal, "Beschaffung von zwölf elektrischen Kehrmaschinen").released("04502-23", day.minusDays(18)).create();
        long baum = fx.paper(body, agendaProposal, "Baumpflanzungen an Schulhöfen").released("04610-23", day.minusDays(12)).create();
        long radweg = fx.paper(body, request, "Sachstand Radweg Nordring").released("04622-23", day.minusDays(11)).create();
        long hitze = fx.paper(body, proposal, "Hitzeschutz in städtischen Kitas - Sofortmaßnahmen").released("04655-23", day.minusDays(2)).create();
        ids.putAll(Map.of("radweg", radweg, "parken", parken, "kehr", kehr));

        long s1 = fx.agendaItem(meeting, "1", "Regularien").heading().position(0, 0).create();
        long i11 = fx.agendaItem(meeting, "1.1", "Benennung eines Ausschussmitgliedes zur Mitunterzeichnung der Niederschrift")
                .under(s1).position(1, 1).minutes("Zur Mitunterzeichnung der Niederschrift wurde Rm Jansen benannt.").create();
        long i12 = fx.agendaItem(meeting, "1.2", "Hinweis auf das Mitwirkungsverbot gem. §§ 31 und 43 Abs. 2 GO NRW").under(s1).position(2, 2)
                .minutes("Der Vorsitzende weist auf das Mitwirkungsverbot hin. Rm Falk erklärt sich zu TOP 2.3 für befangen und nimmt an"
                        + " Beratung und Abstimmung nicht teil.").create();
        fx.agendaItem(meeting, "1.3", "Feststellung der Tagesordnung").under(s1).position(3, 3).minutes("""
                Die Tagesordnung wird im Rahmen der Dringlichkeit um folgenden Tagesordnungspunkt erweitert:

                2.4 Hitzeschutz in städtischen Kitas - Sofortmaßnahmen
                Empfehlung
                (Drucksache Nr.: 04655-23)

                Des Weiteren wird vorgeschlagen, TOP 3.2 vor TOP 2.2 zu behandeln.

                Die Tagesordnung wird mit diesen Änderungen festgestellt.""").create();
        long i14 = fx.agendaItem(meeting, "1.4", "Genehmigung der Niederschrift über die 11. Sitzung des Ausschusses für Umwelt,"
                        + " Klima und Mobilität am 22.06.2023").under(s1).position(4, 4)
                .minutesHeading("Genehmigung der Niederschrift über die 11. Sitzung am 22.06.2023")
                .minutes("Die Niederschrift wird einstimmig, bei Enthaltung der FDP-Fraktion, genehmigt.").create();
        long s2 = fx.agendaItem(meeting, "2", "Vorlagen der Verwaltung").heading().position(5, 5).create();
        long i21 = fx.agendaItem(meeting, "2.1", "Klimaanpassungskonzept 2030\nhier: Zwischenbericht").under(s2).position(6, 6)
                .treatment("TO_NOTE", null).minutes("""
                Herr Neumann (60/FBL) stellt den Zwischenbericht anhand einer Präsentation vor. Diese ist der Niederschrift als Anlage 1 beigefügt.

                Rm Ivanova (Fraktion Bündnis 90/Die Grünen) fragt, wann die Starkregengefahrenkarte veröffentlicht werde.

                Frau Ortmann (61/stellv. FBL) antwortet, die Karte solle bis Ende des Jahres online stehen.

                Der Ausschuss für Umwelt, Klima und Mobilität nimmt den Zwischenbericht zur Kenntnis.""").create();
        long i22 = fx.agendaItem(meeting, "2.2", "Neuordnung der Parkraumbewirtschaftung in der Innenstadt").under(s2).position(7, 8)
                .treatment("RECOMMENDATION", null).minutes("""
                Rm Dr. Gruber (CDU-Fraktion) erklärt, seine Fraktion habe noch Beratungsbedarf, und bittet, die Vorlage ohne Empfehlung in den Rat durchlaufen zu lassen.

                Rm Brinkmann (SPD-Fraktion) schließt sich an.

                Der Ausschuss für Umwelt, Klima und Mobilität lässt die Vorlage ohne Beschluss in den Rat der Stadt Musterstadt durchlaufen.""")
                .resolution(null, "ohne Beschluss weitergeleitet").create();
        String kehrResolution = "Die Verwaltung wird beauftragt, zwölf elektrische Kehrmaschinen zu beschaffen. Die Mittel stehen im"
                + " Teilergebnisplan 66 bereit.";
        long i23 = fx.agendaItem(meeting, "2.3", "Beschaffung von zwölf elektrischen Kehrmaschinen").under(s2).position(8, 9)
                .treatment("DECISION", null).minutes("""
                Rm Falk hat den Sitzungssaal verlassen.

                Der Ausschuss für Umwelt, Klima und Mobilität beschließt mit 8 Ja-Stimmen, 1 Nein-Stimme (FDP-Fraktion) und ohne Enthaltungen:
                """ + kehrResolution).resolution(kehrResolution, "mehrheitlich beschlossen").create();
        long i24 = fx.agendaItem(meeting, "2.4", "Hitzeschutz in städtischen Kitas - Sofortmaßnahmen").under(s2).position(9, 10)
                .treatment("RECOMMENDATION", null).urgent()
                .minutes("Der Ausschuss für Umwelt, Klima und Mobilität empfiehlt dem Rat der Stadt Musterstadt einstimmig, die"
                        + " Sofortmaßnahmen gemäß Vorlage zu beschließen.").create();
        long s3 = fx.agendaItem(meeting, "3", "Anträge und Anfragen der Fraktionen").heading().position(10, 11).create();
        String baumResolution = "Die Verwaltung wird beauftragt, bis zum Frühjahr 2024 an zehn Schulhöfen je mindestens fünf Bäume zu pflanzen.";
        long i31 = fx.agendaItem(meeting, "3.1", "Baumpflanzungen an Schulhöfen").under(s3).position(11, 12)
                .treatment("DECISION", "Vorschlag zur TO (Fraktion Bündnis 90/Die Grünen)").minutes("Dem Ausschuss liegt folgender Antrag vor:\n"
                        + baumResolution + "\n\nDer Ausschuss für Umwelt, Klima und Mobilität beschließt den Antrag mehrheitlich gegen die"
                        + " Stimmen der CDU-Fraktion.").resolution(baumResolution, "mehrheitlich beschlossen").create();
        long i32 = fx.agendaItem(meeting, "3.2", "Sachstand Radweg Nordring").under(s3).position(12, 7)
                .treatment("TO_NOTE", "Bitte um Stellungnahme (CDU-Fraktion)").minutes("""
                Dem Ausschuss liegt folgende Bitte um Stellungnahme der CDU-Fraktion vor:
                1. Wann beginnt der Bau des Radweges am Nordring?
                2. Welche Mittel stehen dafür im Haushalt 2024 bereit?

                Herr Peters (66/2) sagt eine schriftliche Antwort zu.

                Der Ausschuss bittet die Verwaltung bis zur nächsten Sitzung am 09.11.2023 um schriftliche Stellungnahme.""").create();
        fx.agendaItem(meeting, "4", "Mitteilungen des Vorsitzenden").heading().empty("- unbesetzt -").position(13, 13)
                .minutes("Es liegen keine Mitteilungen vor.").create();
        ids.putAll(Map.of("1.2", i12, "1.4", i14, "2.1", i21, "2.2", i22, "2.3", i23, "2.4", i24, "3.1", i31, "3.2", i32));

        long cKlima = fx.consultation(klima, committee, meeting, i21, 0, "TO_NOTE", false, "NOTED");
        long cParken = fx.consultation(parken, committee, meeting, i22, 0, "RECOMMENDATION", false, "PASSED_ON_WITHOUT_DECISION");
        fx.consultation(parken, council, null, null, 1, "DECISION", true, null);
        long cKehr = fx.consultation(kehr, committee, meeting, i23, 0, "DECISION", true, "ADOPTED");
        long cHitze = fx.consultation(hitze, committee, meeting, i24, 0, "RECOMMENDATION", false, "RECOMMENDED");
        fx.consultation(hitze, council, null, null, 1, "DECISION", true, null);
        long cBaum = fx.consultation(baum, committee, meeting, i31, 0, "DECISION", true, "ADOPTED");
        long cRadweg = fx.consultation(radweg, committee, meeting, i32, 0, "TO_NOTE", false, "NOTED");

        long approval = fx.decision(i14, "ADOPTED").unanimous().create();
        fx.factionPosition(approval, fdp, "ABSTAIN");
        fx.decision(i21, "NOTED").on(cKlima).create();
        fx.decision(i22, "PASSED_ON_WITHOUT_DECISION").on(cParken).recommendedTo(council).create();
        long kehrDecision = fx.decision(i23, "ADOPTED").on(cKehr).resolution(kehrResolution).counted(8, 1, 0).create();
        fx.factionPosition(kehrDecision, fdp, "NO");
        fx.decision(i24, "RECOMMENDED").on(cHitze).recommendedTo(council).unanimous().create();
        long baumDecision = fx.decision(i31, "ADOPTED").on(cBaum).resolution(baumResolution).majority().create();
        fx.factionPosition(baumDecision, cdu, "NO");
        fx.decision(i32, "NOTED").on(cRadweg).create();
        ids.put("kehrDecision", kehrDecision);
        fx.recusal(i23, personOf(falk), i12);
        ids.put("followUp", fx.followUp(i32, radweg, "Schriftliche Stellungnahme der Verwaltung", LocalDate.of(2023, 11, 9), next, amt66));

        long presentation = fx.file(body, "Präsentation Klimaanpassungskonzept", true);
        fx.attachToAgendaItem(i21, presentation, "Anlage 1");

        minutes = fx.minutes(meeting, true);
        fx.signature(minutes, 0, personOf(albers), "CHAIR", "Vorsitzender");
        fx.signature(minutes, 1, personOf(jansen), "CO_SIGNER", "Ratsmitglied");
        fx.signature(minutes, 2, rahn, "SECRETARY", "Geschäftsführerin");
        ids.put("1.1", i11);
    }

    private final Map<Long, Long> personByMembership = new HashMap<>();

    private long member(Fixtures fx, String name, boolean chair, long committee, LocalDate start) {
        long person = fx.person(body, name).male().create();
        var membership = fx.membership(person, committee, start);
        long id = (chair ? membership.chair("Vorsitzender") : membership).create();
        personByMembership.put(id, person);
        return id;
    }

    private long staff(Fixtures fx, String name, long unit, String function) {
        long person = (name.equals("Möller") || name.equals("Ortmann") ? fx.person(body, name).female() : fx.person(body, name).male()).create();
        fx.membership(person, unit, LocalDate.of(2020, 1, 1)).staff(function).create();
        return person;
    }

    long personOf(long membership) {
        Long person = personByMembership.get(membership);
        if (person != null) {
            return person;
        }
        throw new IllegalArgumentException("no person recorded for membership " + membership);
    }
}
