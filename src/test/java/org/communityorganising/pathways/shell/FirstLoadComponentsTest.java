package org.communityorganising.pathways.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.communityorganising.pathways.support.FrontendBundle;
import org.junit.jupiter.api.Test;

/**
 * The web components every page loads before it draws anything: the production build puts into
 * its first load whatever the layout, the error views and the listeners reach (Vaadin's own rules;
 * no route's since decision 0030), and a phone parses all of it before the first view
 * (docs/performance.md, decision 0024).
 * This asks Vaadin's scanner, as the build does, so that a class reference which drags in the
 * pickers, uploads or combo boxes of another page fails here rather than on a trainee's phone.
 */
class FirstLoadComponentsTest {

    /**
     * None: the layout, the home, a register and My path show none of Vaadin's components (decision
     * 0031); the error handler's notifications and the app's icons are the browser's own elements
     * (decision 0032); no form: the home's apologies dialog and the change of password load theirs
     * when opened (decision 0030).
     */
    private static final Set<String> FIRST_LOAD = Set.of();

    @Test
    void everyPageLoadsOnlyTheComponentsOfTheLayoutAndTheHomeBeforeItDraws() {
        Set<String> eager = new TreeSet<>();
        FrontendBundle.firstLoad().stream()
                .filter(module -> module.startsWith("@vaadin/") && !module.startsWith("@vaadin/common-frontend"))
                .map(FrontendBundle::component)
                .forEach(eager::add);

        assertThat(eager)
                .as("components in the first load; a new one belongs there only if the layout or the home shows it")
                .containsExactlyInAnyOrderElementsOf(FIRST_LOAD);
    }
}
