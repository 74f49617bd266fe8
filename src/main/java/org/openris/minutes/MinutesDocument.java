package org.openris.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The content of one set of minutes (Niederschrift, public or non-public part) in the order the
 * document presents it. Built from the meeting record by {@link MinutesAssembler} and turned into
 * text by {@link MinutesTextRenderer}.
 *
 * @param meetingName    e.g. "12. Sitzung des Ausschusses für Umwelt, Klima und Mobilität"
 * @param location       e.g. "Rathaus Musterstadt, Sitzungssaal 2, Marktplatz 1"
 * @param publishedAgenda the agenda as published (without items added at the meeting)
 * @param treatedItems   headings and items in the order they were treated
 */
public record MinutesDocument(boolean publicPart, String meetingName, LocalDate date, String location,
                              LocalTime plannedStart, LocalTime actualStart, LocalTime actualEnd,
                              List<AttendanceGroup> present, List<String> absent,
                              List<AgendaEntry> publishedAgenda, List<AgendaEntry> treatedItems,
                              List<Signature> signatures, List<String> attachments) {

    /** "a) Stimmberechtigte Mitglieder:" with sub-groups per faction (faction null: no sub-heading). */
    public record AttendanceGroup(String title, List<SubGroup> subGroups) {
    }

    public record SubGroup(String faction, List<String> lines) {
    }

    /**
     * A heading or an item of the agenda.
     *
     * @param topLevel       a section ("2. Vorlagen der Verwaltung") rather than an item ("2.1 ...")
     * @param minutesHeading the title printed after "zu TOP" where it differs from the agenda title
     */
    public record AgendaEntry(String number, boolean topLevel, String name, String minutesHeading,
                              String treatmentLabel, String paperReference, String emptyMarker, String minutesText) {
    }

    public record Signature(String name, String roleLabel) {
    }
}
