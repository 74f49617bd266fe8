package org.openris.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganizationRulesTest {

    private static OrganizationData unit(String code, Long parent, Integer notice) {
        return new OrganizationData("Amt für Statistik", "Statistik", "ADMINISTRATIVE_UNIT", null, parent, code,
                LocalDate.of(2020, 1, 1), null, true, notice);
    }

    @Test
    void an_administrative_unit_needs_a_unit_code_that_is_free_in_the_body() {
        assertThat(OrganizationRules.check(unit(null, null, null), Set.of(), false, true).of("unitCode").key())
                .isEqualTo("masterdata.organization.error.unitCodeRequired");
        assertThat(OrganizationRules.check(unit("12", null, null), Set.of(), true, true).of("unitCode").key())
                .isEqualTo("masterdata.organization.error.unitCodeTaken");
        assertThat(OrganizationRules.check(unit("12", null, null), Set.of(), false, true).isEmpty()).isTrue();
    }

    @Test
    void an_organization_is_not_placed_below_itself_or_its_descendants() {
        assertThat(OrganizationRules.check(unit("12", 7L, null), Set.of(5L, 7L), false, true).of("parentId").key())
                .isEqualTo("masterdata.organization.error.parentCycle");
        assertThat(OrganizationRules.check(unit("12", 8L, null), Set.of(5L, 7L), false, false).has("parentId")).isTrue();
    }

    @Test
    void the_notice_period_lies_between_none_and_sixty_days_and_may_stay_empty() {
        assertThat(OrganizationRules.check(unit("12", null, 61), Set.of(), false, true).has("noticePeriodDays")).isTrue();
        assertThat(OrganizationRules.check(unit("12", null, -1), Set.of(), false, true).has("noticePeriodDays")).isTrue();
        assertThat(OrganizationRules.check(unit("12", null, 7), Set.of(), false, true).isEmpty()).isTrue();
    }

    @Test
    void a_name_and_a_known_kind_are_required_and_the_end_follows_the_start() {
        OrganizationData bad = new OrganizationData(" ", null, "KINGDOM", null, null, null, LocalDate.of(2020, 1, 2),
                LocalDate.of(2020, 1, 1), false, null);
        assertThat(OrganizationRules.check(bad, Set.of(), false, true).all().keySet()).containsExactly("name", "kind", "endDate");
    }
}
