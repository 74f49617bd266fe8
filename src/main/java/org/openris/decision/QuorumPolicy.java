package org.openris.decision;

/**
 * Quorum (Beschlussfähigkeit) of a vote, after § 49 Abs. 1 GO NRW (for committees via § 58 Abs. 2):
 * the body has a quorum when more than half of its statutory number of voting members is present.
 * Members with a participation ban for the item (Mitwirkungsverbot, §§ 31, 43 Abs. 2 GO NRW) do not
 * count: a decision that reaches the quorum only through a biased member is unlawful. Substitutes
 * count for the member they replace (they are among the present voting members). Members without
 * vote (sE, advisory members) never count.
 *
 * <p>The law deems the body quorate until the lack of quorum is formally established, so the
 * result is a warning for the clerk, never a block. Pure: no Spring, no database.
 */
public final class QuorumPolicy {

    /**
     * @param statutoryVotingMembers seats with vote (gesetzliche Mitgliederzahl; for the council incl. the mayor)
     * @param presentVotingMembers   voting members present for the item, substitutes included
     * @param recused                present voting members excluded from this item by a participation ban
     */
    public record Count(int statutoryVotingMembers, int presentVotingMembers, int recused) {

        public Count {
            if (statutoryVotingMembers <= 0 || presentVotingMembers < 0 || recused < 0 || recused > presentVotingMembers) {
                throw new IllegalArgumentException("inconsistent quorum count: " + statutoryVotingMembers + "/" + presentVotingMembers + "/" + recused);
            }
        }

        /** Members who may take part in the vote. */
        public int entitled() {
            return presentVotingMembers - recused;
        }

        /** The smallest number of entitled members for a quorum: more than half of the statutory number. */
        public int needed() {
            return statutoryVotingMembers / 2 + 1;
        }
    }

    /** Quorate or not, with the German message key of the warning and whether recusals caused it. */
    public record Result(boolean quorate, int entitled, int needed, boolean lostThroughRecusals) {

        public String messageKey() {
            return quorate ? "quorum.ok" : lostThroughRecusals ? "quorum.lostThroughRecusals" : "quorum.missing";
        }
    }

    private QuorumPolicy() {
    }

    public static Result check(Count count) {
        boolean quorate = count.entitled() >= count.needed();
        boolean withoutRecusals = count.presentVotingMembers() >= count.needed();
        return new Result(quorate, count.entitled(), count.needed(), !quorate && withoutRecusals);
    }
}
