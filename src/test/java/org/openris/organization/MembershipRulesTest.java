package org.openris.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openris.shared.FormRejections;

class MembershipRulesTest {

    private static final LocalDate JAN = LocalDate.of(2024, 1, 1);
    private static final long ORG = 10;
    private static final MembershipPeriod PRINCIPAL = new MembershipPeriod(1, 100, ORG, MembershipRole.MEMBER, true, null, JAN, null);
    private static final MembershipPeriod ENDING_PRINCIPAL = new MembershipPeriod(2, 101, ORG, MembershipRole.MEMBER, true, null, JAN,
            LocalDate.of(2024, 6, 30));

    private static MembershipData member(long person, MembershipRole role, String mandate, String seat, Long onBehalfOf, Long substituteFor,
                                         LocalDate start, LocalDate end) {
        return new MembershipData(person, ORG, role, mandate, seat, onBehalfOf, substituteFor, null, start, end);
    }

    private static FormRejections check(MembershipData data, String onBehalfOfKind) {
        return MembershipRules.check(data, List.of(PRINCIPAL, ENDING_PRINCIPAL), onBehalfOfKind);
    }

    @Test
    void an_ordinary_council_member_is_accepted() {
        assertThat(check(member(200, MembershipRole.MEMBER, "COUNCIL_MEMBER", "VOTING_MEMBER", null, null, JAN, null), null).isEmpty()).isTrue();
    }

    @Test
    void the_end_must_not_lie_before_the_start() {
        FormRejections r = check(member(200, MembershipRole.MEMBER, "COUNCIL_MEMBER", "VOTING_MEMBER", null, null, JAN, JAN.minusDays(1)), null);
        assertThat(r.of("end").key()).isEqualTo("masterdata.error.endBeforeStart");
    }

    @Test
    void a_start_on_the_same_day_as_the_end_is_a_one_day_membership() {
        assertThat(check(member(200, MembershipRole.MEMBER, "COUNCIL_MEMBER", "VOTING_MEMBER", null, null, JAN, JAN), null).isEmpty()).isTrue();
    }

    @Test
    void an_appointed_citizen_member_needs_the_nominating_faction() {
        assertThat(check(member(200, MembershipRole.MEMBER, "CITIZEN_MEMBER", "VOTING_MEMBER", null, null, JAN, null), null)
                .of("onBehalfOfId").key()).isEqualTo("masterdata.membership.error.citizenNeedsFaction");
        assertThat(check(member(200, MembershipRole.MEMBER, "CITIZEN_MEMBER", "VOTING_MEMBER", 5L, null, JAN, null), "COMMITTEE")
                .of("onBehalfOfId").key()).isEqualTo("masterdata.membership.error.notAFaction");
        assertThat(check(member(200, MembershipRole.MEMBER, "CITIZEN_MEMBER", "VOTING_MEMBER", 5L, null, JAN, null), "FACTION").isEmpty()).isTrue();
    }

    @Test
    void an_appointed_resident_sits_without_vote() {
        assertThat(check(member(200, MembershipRole.MEMBER, "RESIDENT_MEMBER", "VOTING_MEMBER", null, null, JAN, null), null)
                .of("seatCategory").key()).isEqualTo("masterdata.membership.error.residentWithoutVote");
        MembershipData withoutVote = member(200, MembershipRole.MEMBER, "RESIDENT_MEMBER", "MEMBER_WITHOUT_VOTE", null, null, JAN, null);
        assertThat(check(withoutVote, null).isEmpty()).isTrue();
        assertThat(withoutVote.votingRight()).isFalse();
    }

    @Test
    void an_advisory_member_has_an_advisory_seat() {
        assertThat(check(member(200, MembershipRole.MEMBER, "ADVISORY_MEMBER", "MEMBER_WITHOUT_VOTE", null, null, JAN, null), null)
                .of("seatCategory").key()).isEqualTo("masterdata.membership.error.advisorySeat");
    }

