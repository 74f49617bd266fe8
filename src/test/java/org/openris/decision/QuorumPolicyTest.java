package org.openris.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openris.decision.QuorumPolicy.Count;

/** Quorum after § 49 Abs. 1 GO NRW with participation bans. */
class QuorumPolicyTest {

    @Test
    void more_than_half_of_the_statutory_members_make_a_quorum() {
        assertThat(QuorumPolicy.check(new Count(15, 8, 0)).quorate()).isTrue();
        assertThat(QuorumPolicy.check(new Count(15, 7, 0)).quorate()).isFalse();
        assertThat(QuorumPolicy.check(new Count(16, 8, 0)).quorate()).as("exactly half is not more than half").isFalse();
        assertThat(QuorumPolicy.check(new Count(16, 9, 0)).quorate()).isTrue();
        assertThat(new Count(16, 9, 0).needed()).isEqualTo(9);
    }

    @Test
    void recused_members_do_not_count_and_the_warning_says_so() {
        var result = QuorumPolicy.check(new Count(15, 8, 1));
        assertThat(result.quorate()).isFalse();
        assertThat(result.entitled()).isEqualTo(7);
        assertThat(result.lostThroughRecusals()).isTrue();
        assertThat(result.messageKey()).isEqualTo("quorum.lostThroughRecusals");
        assertThat(QuorumPolicy.check(new Count(15, 6, 1)).messageKey()).isEqualTo("quorum.missing");
        assertThat(QuorumPolicy.check(new Count(15, 9, 1)).messageKey()).isEqualTo("quorum.ok");
    }

    @Test
    void inconsistent_counts_are_refused() {
        assertThatThrownBy(() -> new Count(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Count(15, 3, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
