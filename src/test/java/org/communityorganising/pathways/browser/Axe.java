package org.communityorganising.pathways.browser;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** axe-core (WCAG 2.1 A and AA) over what the browser shows now: each violation with its rule and elements. */
final class Axe {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {}

    static List<String> violations(BrowserSession browser, String where) {
        // A confirmation ("Saved.") fades out over a few seconds, and a half-faded one has too little
        // contrast: read the page as a person would after it has gone.
        browser.wait
                .withTimeout(java.time.Duration.ofSeconds(15))
                .until(driver -> driver.findElements(org.openqa.selenium.By.cssSelector(".toast:popover-open"))
                        .isEmpty());
        var results = new AxeBuilder().withTags(WCAG).analyze(browser.driver);
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            // Development mode's own tools are not part of the app (the production jar has none).
            var ours = rule.getNodes().stream()
                    .map(node -> String.valueOf(node.getTarget()))
                    .filter(target -> !target.contains("copilot-main") && !target.contains("vaadin-dev-tools"))
                    .toList();
            if (!ours.isEmpty()) {
                found.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + ours.stream().limit(5).collect(Collectors.joining(" | ")));
            }
        }
        return found;
    }
}
