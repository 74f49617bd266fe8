package org.openris.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openris.decision.VotePhrasing.FactionPosition;
import org.openris.decision.VotePhrasing.Kind;
import org.openris.decision.VotePhrasing.Majority;
import org.openris.decision.VotePhrasing.Position;
import org.openris.decision.VotePhrasing.Vote;

/** The vote phrases of the example minutes (../shared/examples/minutes-musterstadt.txt) and their neighbours. */
class VotePhrasingTest {

    private static String phrase(Vote vote) {
        return VotePhrasing.phrase(vote).midSentence();
    }

    private static FactionPosition f(String name, Position position) {
        return new FactionPosition(name, position);
    }

    @Test
    void a_unanimous_vote_is_einstimmig_whether_counted_or_not() {
        assertThat(phrase(new Vote(Kind.OPEN, Majority.UNANIMOUS, null, null, null, List.of()))).isEqualTo("einstimmig");
        assertThat(phrase(new Vote(Kind.OPEN, null, 11, 0, 0, List.of()))).isEqualTo("einstimmig");
    }

    @Test
    void abstaining_factions_are_an_inserted_clause_between_commas() {
        var vote = new Vote(Kind.OPEN, Majority.UNANIMOUS, null, null, null, List.of(f("FDP-Fraktion", Position.ABSTAIN),
                f("SPD-Fraktion", Position.YES)));
        // "Die Niederschrift wird einstimmig, bei Enthaltung der FDP-Fraktion, genehmigt."
        assertThat(VotePhrasing.phrase(vote).midSentence()).isEqualTo("einstimmig, bei Enthaltung der FDP-Fraktion,");
        assertThat(VotePhrasing.phrase(vote).atEnd()).isEqualTo("einstimmig, bei Enthaltung der FDP-Fraktion");
    }

    @Test
    void counted_votes_name_the_factions_behind_no_votes_and_abstentions() {
        var vote = new Vote(Kind.OPEN, Majority.MAJORITY, 8, 1, 0, List.of(f("FDP-Fraktion", Position.NO), f("CDU-Fraktion", Position.YES)));
        assertThat(phrase(vote)).isEqualTo("mit 8 Ja-Stimmen, 1 Nein-Stimme (FDP-Fraktion) und ohne Enthaltungen");
        var other = new Vote(Kind.OPEN, Majority.MAJORITY, 1, 0, 2, List.of(f("AfD-Fraktion", Position.ABSTAIN), f("Die PARTEI", Position.ABSTAIN)));
        assertThat(phrase(other)).isEqualTo("mit 1 Ja-Stimme, ohne Nein-Stimmen und 2 Enthaltungen (AfD-Fraktion und Die PARTEI)");
    }

    @Test
    void a_majority_without_counts_names_who_voted_against() {
        var vote = new Vote(Kind.OPEN, Majority.MAJORITY, null, null, null, List.of(f("CDU-Fraktion", Position.NO), f("SPD-Fraktion", Position.YES)));
        assertThat(VotePhrasing.phrase(vote).atEnd()).isEqualTo("mehrheitlich gegen die Stimmen der CDU-Fraktion");
        var three = new Vote(Kind.OPEN, Majority.MAJORITY, null, null, null, List.of(f("CDU-Fraktion", Position.NO),
                f("FDP-Fraktion", Position.NO), f("AfD-Fraktion", Position.NO), f("Fraktion Die Linke", Position.ABSTAIN)));
        assertThat(phrase(three)).isEqualTo("mehrheitlich gegen die Stimmen der CDU-Fraktion, der FDP-Fraktion und der AfD-Fraktion,"
                + " bei Enthaltung der Fraktion Die Linke,");
    }

    @Test
    void split_factions_are_said_to_have_voted_differently() {
        var vote = new Vote(Kind.OPEN, Majority.MAJORITY, null, null, null, List.of(f("SPD-Fraktion", Position.SPLIT)));
        assertThat(VotePhrasing.phrase(vote).atEnd()).isEqualTo("mehrheitlich, bei unterschiedlichem Stimmverhalten der SPD-Fraktion");
    }

    @Test
    void secret_ballots_give_counts_only_and_never_factions() {
        var vote = new Vote(Kind.SECRET, Majority.MAJORITY, 30, 20, 1, List.of(f("CDU-Fraktion", Position.NO)));
        assertThat(phrase(vote)).isEqualTo("in geheimer Abstimmung mit 30 Ja-Stimmen, 20 Nein-Stimmen und 1 Enthaltung").doesNotContain("CDU");
        assertThat(phrase(new Vote(Kind.SECRET, Majority.MAJORITY, 30, 0, 0, List.of())))
                .as("even a unanimous secret ballot keeps its counts").isEqualTo("in geheimer Abstimmung mit 30 Ja-Stimmen, ohne Nein-Stimmen und ohne Enthaltungen");
    }

    @Test
    void roll_calls_say_so_and_ties_and_no_votes_are_phrased() {
        assertThat(phrase(new Vote(Kind.ROLL_CALL, Majority.MAJORITY, 50, 41, 2, List.of())))
                .isEqualTo("in namentlicher Abstimmung mit 50 Ja-Stimmen, 41 Nein-Stimmen und 2 Enthaltungen");
        assertThat(phrase(new Vote(Kind.OPEN, Majority.TIE, null, null, null, List.of()))).isEqualTo("bei Stimmengleichheit");
        assertThat(VotePhrasing.phrase(new Vote(Kind.NONE, null, null, null, null, null)).isEmpty()).isTrue();
    }
}
