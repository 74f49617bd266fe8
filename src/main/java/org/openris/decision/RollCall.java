package org.openris.decision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a roll-call vote (namentliche Abstimmung, issue 7): every voting member present at the
 * meeting (substitutes in the seat they fill) casts a ballot – yes, no, abstention or "did not vote" –
 * except the members excluded by a recusal (Mitwirkungsverbot), who must not have one. The counts
 * are derived from the ballots; counts entered besides must agree. A faction's position follows from
 * its members' ballots (all alike: that position; mixed: SPLIT). Pure: no Spring, no database.
 */
final class RollCall {

    private RollCall() {
    }

    /** Message keys per field for ballots that cannot be; empty when the roll call is complete. */
    static Map<String, String> validate(ItemRecording.ItemRecord r, List<ItemRecordQueries.Voter> voters) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (voters.isEmpty()) {
            errors.put("ballots", "conduct.item.error.rollCallNoVoters");
            return errors;
        }
        Set<Long> present = new java.util.HashSet<>();
        voters.forEach(v -> present.add(v.personId()));
        for (Long person : r.ballots().keySet()) {
            if (!present.contains(person) || r.recusedPersonIds().contains(person)) {
                errors.put("ballots", "conduct.item.error.ballotNotEntitled");
            }
        }
        for (ItemRecordQueries.Voter v : voters) {
            if (!r.recusedPersonIds().contains(v.personId()) && !r.ballots().containsKey(v.personId())) {
                errors.putIfAbsent("ballots", "conduct.item.error.ballotMissing");
            }
        }
        if (errors.isEmpty() && r.ballots().values().stream().allMatch(b -> b == VotePhrasing.Ballot.NOT_VOTED)) {
            errors.put("ballots", "conduct.item.error.ballotNone");
        }
        boolean counted = r.yes() != null || r.no() != null || r.abstain() != null;
        if (counted && (!matches(r.yes(), r, VotePhrasing.Ballot.YES) || !matches(r.no(), r, VotePhrasing.Ballot.NO)
                || !matches(r.abstain(), r, VotePhrasing.Ballot.ABSTAIN))) {
            errors.put("yes", "conduct.item.error.ballotCounts");
        }
        return errors;
    }

    private static boolean matches(Integer count, ItemRecording.ItemRecord r, VotePhrasing.Ballot ballot) {
        return count != null && count == r.ballots().values().stream().filter(b -> b == ballot).count();
    }

    /**
     * The record with counts and faction positions derived from the ballots (majority from the
     * counts); any other record unchanged, without ballots.
     */
    static ItemRecording.ItemRecord derive(ItemRecording.ItemRecord r, List<ItemRecordQueries.Voter> voters) {
        if (!r.rollCall()) {
            return r.ballots().isEmpty() ? r : new ItemRecording.ItemRecord(r.status(), r.minutesText(), r.outcome(),
                    r.recommendedToOrganizationId(), r.resolutionText(), r.voteKind(), r.majority(), r.yes(), r.no(), r.abstain(),
                    r.factionPositions(), r.recusedPersonIds(), r.followUp(), r.coSignerPersonId(), Map.of());
        }
        List<VotePhrasing.NamedBallot> named = named(r.ballots(), voters);
        return new ItemRecording.ItemRecord(r.status(), r.minutesText(), r.outcome(), r.recommendedToOrganizationId(), r.resolutionText(),
                r.voteKind(), null, VotePhrasing.count(named, VotePhrasing.Ballot.YES), VotePhrasing.count(named, VotePhrasing.Ballot.NO),
                VotePhrasing.count(named, VotePhrasing.Ballot.ABSTAIN), factionPositions(r.ballots(), voters), r.recusedPersonIds(),
                r.followUp(), r.coSignerPersonId(), r.ballots());
    }

    /** The ballots with the members' names, in the order of the attendance list. */
    static List<VotePhrasing.NamedBallot> named(Map<Long, VotePhrasing.Ballot> ballots, List<ItemRecordQueries.Voter> voters) {
        List<VotePhrasing.NamedBallot> named = new ArrayList<>();
        for (ItemRecordQueries.Voter v : voters) {
            VotePhrasing.Ballot ballot = ballots.get(v.personId());
            if (ballot != null) {
                named.add(new VotePhrasing.NamedBallot(v.label(), ballot));
            }
        }
        return named;
    }

    /** Per faction: the common position of its members who voted, SPLIT when they differ. */
    static Map<Long, VotePhrasing.Position> factionPositions(Map<Long, VotePhrasing.Ballot> ballots, List<ItemRecordQueries.Voter> voters) {
        Map<Long, VotePhrasing.Position> positions = new HashMap<>();
        for (ItemRecordQueries.Voter v : voters) {
            VotePhrasing.Ballot ballot = ballots.get(v.personId());
            if (v.factionId() == null || ballot == null || ballot == VotePhrasing.Ballot.NOT_VOTED) {
                continue;
            }
            VotePhrasing.Position own = VotePhrasing.Position.valueOf(ballot.name());
            positions.merge(v.factionId(), own, (a, b) -> a == b ? a : VotePhrasing.Position.SPLIT);
        }
        return positions;
    }
}