    @Test
    void a_deputy_names_a_principal_of_the_same_organization() {
        assertThat(check(member(200, MembershipRole.DEPUTY_MEMBER, "COUNCIL_MEMBER", "VOTING_MEMBER", null, null, JAN, null), null)
                .of("substituteForId").key()).isEqualTo("masterdata.membership.error.deputyNeedsPrincipal");
        assertThat(check(member(200, MembershipRole.DEPUTY_MEMBER, "COUNCIL_MEMBER", "VOTING_MEMBER", null, 99L, JAN, null), null)
                .of("substituteForId").key()).isEqualTo("masterdata.membership.error.principalNotMember");
        assertThat(check(member(200, MembershipRole.DEPUTY_MEMBER, "COUNCIL_MEMBER", "VOTING_MEMBER", null, 1L, JAN, null), null).isEmpty()).isTrue();
    }

    @Test
    void nobody_substitutes_for_themselves() {
        assertThat(check(member(100, MembershipRole.DEPUTY_MEMBER, "COUNCIL_MEMBER", "VOTING_MEMBER", null, 1L, JAN, null), null)
                .of("substituteForId").key()).isEqualTo("masterdata.membership.error.selfSubstitute");
    }

    @Test
    void a_deputy_period_must_lie_within_the_principals_period() {
        assertThat(check(member(200, MembershipRole.DEPUTY_MEMBER, "COUNCIL_MEMBER", "VOTING_MEMBER", null, 2L, JAN, null), null)
                .of("substituteForId").key()).as("open-ended deputy of an ending principal").isEqualTo("masterdata.membership.error.principalPeriod");
        assertThat(check(member(200, MembershipRole.DEPUTY_MEMBER, "COUNCIL_MEMBER", "VOTING_MEMBER", null, 2L, JAN.minusDays(1),
                LocalDate.of(2024, 3, 1)), null).has("substituteForId")).as("starts before the principal").isTrue();
        assertThat(check(member(200, MembershipRole.DEPUTY_MEMBER, "COUNCIL_MEMBER", "VOTING_MEMBER", null, 2L, JAN,
                LocalDate.of(2024, 6, 30)), null).isEmpty()).isTrue();
    }

    @Test
    void only_deputies_substitute() {
        assertThat(check(member(200, MembershipRole.MEMBER, "COUNCIL_MEMBER", "VOTING_MEMBER", null, 1L, JAN, null), null)
                .of("substituteForId").key()).isEqualTo("masterdata.membership.error.onlyDeputies");
    }

    @Test
    void the_same_role_twice_at_the_same_time_is_refused_but_a_later_one_is_fine() {
        assertThat(check(member(101, MembershipRole.MEMBER, "COUNCIL_MEMBER", "VOTING_MEMBER", null, null, LocalDate.of(2024, 6, 30), null), null)
                .of("start").key()).isEqualTo("masterdata.membership.error.duplicate");
        assertThat(check(member(101, MembershipRole.MEMBER, "COUNCIL_MEMBER", "VOTING_MEMBER", null, null, LocalDate.of(2024, 7, 1), null), null)
                .isEmpty()).isTrue();
        assertThat(check(member(101, MembershipRole.CHAIR, "COUNCIL_MEMBER", "VOTING_MEMBER", null, null, LocalDate.of(2024, 3, 1), null), null)
                .isEmpty()).as("another role at the same time").isTrue();
    }

    @Test
    void a_change_of_role_lies_after_the_start_and_not_after_the_end() {
        assertThat(MembershipRules.checkChange(PRINCIPAL, JAN).of("start").key()).isEqualTo("masterdata.membership.error.changeAfterStart");
        assertThat(MembershipRules.checkChange(PRINCIPAL, JAN.plusDays(1)).isEmpty()).isTrue();
        assertThat(MembershipRules.checkChange(ENDING_PRINCIPAL, LocalDate.of(2024, 7, 1)).of("start").key())
                .isEqualTo("masterdata.membership.error.changeBeforeEnd");
    }

    @Test
    void an_end_needs_a_date_not_before_the_start() {
        assertThat(MembershipRules.checkEnd(PRINCIPAL, null).has("end")).isTrue();
        assertThat(MembershipRules.checkEnd(PRINCIPAL, JAN.minusDays(1)).has("end")).isTrue();
        assertThat(MembershipRules.checkEnd(PRINCIPAL, JAN).isEmpty()).isTrue();
    }

    @Test
    void unknown_choices_are_refused() {
        FormRejections r = check(new MembershipData(200, ORG, null, "KING", "THRONE", null, null, null, null, null), null);
        assertThat(r.all().keySet()).contains("role", "mandate", "seatCategory", "start");
    }
}
