package org.communityorganising.pathways.progression.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.communityorganising.pathways.progression.tiers.RequirementKind;
import org.communityorganising.pathways.progression.tiers.TierDefinition;
import org.communityorganising.pathways.progression.tiers.TierForm;
import org.communityorganising.pathways.progression.tiers.TierService;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class LadderViewTest {

    @Autowired
    BrowserlessUi ui;

    @Autowired
    TierService tiers;

    @Autowired
    SignIn signIn;

    @AfterEach
    void close() {
        ui.close();
    }

    private TierDefinition trainedLeader() {
        return tiers.definitions().stream()
                .filter(t -> t.rank() == 1)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anAdministratorReplacesARequirementInTheTierDialog() {
        ui.openAs(DemoLogins.ADMIN);
        var original = TierForm.of(trainedLeader());
        try {
            UI.getCurrent().navigate(LadderView.class);
            _click(_get(Button.class, spec -> spec.withId("tier-edit-1")));
            BrowserlessUi.type(_get(IntegerField.class, spec -> spec.withLabel("How many")), 8);
            _click(_get(Button.class, spec -> spec.withId("tier-requirement-add")));
            _click(_get(Button.class, spec -> spec.withId("tier-requirement-remove-1")));
            _click(_get(Button.class, spec -> spec.withId("form-save")));

            assertThat(_find(Button.class, spec -> spec.withId("form-save")))
                    .as("saved and closed")
                    .isEmpty();
            assertThat(trainedLeader().requirements())
                    .extracting(r -> r.kind(), r -> r.practiceKind(), r -> r.count())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(RequirementKind.COURSE, null, 0),
                            org.assertj.core.groups.Tuple.tuple(RequirementKind.PRACTICE, PracticeKind.ONE_TO_ONE, 8));
        } finally {
            signIn.as(DemoLogins.ADMIN);
            tiers.edit(trainedLeader().id(), original.atVersion(trainedLeader().version()));
        }
    }

    @Test
    void aTraineeReadsTheRequirementsButHasNothingToEdit() {
        ui.openAs(DemoLogins.TRAINEE);
        UI.getCurrent().navigate(LadderView.class);
        assertThat(_find(Button.class, spec -> spec.withId("tier-edit-1"))).isEmpty();
        assertThat(_get(LadderView.class).getElement().getTextRecursively())
                .contains("One-to-one: 6 confirmed")
                .contains("Complete Community Leadership Training (2-day)");
    }
}
