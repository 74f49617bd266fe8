package org.openris.visibility;

import java.time.LocalDate;
import java.time.LocalTime;
import org.openris.testsupport.Fixtures;

/**
 * Hidden objects beyond what the demo generator marks: every way content can be non-public for
 * the anonymous public, each carrying a {@code NOEFF-} marker in its text.
 */
final class HiddenContent {

    long publicPaper;

    HiddenContent(Fixtures fx) {
        LocalDate day = LocalDate.of(2024, 3, 5);
        long body = fx.body("Stadt Verborgen");
        long term = fx.term(body, "Wahlperiode 2020–2025", LocalDate.of(2020, 11, 1), LocalDate.of(2025, 10, 31));
        long committee = fx.organization(body, "Ausschuss für Sichtbares", "COMMITTEE").create();
        long hiddenOrg = fx.organization(body, "NOEFF-org Ältestenrat", "SPECIAL_BODY").nonPublic().create();
        long secretPerson = fx.person(body, "NOEFF-person Geheim").email("NOEFF-mail@example.org", false).create();
        fx.membership(secretPerson, hiddenOrg, LocalDate.of(2021, 1, 1)).chair("NOEFF-role Vorsitz im Ältestenrat").create();
        long privateAddress = fx.location("NOEFF-location Privatadresse", null, "Geheimweg 1");
        long visiblePerson = fx.person(body, "Offen").email("noeff-privat@example.org", false).create();
        fx.membership(visiblePerson, committee, LocalDate.of(2021, 1, 1)).create();
        fx.execute("UPDATE person SET location_id = ? WHERE id = ?", privateAddress, visiblePerson);

        long type = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        publicPaper = fx.paper(body, type, "Öffentliche Vorlage").released("00001-24", day).create();
        long hiddenPaper = fx.paper(body, type, "NOEFF-paper Grundstück").released("00002-24", day).nonPublic().create();
        long withdrawn = fx.paper(body, type, "NOEFF-paper zurückgezogen").released("00003-24", day).withdrawn().create();
        long draft = fx.paper(body, type, "NOEFF-paper Entwurf").create();

        long meeting = fx.meeting(body, committee, term, Fixtures.berlin(day, LocalTime.of(16, 0))).numbered(1, "1. Sitzung")
                .held(Fixtures.berlin(day, LocalTime.of(16, 0)), Fixtures.berlin(day, LocalTime.of(17, 0))).create();
        long publicItem = fx.agendaItem(meeting, "1", "Öffentlicher Punkt").position(0, 0).create();
        long hiddenItem = fx.agendaItem(meeting, "2", "NOEFF-item Personalangelegenheit").position(1, 1).nonPublic()
                .minutes("NOEFF-item Aussprache").resolution("NOEFF-item Beschluss", "beschlossen").create();
        fx.consultation(publicPaper, committee, meeting, publicItem, 0, "DECISION", true, "ADOPTED");
        fx.consultation(publicPaper, committee, meeting, hiddenItem, 1, "DECISION", true, "ADOPTED");
        fx.consultation(hiddenPaper, committee, meeting, hiddenItem, 0, "DECISION", true, "ADOPTED");
        fx.consultation(withdrawn, committee, null, null, 0, "DECISION", true, null);
        fx.consultation(draft, committee, null, null, 0, "DECISION", true, null);
        fx.decision(hiddenItem, "ADOPTED").resolution("NOEFF-decision Text").unanimous().create();

        long draftMeeting = fx.meeting(body, committee, term, Fixtures.berlin(day.plusYears(3), LocalTime.of(16, 0)))
                .numbered(2, "NOEFF-meeting Entwurf").draft().create();
        fx.agendaItem(draftMeeting, "1", "NOEFF-item in Entwurfssitzung").position(0, 0).create();
        long closedMeeting = fx.meeting(body, committee, term, Fixtures.berlin(day.plusYears(3), LocalTime.of(18, 0)))
                .numbered(3, "NOEFF-meeting nichtöffentlich").nonPublic().create();
        fx.agendaItem(closedMeeting, "1", "NOEFF-item in nichtöffentlicher Sitzung").position(0, 0).create();

        fx.attachToPaper(publicPaper, fx.file(body, "Öffentliche Anlage", true), "MAIN");
        fx.attachToPaper(hiddenPaper, fx.file(body, "NOEFF-file öffentlich markiert an nichtöffentlicher Vorlage", true), "MAIN");
        long shared = fx.file(body, "NOEFF-file an öffentlicher und nichtöffentlicher Vorlage", true);
        fx.attachToPaper(publicPaper, shared, "AUXILIARY");
        fx.attachToPaper(hiddenPaper, shared, "AUXILIARY");
        fx.attachToAgendaItem(hiddenItem, fx.file(body, "NOEFF-file nachgereicht", true), "Anlage 1");
        fx.execute("INSERT INTO agenda_item_link (agenda_item_id, label, title, url) VALUES (?, 'Anlage 2', ?, 'https://video.example.org/x')",
                hiddenItem, "NOEFF-link Video");
        fx.attachToMeeting(draftMeeting, fx.file(body, "NOEFF-file Einladung Entwurf", true), "INVITATION", null);
        fx.attachToPaper(publicPaper, fx.file(body, "NOEFF-file nichtöffentliche Anlage", false), "AUXILIARY");
        fx.attachToPaper(withdrawn, fx.file(body, "NOEFF-file zurückgezogen", true), "MAIN");
        fx.file(body, "NOEFF-file ohne Zuordnung", true);

        long hiddenMinutes = fx.minutes(meeting, false);
        fx.execute("UPDATE minutes SET content = 'NOEFF-minutes nichtöffentlich', content_hash = repeat('a', 64), state = 'SIGNED',"
                + " signed_at = now() WHERE id = ?", hiddenMinutes);
        long draftMinutes = fx.minutes(meeting, true);
        fx.execute("UPDATE minutes SET content = 'NOEFF-minutes Entwurf' WHERE id = ?", draftMinutes);
    }
}
