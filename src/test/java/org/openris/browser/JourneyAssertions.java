package org.openris.browser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.openris.browser.JourneyResult.Check;
import org.openris.browser.JourneyResult.FailedRequest;
import org.openris.browser.JourneyResult.Focus;
import org.openris.browser.JourneyResult.Violation;

/**
 * The pass rules of the standard checks (TESTING.md §L): axe-core with the WCAG 2.1 A/AA tags finds
 * nothing serious or critical, the first Tab reaches a visible skip link that moves focus into
 * {@code main}, every Tab stop shows a focus indicator and the focus can leave the page (no trap),
 * nothing scrolls sideways at 320 CSS px, and no script error or failed sub-request.
 */
final class JourneyAssertions {

    static final String SKIP_LINK_TEXT = ResourceBundle.getBundle("i18n/messages", Locale.GERMAN).getString("site.skip");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private JourneyAssertions() {
    }

    /** Prints the journey's report (every axe finding, all figures) and fails listing every problem. */
    static void assertPassesStandardChecks(JourneyResult result) {
        assertPassesStandardChecks(result, request -> false);
    }

    /**
     * As {@link #assertPassesStandardChecks(JourneyResult)}, but sub-requests that the journey makes
     * fail on purpose (e.g. while offline) are not problems.
     */
    static void assertPassesStandardChecks(JourneyResult result, Predicate<FailedRequest> expectedFailure) {
        System.out.println(report(result));
        List<String> problems = problems(result, expectedFailure);
        if (!problems.isEmpty()) {
            throw new AssertionError("browser journey " + result.journey() + ": " + problems.size() + " problem(s)\n - "
                    + String.join("\n - ", problems));
        }
    }

    static List<String> problems(JourneyResult result) {
        return problems(result, request -> false);
    }

    static List<String> problems(JourneyResult result, Predicate<FailedRequest> expectedFailure) {
        List<String> problems = new ArrayList<>();
        if (result.error() != null) {
            problems.add("the journey script failed: " + result.error());
        }
        if (result.checks().isEmpty()) {
            problems.add("the journey checked no page state (call check() in the script)");
        }
        for (Check check : result.checks()) {
            axeProblems(check, problems);
            skipLinkProblems(check, problems);
            tabWalkProblems(check, problems);
            if (check.reflow() == null) {
                problems.add(check.name() + ": no reflow figure");
            } else if (check.reflow().scrollWidth() > check.reflow().width() + 1) {
                problems.add(check.name() + ": scrolls sideways at " + check.reflow().width() + " CSS px: scroll width "
                        + check.reflow().scrollWidth() + " / ≤ " + (check.reflow().width() + 1) + "; sticking out: " + check.reflow().overflowing());
            }
        }
        result.pageErrors().forEach(e -> problems.add("script error on the page: " + e));
        result.consoleErrors().stream().filter(e -> !e.startsWith("Failed to load resource"))
                .forEach(e -> problems.add("console error: " + e));
        result.failedRequests().stream().filter(r -> !"document".equals(r.resourceType())).filter(r -> !abortedBrowserFetch(r))
                .filter(expectedFailure.negate())
                .forEach(r -> problems.add("failed " + r.resourceType() + " request " + r.url() + " (status " + r.status()
                        + (r.failure() == null ? "" : ", " + r.failure()) + ")"));
        return problems;
    }

    /**
     * The browser's own fetches of the web app manifest and the page icon, aborted because the journey
     * navigated on (a form post and its redirect) before they finished: not a resource the page needs.
     * Any other failure of these requests (404, 500) still counts.
     */
    static boolean abortedBrowserFetch(FailedRequest request) {
        boolean own = "manifest".equals(request.resourceType()) || request.url().contains("/icons/");
        return own && request.failure() != null && request.failure().contains("ERR_ABORTED");
    }

    private static void axeProblems(Check check, List<String> problems) {
        for (Violation v : check.axe()) {
            if (BLOCKING.contains(v.impact())) {
                problems.add(check.name() + " at " + v.width() + " px: axe " + v.impact() + " " + v.id() + " (" + v.help() + ") on "
                        + v.nodes().stream().map(n -> String.join(" ", n.target())).collect(Collectors.joining(", ")));
            }
        }
    }

