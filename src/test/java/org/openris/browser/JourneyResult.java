package org.openris.browser;

import java.util.List;
import java.util.Map;

/**
 * What one browser journey measured (the JSON written by {@code src/test/browser/run.js}): the facts
 * the journey reported and, per checked page state, axe findings, keyboard and reflow figures.
 * {@link JourneyAssertions} decides what passes.
 */
record JourneyResult(String journey, String baseUrl, String error, Map<String, Object> facts, List<Check> checks,
                     List<String> pageErrors, List<String> consoleErrors, List<FailedRequest> failedRequests, long durationMs) {

    JourneyResult {
        facts = facts == null ? Map.of() : facts;
        checks = checks == null ? List.of() : checks;
        pageErrors = pageErrors == null ? List.of() : pageErrors;
        consoleErrors = consoleErrors == null ? List.of() : consoleErrors;
        failedRequests = failedRequests == null ? List.of() : failedRequests;
    }

    Object fact(String key) {
        if (!facts.containsKey(key)) {
            throw new AssertionError("journey " + journey + " reported no fact '" + key + "'; facts: " + facts.keySet()
                    + (error == null ? "" : "\njourney error: " + error));
        }
        return facts.get(key);
    }

    Check check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("journey " + journey + " has no check '" + name + "'"));
    }

    /** One page state with the standard checks run on it. */
    record Check(String name, String url, String title, List<String> screenshots, List<Violation> axe,
                 SkipLink skipLink, TabWalk tabWalk, Reflow reflow, long durationMs) {

        Check {
            screenshots = screenshots == null ? List.of() : screenshots;
            axe = axe == null ? List.of() : axe;
        }
    }

    /** One axe rule violated at one viewport width, with the elements concerned. */
    record Violation(String id, String impact, String help, String helpUrl, int width, List<Node> nodes) {

        boolean seriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }
    }

    record Node(List<String> target, String html, String summary) {
    }

    /** The element the first Tab focused, and where Enter on it moved the focus. */
    record SkipLink(Focus first, Focus afterEnter) {
    }

    /** The focused element as the browser shows it. */
    record Focus(String element, boolean body, String text, String href, boolean visible, boolean focusIndicator,
                 boolean inMain, boolean isMain) {
    }

    /** Tabbing once through the page: each stop, and whether focus ever left the page again. */
    record TabWalk(int tabbable, List<Focus> stops, boolean trapped) {

        TabWalk {
            stops = stops == null ? List.of() : stops;
        }
    }

    /** Width of the scrollable area at a 320 CSS px viewport, and the elements that stick out. */
    record Reflow(int width, int scrollWidth, List<String> overflowing) {

        Reflow {
            overflowing = overflowing == null ? List.of() : overflowing;
        }
    }

    /** A response ≥ 400 or a request that failed on the network. */
    record FailedRequest(String url, int status, String resourceType, String failure) {
    }
}
