package org.openris.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** ASVS 5.0 §6.2: length limits that the password encoder can honour in full. */
class PasswordPolicyTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void sixty_four_plain_characters_are_allowed_and_stored_in_full() {
        String password = "ein-langer-satz-".repeat(4);
        assertThat(password).hasSize(64);
        assertThat(PasswordPolicy.problems(password, "anna")).isEmpty();
        String hash = encoder.encode(password);
        assertThat(encoder.matches(password, hash)).isTrue();
        assertThat(encoder.matches(password.substring(0, 63), hash)).isFalse();
    }

    @Test
    void every_password_the_policy_accepts_can_be_hashed_and_longer_ones_get_a_german_message() {
        String atLimit = "x".repeat(PasswordPolicy.MAX_BYTES - 2) + "ä";
        assertThat(atLimit.getBytes(StandardCharsets.UTF_8)).hasSize(PasswordPolicy.MAX_BYTES);
        assertThat(PasswordPolicy.problems(atLimit, "anna")).isEmpty();
        assertThat(encoder.encode(atLimit)).startsWith("{bcrypt}");

        // 40 umlauts are only 40 characters but 80 bytes: more than BCrypt reads
        for (String tooLong : new String[] {"ä".repeat(40), "x".repeat(PasswordPolicy.MAX_BYTES + 1), "a".repeat(500)}) {
            assertThat(PasswordPolicy.problems(tooLong, "anna")).as(tooLong)
                    .anyMatch(p -> p.startsWith("Das Passwort darf höchstens 72 Zeichen lang sein"));
            assertThatThrownBy(() -> encoder.encode(tooLong)).as("the encoder cannot store it either")
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void short_common_and_name_containing_passwords_are_refused() {
        assertThat(PasswordPolicy.problems("kurz", "anna")).anyMatch(p -> p.contains("mindestens 12"));
        assertThat(PasswordPolicy.problems("Passwort1234", "anna")).anyMatch(p -> p.contains("zu verbreitet"));
        assertThat(PasswordPolicy.problems("anna-mag-lange-saetze", "Anna")).anyMatch(p -> p.contains("Benutzernamen"));
    }

    @Test
    void common_passwords_dressed_up_to_the_minimum_length_are_refused() {
        for (String dressedUp : List.of("Sommer2024!!!", "passwort1234", "Password1234", "!!Dragon12345", "hallohallo12", "MonkeyMonkey",
                "qwertzuiop123", "123456789012", "abcdefghijkl", "poiuytrewq12", "2024-11-28!!!", "aaaaaaaaaaaa", "abcabcabcabc",
                "Musterstadt2026", "fußball-2024!", "iloveyou2025!")) {
            assertThat(PasswordPolicy.common(dressedUp)).as(dressedUp).isTrue();
        }
        for (String fine : List.of("Korrektes-Pferd-Batterie-42", "Musterstadt-Demo-2026", "Ein-ganz-neues-Passwort-2026",
                "Tagesordnung vertagt 7", "grüne-Ampel-am-Rathaus")) {
            assertThat(PasswordPolicy.common(fine)).as(fine).isFalse();
            assertThat(PasswordPolicy.problems(fine, "anna")).as(fine).isEmpty();
        }
    }
}
