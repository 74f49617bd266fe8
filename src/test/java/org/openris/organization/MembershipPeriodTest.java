package org.openris.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MembershipPeriodTest {

    private static final LocalDate START = LocalDate.of(2020, 11, 1);
    private static final LocalDate END = LocalDate.of(2025, 10, 31);

    @Test
    void is_active_from_the_first_through_the_last_day() {
        MembershipPeriod membership = member(START, END);

        assertThat(membership.activeOn(START)).isTrue();
        assertThat(membership.activeOn(LocalDate.of(2023, 9, 14))).isTrue();
        assertThat(membership.activeOn(END)).isTrue();
    }

    @Test
    void is_not_active_before_the_start_or_after_the_end() {
        MembershipPeriod membership = member(START, END);

        assertThat(membership.activeOn(START.minusDays(1))).isFalse();
        assertThat(membership.activeOn(END.plusDays(1))).isFalse();
    }

    @Test
    void an_open_ended_membership_stays_active() {
        MembershipPeriod membership = member(START, null);

        assertThat(membership.activeOn(LocalDate.of(2999, 12, 31))).isTrue();
        assertThat(membership.activeOn(START.minusDays(1))).isFalse();
    }

    @Test
    void a_membership_may_last_a_single_day() {
        MembershipPeriod membership = member(START, START);

        assertThat(membership.activeOn(START)).isTrue();
        assertThat(membership.activeOn(START.plusDays(1))).isFalse();
    }

    @Test
    void rejects_an_end_before_the_start() {
        assertThatThrownBy(() -> member(START, START.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Das Ende der Mitgliedschaft 1 (2020-10-31) liegt vor ihrem Beginn (2020-11-01)");
    }

    @Test
    void rejects_a_missing_role_or_start() {
        assertThatThrownBy(() -> new MembershipPeriod(1, 2, 3, null, true, null, START, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Die Funktion der Mitgliedschaft 1 fehlt");
        assertThatThrownBy(() -> new MembershipPeriod(1, 2, 3, MembershipRole.MEMBER, true, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Der Beginn der Mitgliedschaft 1 fehlt");
    }

    @Test
    void only_a_deputy_member_substitutes_for_another_membership() {
        assertThatThrownBy(() -> new MembershipPeriod(1, 2, 3, MembershipRole.MEMBER, true, 7L, START, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Nur ein stellvertretendes Mitglied");
        assertThat(new MembershipPeriod(1, 2, 3, MembershipRole.DEPUTY_MEMBER, true, 7L, START, null).isDeputy())
                .isTrue();
    }

    @Test
    void a_deputy_membership_cannot_substitute_for_itself() {
        assertThatThrownBy(() -> new MembershipPeriod(7, 2, 3, MembershipRole.DEPUTY_MEMBER, true, 7L, START, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Die Mitgliedschaft 7 kann sich nicht selbst vertreten");
    }

    @Test
    void rejects_a_missing_day() {
        assertThatThrownBy(() -> member(START, END).activeOn(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Der Stichtag fehlt");
    }

    private static MembershipPeriod member(LocalDate start, LocalDate end) {
        return new MembershipPeriod(1, 2, 3, MembershipRole.MEMBER, true, null, start, end);
    }
}
