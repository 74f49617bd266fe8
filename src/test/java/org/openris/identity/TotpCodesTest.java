package org.openris.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpCodesTest {

    private static final String RFC_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // "12345678901234567890"
    private final TotpCodes totp = new TotpCodes();

    @Test
    void produces_the_rfc_6238_test_vectors_in_six_digits() {
        assertThat(totp.codeAt(RFC_KEY, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(totp.codeAt(RFC_KEY, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(totp.codeAt(RFC_KEY, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void accepts_one_step_of_clock_drift_either_way_but_not_two() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        assertThat(totp.acceptedStep(RFC_KEY, totp.codeAt(RFC_KEY, now.minusSeconds(30)), now, 0)).isPresent();
        assertThat(totp.acceptedStep(RFC_KEY, totp.codeAt(RFC_KEY, now.plusSeconds(30)), now, 0)).isPresent();
        assertThat(totp.acceptedStep(RFC_KEY, totp.codeAt(RFC_KEY, now.minusSeconds(61)), now, 0)).isEmpty();
    }

    @Test
    void a_code_is_never_accepted_twice() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String code = totp.codeAt(RFC_KEY, now);
        long step = totp.acceptedStep(RFC_KEY, code, now, 0).orElseThrow();
        assertThat(totp.acceptedStep(RFC_KEY, code, now, step)).isEmpty();
    }

    @Test
    void rejects_malformed_input_without_failing() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        for (String typed : new String[] {null, "", "12345", "1234567", "abcdef", "12 34 5x", "٣٤٥٦٧٨"}) {
            assertThat(totp.acceptedStep(RFC_KEY, typed, now, 0)).as(String.valueOf(typed)).isEmpty();
        }
        String spaced = totp.codeAt(RFC_KEY, now).replaceAll("(\\d{3})(\\d{3})", "$1 $2");
        assertThat(totp.acceptedStep(RFC_KEY, spaced, now, 0)).isPresent();
    }

    @Test
    void new_secrets_are_160_bit_base32_and_differ() {
        SecureRandom random = new SecureRandom();
        String a = TotpCodes.newSecret(random);
        assertThat(a).matches("[A-Z2-7]{32}").isNotEqualTo(TotpCodes.newSecret(random));
        assertThat(TotpCodes.otpauthUri("OpenRIS", "anna müller", a))
                .isEqualTo("otpauth://totp/OpenRIS:anna%20m%C3%BCller?secret=" + a + "&issuer=OpenRIS&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void recovery_codes_are_ten_distinct_and_hash_regardless_of_spelling() {
        var codes = RecoveryCodes.generate(new SecureRandom());
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{4}(-[a-z2-9]{4}){5}"));
        // 24 characters from 31 symbols: log2(31^24) ≈ 119 bits, above the 112 that allow a fast hash (ASVS 6.5.2)
        assertThat(24 * Math.log(31) / Math.log(2)).isGreaterThan(112);
        String code = codes.get(0);
        assertThat(RecoveryCodes.hash(code.toUpperCase().replace("-", " "))).isEqualTo(RecoveryCodes.hash(code));
        assertThat(RecoveryCodes.looksLikeOne(code)).isTrue();
        assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
        assertThat(RecoveryCodes.looksLikeOne("abcd-efgh-jkmn")).as("a code issued before, 12 characters").isTrue();
    }

    @Test
    void after_login_only_local_paths_are_followed() {
        assertThat(LoginSession.localPart("http://localhost:8080/mitglieder/sitzung/5?x=1")).isEqualTo("/mitglieder/sitzung/5?x=1");
        assertThat(LoginSession.localPart("https://evil.example//evil.example/x")).isEqualTo("/mitglieder");
    }
}