    private static void skipLinkProblems(Check check, List<String> problems) {
        Focus first = check.skipLink() == null ? null : check.skipLink().first();
        if (first == null || first.body()) {
            problems.add(check.name() + ": the first Tab focuses nothing (expected the skip link '" + SKIP_LINK_TEXT + "')");
            return;
        }
        if (!SKIP_LINK_TEXT.equals(first.text())) {
            problems.add(check.name() + ": the first Tab focuses " + first.element() + " '" + first.text()
                    + "', not the skip link '" + SKIP_LINK_TEXT + "'");
        }
        if (!first.visible()) {
            problems.add(check.name() + ": the focused skip link is not visible");
        }
        if (!first.focusIndicator()) {
            problems.add(check.name() + ": the focused skip link shows no focus indicator");
        }
        Focus after = check.skipLink().afterEnter();
        if (after == null || !(after.isMain() || after.inMain())) {
            problems.add(check.name() + ": Enter on the skip link moves focus to " + (after == null ? "nothing" : after.element())
                    + ", not into main");
        }
    }

    private static void tabWalkProblems(Check check, List<String> problems) {
        if (check.tabWalk() == null) {
            problems.add(check.name() + ": no tab walk");
            return;
        }
        if (check.tabWalk().trapped()) {
            problems.add(check.name() + ": keyboard trap: after " + check.tabWalk().stops().size() + " Tabs the focus never left the page");
        }
        Set<String> unseen = new LinkedHashSet<>();
        Set<String> noIndicator = new LinkedHashSet<>();
        for (Focus stop : check.tabWalk().stops()) {
            if (!stop.visible()) {
                unseen.add(stop.element() + " '" + stop.text() + "'");
            }
            if (!stop.focusIndicator()) {
                noIndicator.add(stop.element() + " '" + stop.text() + "'");
            }
        }
        if (!unseen.isEmpty()) {
            problems.add(check.name() + ": focused but not visible: " + unseen);
        }
        if (!noIndicator.isEmpty()) {
            problems.add(check.name() + ": focused without a visible focus indicator: " + noIndicator);
        }
    }

    /** All figures of the journey as `measured / target`, and every axe finding of any impact. */
    static String report(JourneyResult result) {
        StringBuilder out = new StringBuilder("browser journey ").append(result.journey()).append(": ")
                .append(result.checks().size()).append(" page state(s) checked in ").append(result.durationMs()).append(" ms\n");
        for (Check check : result.checks()) {
            long blocking = check.axe().stream().filter(Violation::seriousOrCritical).count();
            out.append("  ").append(check.name()).append(": ").append(check.url()).append(" \"").append(check.title()).append("\"\n");
            out.append("    axe wcag2a+wcag2aa+wcag21a+wcag21aa serious/critical: ").append(blocking).append(" / 0, other findings: ")
                    .append(check.axe().size() - blocking).append('\n');
            for (Violation v : check.axe()) {
                out.append("      [").append(v.impact()).append("] ").append(v.id()).append(" at ").append(v.width()).append(" px: ")
                        .append(v.help()).append('\n');
                v.nodes().forEach(n -> out.append("        ").append(String.join(" ", n.target())).append("  ").append(n.html()).append('\n'));
            }
            if (check.skipLink() != null && check.skipLink().first() != null) {
                Focus first = check.skipLink().first();
                Focus after = check.skipLink().afterEnter();
                out.append("    first Tab: ").append(first.element()).append(" '").append(first.text()).append("'")
                        .append(first.visible() ? " visible" : " NOT VISIBLE").append(first.focusIndicator() ? "" : " NO FOCUS INDICATOR")
                        .append("; Enter moves focus to ").append(after == null ? "nothing" : after.element()).append('\n');
            }
            if (check.tabWalk() != null) {
                long bad = check.tabWalk().stops().stream().filter(s -> !s.visible() || !s.focusIndicator()).count();
                out.append("    tab walk: ").append(check.tabWalk().stops().size()).append(" stops / ").append(check.tabWalk().tabbable())
                        .append(" tabbable, stops without visible focus ").append(bad).append(" / 0, trapped ")
                        .append(check.tabWalk().trapped() ? "yes" : "no").append('\n');
            }
            if (check.reflow() != null) {
                out.append("    reflow at ").append(check.reflow().width()).append(" px: scroll width ").append(check.reflow().scrollWidth())
                        .append(" / ≤ ").append(check.reflow().width() + 1).append('\n');
            }
            out.append("    screenshots: ").append(String.join(", ", check.screenshots())).append('\n');
        }
        return out.toString();
    }
}
