package org.openris.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openris.browser.JourneyResult.FailedRequest;

/** Which failed sub-requests the standard checks forgive: only the browser's own manifest/icon fetches cut short by a navigation. */
class AbortedBrowserFetchTest {

    private static List<String> problems(FailedRequest request) {
        JourneyResult result = new JourneyResult("j", "http://localhost", null, null, List.of(), List.of(), List.of(), List.of(request), 1);
        return JourneyAssertions.problems(result).stream().filter(p -> p.startsWith("failed ")).toList();
    }

    @Test
    void an_aborted_manifest_or_icon_fetch_is_not_a_problem() {
        assertThat(problems(new FailedRequest("http://localhost/manifest.webmanifest", 0, "manifest", "net::ERR_ABORTED"))).isEmpty();
        assertThat(problems(new FailedRequest("http://localhost/icons/icon.svg", 0, "other", "net::ERR_ABORTED"))).isEmpty();
    }

    @Test
    void other_failures_still_are() {
        assertThat(problems(new FailedRequest("http://localhost/manifest.webmanifest", 404, "manifest", null))).hasSize(1);
        assertThat(problems(new FailedRequest("http://localhost/js/ris.js", 0, "script", "net::ERR_ABORTED"))).hasSize(1);
        assertThat(problems(new FailedRequest("http://localhost/icons/icon.svg", 0, "other", "net::ERR_CONNECTION_REFUSED"))).hasSize(1);
    }
}
