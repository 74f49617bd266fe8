package org.openris.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonRulesTest {

    private static PersonData person(String family, String email, boolean publish) {
        return new PersonData("Frau", "Dr.", "Anna", "von", family, null, email, null, publish);
    }

    @Test
    void a_family_name_is_required() {
        assertThat(PersonRules.check(person("  ", null, false)).of("familyName").key()).isEqualTo("masterdata.error.required");
        assertThat(PersonRules.check(person("Albers", null, false)).isEmpty()).isTrue();
    }

    @Test
    void an_email_address_must_look_like_one() {
        assertThat(PersonRules.check(person("Albers", "anna(at)example", false)).has("email")).isTrue();
        assertThat(PersonRules.check(person("Albers", "anna@example.org", false)).isEmpty()).isTrue();
    }

    @Test
    void publishing_contact_data_needs_contact_data() {
        assertThat(PersonRules.check(person("Albers", null, true)).has("contactPublic")).isTrue();
    }

    @Test
    void only_former_members_not_yet_anonymised_are_anonymised() {
        assertThat(PersonRules.checkAnonymisation(false, 1).of("confirm").key()).isEqualTo("masterdata.person.error.stillMember");
        assertThat(PersonRules.checkAnonymisation(true, 0).of("confirm").key()).isEqualTo("masterdata.person.error.alreadyAnonymised");
        assertThat(PersonRules.checkAnonymisation(false, 0).isEmpty()).isTrue();
    }

    @Test
    void the_display_name_joins_the_name_parts() {
        assertThat(person("Albers", null, false).displayName()).isEqualTo("Dr. Anna von Albers");
    }
}
