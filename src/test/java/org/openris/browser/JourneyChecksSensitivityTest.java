package org.openris.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The standard checks can fail: a fixture page (not the application's) with one known fault per
 * check must be reported by each of them. No Spring context needed.
 */
class JourneyChecksSensitivityTest {

    @Test
    void every_standard_check_reports_its_fault_on_a_broken_page() {
        JourneyResult result = BrowserJourneys.run("harness-selftest", "about:blank", Map.of());
        assertThat(result.error()).isNull();
        assertThat(result.fact("heading")).isEqualTo("Kaputte Testseite");

        List<String> problems = JourneyAssertions.problems(result);
        System.out.println("sensitivity: faults planted 5, reported " + problems.size() + ":\n - " + String.join("\n - ", problems));

        assertThat(problems).anySatisfy(p -> assertThat(p).contains("axe critical image-alt"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("not the skip link"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("skip link shows no focus indicator"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("keyboard trap"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("scrolls sideways at 320 CSS px").contains("div.wide"));
        assertThatThrownBy(() -> JourneyAssertions.assertPassesStandardChecks(result)).isInstanceOf(AssertionError.class);
    }
}
