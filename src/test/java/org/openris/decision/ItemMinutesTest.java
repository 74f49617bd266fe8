package org.openris.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openris.decision.VotePhrasing.FactionPosition;
import org.openris.decision.VotePhrasing.Kind;
import org.openris.decision.VotePhrasing.Majority;
import org.openris.decision.VotePhrasing.Position;
import org.openris.decision.VotePhrasing.Vote;

/** The result sentences of the example minutes (shared/examples/minutes-musterstadt.txt), composed from the record. */
class ItemMinutesTest {

    private static final String COMMITTEE = "Ausschuss für Umwelt, Klima und Mobilität";
    private static final String COUNCIL = "Rat der Stadt Musterstadt";

    private static ItemMinutes.Record record(String category, String outcome, String to, String resolution, Vote vote, List<String> recused,
                                             ItemMinutes.FollowUp followUp, String discussion) {
        return new ItemMinutes.Record(COMMITTEE, category, false, "TREATED", discussion, recused, outcome, to, resolution, vote, followUp);
    }

    @Test
    void a_decision_with_counts_after_a_recusal_quotes_the_resolution() {
        Vote vote = new Vote(Kind.OPEN, Majority.MAJORITY, 8, 1, 0, List.of(new FactionPosition("FDP-Fraktion", Position.NO)));
        assertThat(ItemMinutes.compose(record("DECISION_PROPOSAL", "ADOPTED", null,
                "<p>Die Verwaltung wird beauftragt, zwölf elektrische Kehrmaschinen zu beschaffen.</p>", vote, List.of("Rm Falk"), null, null)))
                .isEqualTo("<p>Rm Falk hat den Sitzungssaal verlassen.</p>"
                        + "<p>Der Ausschuss für Umwelt, Klima und Mobilität beschließt mit 8 Ja-Stimmen, 1 Nein-Stimme (FDP-Fraktion) und ohne Enthaltungen:</p>"
                        + "<p>Die Verwaltung wird beauftragt, zwölf elektrische Kehrmaschinen zu beschaffen.</p>");
    }

    @Test
    void a_recommendation_to_the_council_and_a_paper_passed_on_without_decision() {
        Vote unanimous = new Vote(Kind.OPEN, Majority.UNANIMOUS, null, null, null, List.of());
        assertThat(ItemMinutes.compose(record("DECISION_PROPOSAL", "RECOMMENDED", COUNCIL, "<p>Die Sofortmaßnahmen gemäß Vorlage zu beschließen.</p>",
                unanimous, List.of(), null, null)))
                .isEqualTo("<p>Der Ausschuss für Umwelt, Klima und Mobilität empfiehlt dem Rat der Stadt Musterstadt einstimmig, "
                        + "die Sofortmaßnahmen gemäß Vorlage zu beschließen.</p>");
        assertThat(ItemMinutes.compose(record("DECISION_PROPOSAL", "PASSED_ON_WITHOUT_DECISION", COUNCIL, null, null, List.of(), null,
                "<p>Rm Brinkmann (SPD-Fraktion) schließt sich an.</p>")))
                .isEqualTo("<p>Rm Brinkmann (SPD-Fraktion) schließt sich an.</p>"
                        + "<p>Der Ausschuss für Umwelt, Klima und Mobilität lässt die Vorlage ohne Beschluss in den Rat der Stadt Musterstadt durchlaufen.</p>");
    }

    @Test
    void a_motion_adopted_against_one_faction_and_a_report_noted() {
        Vote vote = new Vote(Kind.OPEN, Majority.MAJORITY, null, null, null, List.of(new FactionPosition("CDU-Fraktion", Position.NO),
                new FactionPosition("SPD-Fraktion", Position.YES)));
        assertThat(ItemMinutes.compose(record("AGENDA_PROPOSAL", "ADOPTED", null, null, vote, List.of(), null, null)))
                .isEqualTo("<p>Der Ausschuss für Umwelt, Klima und Mobilität beschließt den Antrag mehrheitlich gegen die Stimmen der CDU-Fraktion.</p>");
        assertThat(ItemMinutes.compose(record("NOTICE", "NOTED", null, null, null, List.of(), null, null)))
                .isEqualTo("<p>Der Ausschuss für Umwelt, Klima und Mobilität nimmt den Bericht zur Kenntnis.</p>");
    }

    @Test
    void a_request_for_a_written_statement_by_the_next_meeting() {
        assertThat(ItemMinutes.compose(record("REQUEST", null, null, null, null, List.of(),
                new ItemMinutes.FollowUp("Schriftliche Stellungnahme", LocalDate.of(2023, 11, 9), true),
                "<p>Herr Peters (66/2) sagt eine schriftliche Antwort zu.</p>")))
                .isEqualTo("<p>Herr Peters (66/2) sagt eine schriftliche Antwort zu.</p>"
                        + "<p>Der Ausschuss bittet die Verwaltung bis zur nächsten Sitzung am 09.11.2023 um schriftliche Stellungnahme.</p>");
    }

