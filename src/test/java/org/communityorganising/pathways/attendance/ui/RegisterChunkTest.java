package org.communityorganising.pathways.attendance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.communityorganising.pathways.support.FrontendBundle;
import org.junit.jupiter.api.Test;

/**
 * The register's cards are drawn in the browser from a template, so no class reference brings
 * their radio group into the production build; until RegisterList declared it, the production
 * register showed no choices at all. This asks Vaadin's scanner what a register page loads.
 */
class RegisterChunkTest {

    @Test
    void aRegisterLoadsEveryComponentItsCardsAreDrawnWith() {
        var loaded = new HashSet<>(FrontendBundle.firstLoad());
        loaded.addAll(FrontendBundle.chunkOf(SessionView.class).modules());

        assertThat(loaded)
                .contains(
                        "@vaadin/radio-group/src/vaadin-radio-group.js",
                        "@vaadin/radio-group/src/vaadin-radio-button.js",
                        "@vaadin/text-field/src/vaadin-text-field.js",
                        "@vaadin/virtual-list/src/vaadin-virtual-list.js");
    }
}
