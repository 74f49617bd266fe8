package org.openris.portal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.openris.file.FileStore;
import org.openris.testsupport.Fixtures;

/**
 * A small public council for the portal tests: a committee with members of two factions (chair, sB,
 * deputy), a past meeting with a decision voted by faction and a paper with a supplement, real PDF
 * documents (two public, one non-public), a hidden paper, a future meeting and a former member.
 * Names carry {@code tag} so that several runs in one database never collide.
 */
public final class PortalScene {

    public final String tag;
    public final long body;
    public final long committee;
    public final long factionA;
    public final long factionB;
    public final long chair;
    public final long citizen;
    public final long former;
    public final long pastMeeting;
    public final long futureMeeting;
    public final long paper;
    public final String reference;
    public final long supplement;
    public final String supplementReference;
    public final long hiddenPaper;
    public final String hiddenReference;
    public final long motion;
    public final String motionReference;
    public final long mainFile;
    public final long attachment;
    public final long hiddenAttachment;
    public final long invitation;
    public final LocalDate pastDay;

    public PortalScene(Fixtures fx, FileStore store, long seed) throws IOException {
        tag = "P" + Long.toString(Math.abs(seed % 46656), 36) + Long.toString(System.nanoTime() % 1000, 36);
        int serial = 60000 + (int) Math.abs(System.nanoTime() % 30000);
        body = fx.body("Stadt Portalhausen " + tag);
        long term = fx.term(body, "Wahlperiode 2025–2030", LocalDate.of(2025, 11, 1), LocalDate.of(2030, 10, 31));
        committee = fx.organization(body, "Ausschuss für Radwege " + tag, "COMMITTEE").create();
        factionA = fx.organization(body, "Fraktion Grüne Wiese " + tag, "FACTION").shortName("GW" + tag).create();
        factionB = fx.organization(body, "Fraktion Blaue Brücke " + tag, "FACTION").shortName("BB" + tag).create();
        LocalDate since = LocalDate.of(2025, 11, 1);
        chair = fx.person(body, "Vorsitzmann" + tag).given("Anna").title("Dr.").create();
        fx.membership(chair, committee, since).chair(null).create();
        fx.membership(chair, factionA, since).create();
        citizen = fx.person(body, "Bürgerlich" + tag).given("Bernd").create();
        fx.membership(citizen, committee, since).citizenMember(factionB).create();
        long member = fx.person(body, "Mitgliedt" + tag).given("Carla").create();
        fx.membership(member, committee, since).create();
        fx.membership(member, factionB, since).create();
        former = fx.person(body, "Ehemalig" + tag).given("Dora").create();
        fx.membership(former, committee, LocalDate.of(2020, 11, 1)).until(LocalDate.of(2025, 10, 31)).create();

        pastDay = ZonedDateTime.now().toLocalDate().minusDays(10);
        long location = fx.location("Rathaus Portalhausen", "Raum 1.01", "Marktplatz 1");
        pastMeeting = fx.meeting(body, committee, term, Fixtures.berlin(pastDay, LocalTime.of(16, 0))).numbered(3, "3. Sitzung")
                .at(location).held(Fixtures.berlin(pastDay, LocalTime.of(16, 0)), Fixtures.berlin(pastDay, LocalTime.of(18, 25))).create();
        fx.execute("UPDATE meeting SET stream_url = 'https://stream.example.org/live', recording_url = 'javascript:alert(1)' WHERE id = ?", pastMeeting);
        futureMeeting = fx.meeting(body, committee, term, Fixtures.berlin(ZonedDateTime.now().toLocalDate().plusDays(5), LocalTime.of(17, 0)))
                .numbered(4, "4. Sitzung").create();

        long decisionType = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        long motionType = fx.paperType(body, "Antrag", "MOTION", true);
        long statementType = fx.paperType(body, "Stellungnahme der Verwaltung", "STATEMENT", true);
        reference = serial + "-26";
        paper = fx.paper(body, decisionType, "Radwegenetz Nord " + tag).released(reference, pastDay.minusDays(20)).create();
        fx.originator(paper, 0, factionA);
        fx.execute("INSERT INTO paper_originator (paper_id, position, person_id) VALUES (?, 1, ?)", paper, chair);
        supplementReference = reference + "-E1";
        supplement = fx.paper(body, statementType, "Stellungnahme zum Radwegenetz " + tag).released(supplementReference, pastDay.minusDays(5))
                .supplementTo(paper).create();
        hiddenReference = (serial + 1) + "-26";
        hiddenPaper = fx.paper(body, decisionType, "Geheimsache geheimnis " + tag).released(hiddenReference, pastDay).nonPublic().create();
        motionReference = (serial + 2) + "-26";
        motion = fx.paper(body, motionType, "Antrag auf Fahrradständer " + tag).released(motionReference, pastDay.minusDays(3)).create();
        fx.originator(motion, 0, factionB);

        long heading = fx.agendaItem(pastMeeting, "1", "Regularien").heading().create();
        long item = fx.agendaItem(pastMeeting, "2", "Radwegenetz Nord").treatment("DECISION", null)
                .resolution("Der Ausschuss beschließt das Radwegenetz Nord.", "beschlossen").create();
        fx.agendaItem(pastMeeting, "3", "Vertrauliche Grundstückssache geheimnis").nonPublic().create();
        long consultation = fx.consultation(paper, committee, pastMeeting, item, 0, "DECISION", true, "ADOPTED");
        long decision = fx.decision(item, "ADOPTED").on(consultation).resolution("Der Ausschuss beschließt das Radwegenetz Nord.")
                .majority().counted(9, 3, 1).create();
        fx.factionPosition(decision, factionA, "YES");
        fx.factionPosition(decision, factionB, "NO");

        mainFile = pdf(fx, store, body, reference + " Radwegenetz Nord " + tag, true, "Hauptdokument");
        attachment = pdf(fx, store, body, "Anlage 1 Karte " + tag, true, "Anlage");
        hiddenAttachment = pdf(fx, store, body, "Vertrauliche Anlage geheimnis " + tag, false, "Geheim");
        fx.attachToPaper(paper, mainFile, "MAIN");
        fx.attachToPaper(paper, attachment, "AUXILIARY");
        fx.attachToPaper(paper, hiddenAttachment, "AUXILIARY");
        invitation = pdf(fx, store, body, "Einladung 3. Sitzung " + tag, true, "Einladung");
        fx.attachToMeeting(pastMeeting, invitation, "INVITATION", null);
        if (heading < 0) {
            throw new IllegalStateException();
        }
    }

    /** A stored one-page PDF with the given text, attached to nothing yet. */
    private static long pdf(Fixtures fx, FileStore store, long body, String name, boolean isPublic, String content) {
        return fx.storedPdf(store, body, name, content, isPublic);
    }
}