    @Test
    void the_approval_of_the_minutes_and_postponed_or_withdrawn_items() {
        Vote vote = new Vote(Kind.OPEN, Majority.UNANIMOUS, null, null, null, List.of(new FactionPosition("FDP-Fraktion", Position.ABSTAIN)));
        assertThat(ItemMinutes.compose(new ItemMinutes.Record(COMMITTEE, null, true, "TREATED", null, List.of(), "ADOPTED", null, null, vote, null)))
                .isEqualTo("<p>Die Niederschrift wird einstimmig, bei Enthaltung der FDP-Fraktion, genehmigt.</p>");
        assertThat(ItemMinutes.compose(new ItemMinutes.Record(COMMITTEE, null, false, "POSTPONED", null, List.of(), "POSTPONED", null, null, null, null)))
                .isEqualTo("<p>Die Beratung wird vertagt.</p>");
        assertThat(ItemMinutes.compose(new ItemMinutes.Record("Bezirksvertretung Nord", "DECISION_PROPOSAL", false, "TREATED", null, List.of(),
                "REJECTED", null, null, new Vote(Kind.SECRET, null, 4, 7, 1, List.of()), null)))
                .isEqualTo("<p>Die Bezirksvertretung Nord lehnt die Vorlage in geheimer Abstimmung mit 4 Ja-Stimmen, 7 Nein-Stimmen und 1 Enthaltung ab.</p>");
    }

    @Test
    void the_regularien_items_1_1_to_1_3_of_the_example() {
        assertThat(ItemMinutes.coSigner(null, "Rm Jansen")).isEqualTo("<p>Zur Mitunterzeichnung der Niederschrift wurde Rm Jansen benannt.</p>");
        assertThat(ItemMinutes.participationBan(null, false, List.of(new ItemMinutes.Recusal("Rm Falk", "2.3"))))
                .isEqualTo("<p>Der Vorsitzende weist auf das Mitwirkungsverbot hin. Rm Falk erklärt sich zu TOP 2.3 für befangen"
                        + " und nimmt an Beratung und Abstimmung nicht teil.</p>");
        assertThat(ItemMinutes.agendaConfirmation(null, List.of(new ItemMinutes.UrgentItem("2.4", "Hitzeschutz in städtischen Kitas - Sofortmaßnahmen",
                "Empfehlung", "04655-23")), List.of(new ItemMinutes.Move("3.2", "2.2"))))
                .isEqualTo("<p>Die Tagesordnung wird im Rahmen der Dringlichkeit um folgenden Tagesordnungspunkt erweitert:</p>"
                        + "<p>2.4 Hitzeschutz in städtischen Kitas - Sofortmaßnahmen<br>Empfehlung<br>(Drucksache Nr.: 04655-23)</p>"
                        + "<p>Des Weiteren wird vorgeschlagen, TOP 3.2 vor TOP 2.2 zu behandeln.</p>"
                        + "<p>Die Tagesordnung wird mit diesen Änderungen festgestellt.</p>");
        assertThat(ItemMinutes.agendaConfirmation(null, List.of(), List.of())).isEqualTo("<p>Die Tagesordnung wird festgestellt.</p>");
        assertThat(ItemMinutes.participationBan("<p>Die Vorsitzende erläutert § 31 GO NRW.</p>", true, List.of()))
                .isEqualTo("<p>Die Vorsitzende erläutert § 31 GO NRW.</p><p>Die Vorsitzende weist auf das Mitwirkungsverbot hin.</p>");
    }

    @Test
    void a_roll_call_decision_names_the_members_and_those_who_did_not_vote() {
        Vote vote = Vote.rollCall(List.of(new VotePhrasing.NamedBallot("Rm Albers", VotePhrasing.Ballot.YES),
                new VotePhrasing.NamedBallot("Rm Brinkmann", VotePhrasing.Ballot.YES), new VotePhrasing.NamedBallot("Rm Krüger", VotePhrasing.Ballot.NO),
                new VotePhrasing.NamedBallot("Rm Weiß", VotePhrasing.Ballot.NOT_VOTED)), List.of());
        assertThat(ItemMinutes.compose(record("DECISION_PROPOSAL", "ADOPTED", null, "<p>Die Verwaltung wird beauftragt, Kehrmaschinen zu beschaffen.</p>",
                vote, List.of("Rm Falk"), null, null)))
                .isEqualTo("<p>Rm Falk hat den Sitzungssaal verlassen.</p>"
                        + "<p>Der Ausschuss für Umwelt, Klima und Mobilität beschließt in namentlicher Abstimmung mit 2 Ja-Stimmen"
                        + " (Rm Albers und Rm Brinkmann), 1 Nein-Stimme (Rm Krüger) und ohne Enthaltungen:</p>"
                        + "<p>Die Verwaltung wird beauftragt, Kehrmaschinen zu beschaffen.</p>"
                        + "<p>An der Abstimmung nahm Rm Weiß nicht teil.</p>");
        assertThat(ItemMinutes.compose(record("AGENDA_PROPOSAL", "REJECTED", null, null, vote, List.of(), null, null)))
                .isEqualTo("<p>Der Ausschuss für Umwelt, Klima und Mobilität lehnt den Antrag in namentlicher Abstimmung mit 2 Ja-Stimmen"
                        + " (Rm Albers und Rm Brinkmann), 1 Nein-Stimme (Rm Krüger) und ohne Enthaltungen ab.</p>"
                        + "<p>An der Abstimmung nahm Rm Weiß nicht teil.</p>");
    }
}
