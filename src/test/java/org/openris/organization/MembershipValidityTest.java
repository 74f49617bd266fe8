package org.openris.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openris.organization.MembershipRole.CHAIR;
import static org.openris.organization.MembershipRole.DEPUTY_CHAIR;
import static org.openris.organization.MembershipRole.DEPUTY_MEMBER;
import static org.openris.organization.MembershipRole.MEMBER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Persons and organizations after {@code examples/minutes-musterstadt.txt}: the committee for environment,
 * climate and mobility (UKM), where "Rm Celik i. V. für Rm Dorn" attended on 14.09.2023.
 */
class MembershipValidityTest {

    static final long COUNCIL = 1, UKM = 100, FINANCE = 200, SPD = 10;
    static final long ALBERS = 1, BRINKMANN = 2, CELIK = 3, DORN = 4, ENGEL = 5, FALK = 6, LINDNER = 12, VOSS = 13;

    static final LocalDate TERM_START = LocalDate.of(2020, 11, 1);
    static final LocalDate TERM_END = LocalDate.of(2025, 10, 31);
    static final LocalDate MEETING_DAY = LocalDate.of(2023, 9, 14);

    static final MembershipPeriod ALBERS_CHAIR = period(1001, ALBERS, UKM, CHAIR, null, TERM_START, TERM_END);
    static final MembershipPeriod FALK_DEPUTY_CHAIR = period(1002, FALK, UKM, DEPUTY_CHAIR, null, TERM_START, TERM_END);
    static final MembershipPeriod BRINKMANN_MEMBER = period(1003, BRINKMANN, UKM, MEMBER, null, TERM_START, TERM_END);
    static final MembershipPeriod DORN_MEMBER = period(1004, DORN, UKM, MEMBER, null, TERM_START, TERM_END);
    static final MembershipPeriod ENGEL_MEMBER = period(1005, ENGEL, UKM, MEMBER, null, TERM_START, null);
    static final MembershipPeriod LINDNER_WITHOUT_VOTE = new MembershipPeriod(
            1006, LINDNER, UKM, MEMBER, false, null, TERM_START, TERM_END);
    static final MembershipPeriod CELIK_FOR_DORN = period(1007, CELIK, UKM, DEPUTY_MEMBER, 1004L, TERM_START, TERM_END);
    static final MembershipPeriod VOSS_FOR_DORN = period(1008, VOSS, UKM, DEPUTY_MEMBER, 1004L,
            LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));
    static final MembershipPeriod VOSS_FOR_BRINKMANN = period(1009, VOSS, UKM, DEPUTY_MEMBER, 1003L,
            LocalDate.of(2023, 1, 1), TERM_END);
    static final MembershipPeriod ALBERS_COUNCIL = period(2001, ALBERS, COUNCIL, MEMBER, null, TERM_START, TERM_END);
    static final MembershipPeriod ALBERS_SPD = period(2002, ALBERS, SPD, MEMBER, null, TERM_START, TERM_END);
    static final MembershipPeriod ALBERS_FINANCE_UNTIL_2022 = period(2003, ALBERS, FINANCE, MEMBER, null,
            TERM_START, LocalDate.of(2022, 6, 30));
    static final MembershipPeriod DORN_FINANCE = period(2004, DORN, FINANCE, MEMBER, null, TERM_START, TERM_END);

    private final MembershipValidity validity = new MembershipValidity(List.of(
            VOSS_FOR_BRINKMANN, DORN_FINANCE, LINDNER_WITHOUT_VOTE, CELIK_FOR_DORN, ENGEL_MEMBER, DORN_MEMBER,
            BRINKMANN_MEMBER, ALBERS_SPD, FALK_DEPUTY_CHAIR, VOSS_FOR_DORN, ALBERS_CHAIR, ALBERS_COUNCIL,
            ALBERS_FINANCE_UNTIL_2022));

    @Test
    void a_member_is_a_member_on_the_meeting_day() {
        assertThat(validity.isMember(DORN, UKM, MEETING_DAY)).isTrue();
        assertThat(validity.isMember(ALBERS, UKM, MEETING_DAY)).isTrue();
    }

    @Test
    void a_deputy_member_counts_as_member() {
        assertThat(validity.isMember(CELIK, UKM, MEETING_DAY)).isTrue();
    }

    @Test
    void nobody_is_a_member_outside_the_membership_period() {
        assertThat(validity.isMember(DORN, UKM, TERM_START.minusDays(1))).isFalse();
        assertThat(validity.isMember(DORN, UKM, TERM_END.plusDays(1))).isFalse();
        assertThat(validity.isMember(DORN, UKM, TERM_END)).isTrue();
        assertThat(validity.isMember(ALBERS, FINANCE, LocalDate.of(2022, 7, 1))).isFalse();
    }

    @Test
    void membership_in_one_organization_does_not_count_for_another() {
        assertThat(validity.isMember(CELIK, FINANCE, MEETING_DAY)).isFalse();
        assertThat(validity.isMember(BRINKMANN, COUNCIL, MEETING_DAY)).isFalse();
        assertThat(validity.isMember(999, UKM, MEETING_DAY)).isFalse();
    }

    @Test
    void active_members_leave_out_deputy_members_and_are_sorted_by_role_then_person() {
        assertThat(validity.activeMembers(UKM, MEETING_DAY)).containsExactly(
                ALBERS_CHAIR, FALK_DEPUTY_CHAIR, BRINKMANN_MEMBER, DORN_MEMBER, ENGEL_MEMBER, LINDNER_WITHOUT_VOTE);
    }

    @Test
    void active_members_include_members_without_voting_right() {
        assertThat(validity.activeMembers(UKM, MEETING_DAY)).contains(LINDNER_WITHOUT_VOTE);
    }

    @Test
    void active_members_leave_out_ended_memberships() {
        LocalDate afterTerm = TERM_END.plusDays(1);

        assertThat(validity.activeMembers(UKM, afterTerm)).containsExactly(ENGEL_MEMBER);
        assertThat(validity.activeMembers(FINANCE, LocalDate.of(2022, 7, 1))).containsExactly(DORN_FINANCE);
        assertThat(validity.activeMembers(FINANCE, LocalDate.of(2022, 6, 30)))
                .containsExactly(ALBERS_FINANCE_UNTIL_2022, DORN_FINANCE);
    }

    @Test
    void active_members_of_an_unknown_organization_are_none() {
        assertThat(validity.activeMembers(4711, MEETING_DAY)).isEmpty();
    }

    @Test
    void deputies_for_finds_the_personal_deputy_of_rm_dorn() {
        assertThat(validity.deputiesFor(DORN, UKM, MEETING_DAY)).containsExactly(CELIK_FOR_DORN);
    }

    @Test
    void deputies_for_lists_several_deputies_ordered_by_person() {
        assertThat(validity.deputiesFor(DORN, UKM, LocalDate.of(2022, 3, 1)))
                .containsExactly(CELIK_FOR_DORN, VOSS_FOR_DORN);
    }

    @Test
    void deputies_for_leaves_out_deputies_whose_own_period_does_not_cover_the_day() {
        assertThat(validity.deputiesFor(DORN, UKM, LocalDate.of(2023, 1, 1))).containsExactly(CELIK_FOR_DORN);
        assertThat(validity.deputiesFor(BRINKMANN, UKM, LocalDate.of(2022, 12, 31))).isEmpty();
        assertThat(validity.deputiesFor(BRINKMANN, UKM, LocalDate.of(2023, 1, 1))).containsExactly(VOSS_FOR_BRINKMANN);
    }

    @Test
    void deputies_for_is_empty_when_the_principal_has_left() {
        MembershipPeriod dornUntil2022 = period(1004, DORN, UKM, MEMBER, null, TERM_START, LocalDate.of(2022, 12, 31));
        MembershipValidity changed = new MembershipValidity(List.of(dornUntil2022, CELIK_FOR_DORN));

        assertThat(changed.deputiesFor(DORN, UKM, LocalDate.of(2022, 12, 31))).containsExactly(CELIK_FOR_DORN);
        assertThat(changed.deputiesFor(DORN, UKM, MEETING_DAY)).isEmpty();
        assertThat(changed.isMember(CELIK, UKM, MEETING_DAY)).as("still a deputy member on paper").isTrue();
    }

    @Test
    void a_deputy_linked_to_the_old_membership_no_longer_substitutes_after_a_role_change() {
        LocalDate change = LocalDate.of(2022, 7, 1);
        MembershipPeriod dornMember = period(1004, DORN, UKM, MEMBER, null, TERM_START, change.minusDays(1));
        MembershipPeriod dornChair = period(1010, DORN, UKM, CHAIR, null, change, TERM_END);
        MembershipValidity changed = new MembershipValidity(List.of(dornMember, dornChair, CELIK_FOR_DORN));

        assertThat(changed.maySubstitute(CELIK, DORN, UKM, change.minusDays(1))).isTrue();
        assertThat(changed.maySubstitute(CELIK, DORN, UKM, change)).isFalse();
    }

    @Test
    void deputies_for_ignores_a_principal_membership_in_another_organization() {
        MembershipPeriod inconsistent = period(3001, CELIK, UKM, DEPUTY_MEMBER, 2004L, TERM_START, TERM_END);
        MembershipValidity data = new MembershipValidity(List.of(DORN_MEMBER, DORN_FINANCE, inconsistent));

        assertThat(data.deputiesFor(DORN, UKM, MEETING_DAY)).isEmpty();
        assertThat(data.deputiesFor(DORN, FINANCE, MEETING_DAY)).isEmpty();
    }

    @Test
    void deputies_for_ignores_deputies_without_or_with_an_unknown_principal() {
        MembershipPeriod general = period(3001, CELIK, UKM, DEPUTY_MEMBER, null, TERM_START, TERM_END);
        MembershipPeriod dangling = period(3002, VOSS, UKM, DEPUTY_MEMBER, 9999L, TERM_START, TERM_END);
        MembershipValidity data = new MembershipValidity(List.of(DORN_MEMBER, general, dangling));

        assertThat(data.deputiesFor(DORN, UKM, MEETING_DAY)).isEmpty();
        assertThat(data.isMember(CELIK, UKM, MEETING_DAY)).isTrue();
    }

    @Test
    void deputies_for_a_person_without_deputies_is_empty() {
        assertThat(validity.deputiesFor(ALBERS, UKM, MEETING_DAY)).isEmpty();
        assertThat(validity.deputiesFor(CELIK, UKM, MEETING_DAY)).isEmpty();
    }

    @Test
    void celik_may_substitute_for_dorn_but_not_for_anyone_else() {
        assertThat(validity.maySubstitute(CELIK, DORN, UKM, MEETING_DAY)).isTrue();
        assertThat(validity.maySubstitute(CELIK, BRINKMANN, UKM, MEETING_DAY)).isFalse();
        assertThat(validity.maySubstitute(DORN, CELIK, UKM, MEETING_DAY)).isFalse();
        assertThat(validity.maySubstitute(CELIK, DORN, FINANCE, MEETING_DAY)).isFalse();
        assertThat(validity.maySubstitute(CELIK, DORN, UKM, TERM_END.plusDays(1))).isFalse();
    }

    @Test
    void voss_substitutes_for_dorn_until_2022_and_for_brinkmann_from_2023() {
        assertThat(validity.maySubstitute(VOSS, DORN, UKM, LocalDate.of(2022, 12, 31))).isTrue();
        assertThat(validity.maySubstitute(VOSS, BRINKMANN, UKM, LocalDate.of(2022, 12, 31))).isFalse();
        assertThat(validity.maySubstitute(VOSS, DORN, UKM, LocalDate.of(2023, 1, 1))).isFalse();
        assertThat(validity.maySubstitute(VOSS, BRINKMANN, UKM, LocalDate.of(2023, 1, 1))).isTrue();
    }

    @Test
    void organizations_of_a_person_are_all_organizations_active_that_day() {
        assertThat(validity.organizationsOf(ALBERS, LocalDate.of(2022, 6, 30)))
                .containsExactly(COUNCIL, SPD, UKM, FINANCE);
        assertThat(validity.organizationsOf(ALBERS, MEETING_DAY)).containsExactly(COUNCIL, SPD, UKM);
        assertThat(validity.organizationsOf(CELIK, MEETING_DAY)).containsExactly(UKM);
        assertThat(validity.organizationsOf(ALBERS, TERM_START.minusDays(1))).isEmpty();
        assertThat(validity.organizationsOf(999, MEETING_DAY)).isEmpty();
    }

    @Test
    void results_cannot_be_modified() {
        assertThatThrownBy(() -> validity.organizationsOf(ALBERS, MEETING_DAY).add(4711L))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> validity.activeMembers(UKM, MEETING_DAY).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(validity.activeMembers(UKM, MEETING_DAY)).hasSize(6);
    }

    @Test
    void later_changes_to_the_input_collection_do_not_change_the_answers() {
        List<MembershipPeriod> memberships = new ArrayList<>(List.of(DORN_MEMBER));
        MembershipValidity snapshot = new MembershipValidity(memberships);

        memberships.clear();

        assertThat(snapshot.isMember(DORN, UKM, MEETING_DAY)).isTrue();
    }

    @Test
    void rejects_duplicate_membership_ids() {
        MembershipPeriod sameId = period(1004, CELIK, UKM, MEMBER, null, TERM_START, TERM_END);

        assertThatThrownBy(() -> new MembershipValidity(List.of(DORN_MEMBER, sameId)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Die Mitgliedschaft 1004 ist doppelt aufgeführt");
    }

    @Test
    void rejects_a_missing_collection_or_entry() {
        assertThatThrownBy(() -> new MembershipValidity(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Die Liste der Mitgliedschaften fehlt");
        assertThatThrownBy(() -> new MembershipValidity(Arrays.asList(DORN_MEMBER, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Die Liste der Mitgliedschaften enthält einen leeren Eintrag");
    }

    @Test
    void every_query_rejects_a_missing_day() {
        String message = "Der Stichtag fehlt";

        assertThatThrownBy(() -> validity.isMember(DORN, UKM, null)).hasMessage(message);
        assertThatThrownBy(() -> validity.activeMembers(UKM, null)).hasMessage(message);
        assertThatThrownBy(() -> validity.deputiesFor(DORN, UKM, null)).hasMessage(message);
        assertThatThrownBy(() -> validity.maySubstitute(CELIK, DORN, UKM, null)).hasMessage(message);
        assertThatThrownBy(() -> validity.organizationsOf(DORN, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void an_empty_snapshot_knows_no_members() {
        MembershipValidity empty = new MembershipValidity(List.of());

        assertThat(empty.isMember(DORN, UKM, MEETING_DAY)).isFalse();
        assertThat(empty.activeMembers(UKM, MEETING_DAY)).isEmpty();
        assertThat(empty.organizationsOf(DORN, MEETING_DAY)).isEmpty();
    }

    private static MembershipPeriod period(long id, long person, long organization, MembershipRole role,
            Long substituteFor, LocalDate start, LocalDate end) {
        return new MembershipPeriod(id, person, organization, role, role != DEPUTY_MEMBER || substituteFor != null,
                substituteFor, start, end);
    }
}
