package org.openris.search;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.openris.file.FileStore;

import org.openris.testsupport.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small council for the search tests: public papers, a meeting with items and published minutes,
 * a PDF attachment whose text is only in the PDF — and, next to them, hidden content carrying
 * marker words ({@link #MARKERS}) in every place the public must never see.
 */
final class SearchWorld {

    /** Each marker sits only in non-public content (see the comments where they are used). */
    static final List<String> MARKERS = List.of("zorbelnuss", "quibbelkram", "fratzelmoos", "plunderwick", "gribbeltorf",
            "schnarzelbeet", "murksapfel", "trollingerhuf", "wabbelkies", "knirpselgrat", "flunkerbirne", "pustelzwirn");

    final String tag;
    final String committeeName;
    final String factionName;
    final long body;
    final long committee;
    final long faction;
    final long meeting;
    final long publicItem;
    final long radwegPaper;
    final long fahrradPaper;
    final long pdfPaper;
    final long schoolPaper;
    final String radwegReference;
    final String hiddenReference;
    final long councillor;

    SearchWorld(JdbcClient jdbc, FileStore store, String tag, int serialBase) {
        Fixtures fx = new Fixtures(jdbc);
        this.tag = tag;
        body = fx.body("Stadt Suchhausen " + tag);
        long term = fx.term(body, "Wahlperiode 2020–2025 " + tag, LocalDate.of(2020, 11, 1), LocalDate.of(2025, 10, 31));
        committeeName = "Ausschuss für Suchproben " + tag;
        factionName = "Fraktion Suchgrün " + tag;
        committee = fx.organization(body, committeeName, "COMMITTEE").create();
        faction = fx.organization(body, factionName, "FACTION").shortName("SG" + tag).create();
        // hidden organization: a faction not (yet) configured as public, named with a marker
        long hiddenFaction = fx.organization(body, "Fraktion Zorbelnuss " + tag, "FACTION").nonPublic().create();
        long motion = fx.paperType(body, "Antrag", "MOTION", true);
        long proposal = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);

        councillor = fx.person(body, "Suchmann").given("Petra").female().email("quibbelkram@example.org", false).create();
        fx.membership(councillor, committee, LocalDate.of(2020, 11, 1)).create();
        fx.membership(councillor, faction, LocalDate.of(2020, 11, 1)).create();
        fx.execute("UPDATE person SET phone = '0221 quibbelkram', life = 'Lebenslauf quibbelkram' WHERE id = ?", councillor);
        // a person known only through the hidden faction: not public
        long hiddenPerson = fx.person(body, "Fratzelmoos").given("Otto").male().create();
        fx.membership(hiddenPerson, hiddenFaction, LocalDate.of(2020, 11, 1)).create();

        radwegReference = serialBase + "-21";
        radwegPaper = fx.paper(body, motion, "Ausbau des Radwegenetzes in der Nordstadt").released(radwegReference, LocalDate.of(2021, 3, 4)).create();
        fx.originator(radwegPaper, 0, faction);
        fx.originator(radwegPaper, 1, hiddenFaction);
        fahrradPaper = fx.paper(body, proposal, "Neuer Fahrradweg an der Ringstraße")
                .released((serialBase + 1) + "-22", LocalDate.of(2022, 5, 10)).create();
        schoolPaper = fx.paper(body, motion, "Sanierung der Turnhallen").released((serialBase + 2) + "-22", LocalDate.of(2022, 9, 1)).create();
        fx.execute("UPDATE paper SET text = '<p>Die Schulen im Quartier brauchen neue Dächer &amp; Fenster.</p>' WHERE id = ?", schoolPaper);
        pdfPaper = fx.paper(body, proposal, "Grünflächen am Stadtgraben").released((serialBase + 3) + "-23", LocalDate.of(2023, 4, 2)).create();
        fx.originator(schoolPaper, 0, faction);
        for (long paper : List.of(radwegPaper, fahrradPaper, schoolPaper, pdfPaper)) {
            fx.consultation(paper, committee, null, null, 0, "DECISION", true, null);
        }
        // the PDF's text exists only inside the PDF (stored_file.text_content stays NULL until extracted)
        long pdf = storedPdf(fx, store, body, "Anlage Wildblumen", "Auf dem Stadtgraben entsteht eine Wildblumenwiese mit Nistkästen.", true);
        fx.attachToPaper(pdfPaper, pdf, "MAIN");
        // non-public attachment of a public paper
        long hiddenFile = fx.file(body, "Interne Kalkulation", false);
        fx.execute("UPDATE stored_file SET text_content = 'Kalkulation plunderwick', text_extracted_at = now() WHERE id = ?", hiddenFile);
        fx.attachToPaper(fahrradPaper, hiddenFile, "AUXILIARY");

        // hidden papers: non-public, and a draft
        hiddenReference = (serialBase + 4) + "-23";
        long hiddenPaper = fx.paper(body, motion, "Grundstücksankauf gribbeltorf").released(hiddenReference, LocalDate.of(2023, 6, 1)).nonPublic().create();
        fx.execute("UPDATE paper SET text = '<p>Kaufpreis schnarzelbeet</p>' WHERE id = ?", hiddenPaper);
        fx.consultation(hiddenPaper, committee, null, null, 0, "DECISION", true, null);
        fx.paper(body, motion, "Entwurf murksapfel").create();

        meeting = fx.meeting(body, committee, term, Fixtures.berlin(LocalDate.of(2023, 5, 15), LocalTime.of(17, 0)))
                .numbered(7, "7. Sitzung des Ausschusses für Suchproben " + tag)
                .held(Fixtures.berlin(LocalDate.of(2023, 5, 15), LocalTime.of(17, 0)), Fixtures.berlin(LocalDate.of(2023, 5, 15), LocalTime.of(19, 0)))
                .create();
        publicItem = fx.agendaItem(meeting, "1", "Radverkehrskonzept Innenstadt")
                .resolution("Der Ausschuss beschließt das Radverkehrskonzept.", "einstimmig beschlossen")
                .minutes("Die Verwaltung erläutert die Planung der Fahrradstraßen.").create();
        long hiddenItem = fx.agendaItem(meeting, "2", "Personalangelegenheit trollingerhuf").nonPublic()
                .resolution("Beschluss wabbelkies", "beschlossen").minutes("Aussprache knirpselgrat").create();
        long hiddenItemFile = storedPdf(fx, store, body, "Vermerk", "Vermerk flunkerbirne", true);
        fx.attachToAgendaItem(hiddenItem, hiddenItemFile, "Vermerk");
        long published = fx.minutes(meeting, true);
        fx.execute("UPDATE minutes SET state = 'PUBLISHED', content = 'Niederschrift: Das Radverkehrskonzept wurde vorgestellt.',"
                + " content_hash = ?, signed_at = now(), approved_at = now(), published_at = now() WHERE id = ?", "c".repeat(64), published);
        long nonPublicMinutes = fx.minutes(meeting, false);
        fx.execute("UPDATE minutes SET content = 'Nichtöffentlich pustelzwirn' WHERE id = ?", nonPublicMinutes);

        // a meeting whose minutes are not published: the discussion text of its public item stays out
        long unpublished = fx.meeting(body, committee, term, Fixtures.berlin(LocalDate.of(2023, 6, 12), LocalTime.of(17, 0)))
                .numbered(8, "8. Sitzung des Ausschusses für Suchproben " + tag).create();
        fx.agendaItem(unpublished, "1", "Bericht der Verwaltung").minutes("Vorab pustelzwirn").create();
        // a whole non-public meeting
        fx.meeting(body, committee, term, Fixtures.berlin(LocalDate.of(2023, 7, 3), LocalTime.of(17, 0)))
                .numbered(9, "Klausurtagung fratzelmoos " + tag).nonPublic().create();
    }

    static long storedPdf(Fixtures fx, FileStore store, long body, String name, String text, boolean isPublic) {
        return fx.storedPdf(store, body, name, text, isPublic);
    }
}
