package org.openris.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openris.decision.VotePhrasing.Ballot;
import org.openris.decision.VotePhrasing.Kind;
import org.openris.decision.VotePhrasing.Position;

/** The rules of a roll-call vote: complete roll, recused members out, counts and faction positions derived from the ballots. */
class RollCallTest {

    private static final long SPD = 10;
    private static final long FDP = 20;
    private static final List<ItemRecordQueries.Voter> VOTERS = List.of(new ItemRecordQueries.Voter(1, "Rm Albers", SPD),
            new ItemRecordQueries.Voter(2, "Rm Brinkmann", SPD), new ItemRecordQueries.Voter(3, "Rm Krüger", FDP),
            new ItemRecordQueries.Voter(4, "Rm Falk", SPD));

    private static ItemRecording.ItemRecord roll(Map<Long, Ballot> ballots, Set<Long> recused, Integer yes, Integer no, Integer abstain) {
        return new ItemRecording.ItemRecord("TREATED", null, "ADOPTED", null, null, Kind.ROLL_CALL, null, yes, no, abstain, Map.of(), recused,
                null, null, ballots);
    }

    @Test
    void every_present_member_without_a_recusal_needs_a_ballot_and_a_recused_member_must_not_have_one() {
        assertThat(RollCall.validate(roll(Map.of(1L, Ballot.YES, 2L, Ballot.YES, 3L, Ballot.NO), Set.of(4L), null, null, null), VOTERS)).isEmpty();
        assertThat(RollCall.validate(roll(Map.of(1L, Ballot.YES, 2L, Ballot.YES), Set.of(4L), null, null, null), VOTERS))
                .containsEntry("ballots", "conduct.item.error.ballotMissing");
        assertThat(RollCall.validate(roll(Map.of(1L, Ballot.YES, 2L, Ballot.YES, 3L, Ballot.NO, 4L, Ballot.NO), Set.of(4L), null, null, null), VOTERS))
                .containsEntry("ballots", "conduct.item.error.ballotNotEntitled");
        assertThat(RollCall.validate(roll(Map.of(1L, Ballot.YES, 2L, Ballot.YES, 3L, Ballot.NO, 4L, Ballot.NO, 99L, Ballot.YES), Set.of(), null,
                null, null), VOTERS)).containsEntry("ballots", "conduct.item.error.ballotNotEntitled");
        assertThat(RollCall.validate(roll(Map.of(), Set.of(), null, null, null), List.of()))
                .containsEntry("ballots", "conduct.item.error.rollCallNoVoters");
        assertThat(RollCall.validate(roll(Map.of(1L, Ballot.NOT_VOTED, 2L, Ballot.NOT_VOTED, 3L, Ballot.NOT_VOTED), Set.of(4L), null, null, null),
                VOTERS)).containsEntry("ballots", "conduct.item.error.ballotNone");
    }

    @Test
    void counts_entered_besides_the_ballots_must_agree_with_them() {
        Map<Long, Ballot> ballots = Map.of(1L, Ballot.YES, 2L, Ballot.ABSTAIN, 3L, Ballot.NO, 4L, Ballot.NOT_VOTED);
        assertThat(RollCall.validate(roll(ballots, Set.of(), 1, 1, 1), VOTERS)).isEmpty();
        assertThat(RollCall.validate(roll(ballots, Set.of(), 2, 1, 1), VOTERS)).containsEntry("yes", "conduct.item.error.ballotCounts");
        assertThat(RollCall.validate(roll(ballots, Set.of(), 1, null, null), VOTERS)).containsEntry("yes", "conduct.item.error.ballotCounts");
    }

    @Test
    void counts_and_faction_positions_follow_from_the_ballots() {
        ItemRecording.ItemRecord derived = RollCall.derive(roll(Map.of(1L, Ballot.YES, 2L, Ballot.NO, 3L, Ballot.NO, 4L, Ballot.NOT_VOTED), Set.of(),
                null, null, null), VOTERS);
        assertThat(List.of(derived.yes(), derived.no(), derived.abstain())).containsExactly(1, 2, 0);
        assertThat(derived.factionPositions()).containsEntry(SPD, Position.SPLIT).containsEntry(FDP, Position.NO).hasSize(2);
        ItemRecording.ItemRecord alike = RollCall.derive(roll(Map.of(1L, Ballot.YES, 2L, Ballot.YES, 3L, Ballot.ABSTAIN, 4L, Ballot.NOT_VOTED),
                Set.of(), null, null, null), VOTERS);
        assertThat(alike.factionPositions()).containsEntry(SPD, Position.YES).containsEntry(FDP, Position.ABSTAIN);
        assertThat(RollCall.named(alike.ballots(), VOTERS)).extracting(VotePhrasing.NamedBallot::name)
                .containsExactly("Rm Albers", "Rm Brinkmann", "Rm Krüger", "Rm Falk");
    }

    @Test
    void ballots_are_dropped_from_any_other_vote() {
        ItemRecording.ItemRecord open = new ItemRecording.ItemRecord("TREATED", null, "ADOPTED", null, null, Kind.OPEN, null, 3, 0, 0, Map.of(),
                Set.of(), null, null, Map.of(1L, Ballot.YES));
        assertThat(RollCall.derive(open, VOTERS).ballots()).isEmpty();
        assertThat(RollCall.derive(open, VOTERS).yes()).isEqualTo(3);
    }
}
