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

    private static VotePhrasing.NamedBallot b(String name, VotePhrasing.Ballot ballot) {
        return new VotePhrasing.NamedBallot(name, ballot);
    }

    @Test
    void a_roll_call_names_the_members_behind_every_count_in_the_order_of_the_roll() {
        var vote = Vote.rollCall(List.of(b("Rm Albers", VotePhrasing.Ballot.YES), b("Rm Krüger", VotePhrasing.Ballot.NO),
                b("Rm Brinkmann", VotePhrasing.Ballot.YES), b("Rm Celik", VotePhrasing.Ballot.YES)), List.of(f("FDP-Fraktion", Position.NO)));
        assertThat(vote.yes()).isEqualTo(3);
        assertThat(vote.no()).isEqualTo(1);
        assertThat(vote.abstain()).isZero();
        assertThat(phrase(vote)).isEqualTo("in namentlicher Abstimmung mit 3 Ja-Stimmen (Rm Albers, Rm Brinkmann und Rm Celik),"
                + " 1 Nein-Stimme (Rm Krüger) und ohne Enthaltungen").doesNotContain("FDP");
        assertThat(VotePhrasing.notVoting(vote)).isEmpty();
    }

    @Test
    void a_unanimous_roll_call_still_names_everybody_and_members_who_did_not_vote_get_their_own_sentence() {
        var vote = Vote.rollCall(List.of(b("Rm Albers", VotePhrasing.Ballot.YES), b("Rm Weiß", VotePhrasing.Ballot.NOT_VOTED),
                b("sB Hahn", VotePhrasing.Ballot.ABSTAIN), b("Rm Zander", VotePhrasing.Ballot.NOT_VOTED)), List.of());
        assertThat(phrase(vote)).isEqualTo("in namentlicher Abstimmung mit 1 Ja-Stimme (Rm Albers), ohne Nein-Stimmen und 1 Enthaltung (sB Hahn)");
        assertThat(VotePhrasing.notVoting(vote)).isEqualTo("An der Abstimmung nahmen Rm Weiß und Rm Zander nicht teil.");
        assertThat(VotePhrasing.notVoting(Vote.rollCall(List.of(b("Rm Albers", VotePhrasing.Ballot.NO), b("Rm Weiß", VotePhrasing.Ballot.NOT_VOTED)),
                List.of()))).isEqualTo("An der Abstimmung nahm Rm Weiß nicht teil.");
        assertThat(phrase(Vote.rollCall(List.of(b("Rm Albers", VotePhrasing.Ballot.NO), b("Rm Celik", VotePhrasing.Ballot.NO)), List.of())))
                .isEqualTo("in namentlicher Abstimmung mit 0 Ja-Stimmen, 2 Nein-Stimmen (Rm Albers und Rm Celik) und ohne Enthaltungen");
    }

    @Test
    void secret_and_open_votes_never_name_members_even_if_ballots_were_handed_in() {
        var ballots = List.of(b("Rm Albers", VotePhrasing.Ballot.YES));
        assertThat(phrase(new Vote(Kind.SECRET, null, 1, 0, 0, List.of(), ballots))).doesNotContain("Albers");
        assertThat(VotePhrasing.notVoting(new Vote(Kind.OPEN, null, 1, 0, 0, List.of(), List.of(b("Rm Weiß", VotePhrasing.Ballot.NOT_VOTED)))))
                .isEmpty();
    }
}
