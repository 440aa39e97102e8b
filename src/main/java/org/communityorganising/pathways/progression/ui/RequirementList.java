package org.communityorganising.pathways.progression.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import org.communityorganising.pathways.progression.tiers.RequirementResult;
import org.communityorganising.pathways.progression.tiers.RequirementState;
import org.communityorganising.pathways.progression.tiers.TierAssessment;

/**
 * Every requirement of a tier with its state in words (never colour alone), the progress as
 * "n of m" and the next thing to do. Used for "my path" and for a request's evidence.
 */
class RequirementList extends Composite<UnorderedList> {

    /** @param tierNames the tier names by rank, for "hold the tier …" */
    RequirementList(TierAssessment assessment, Map<Integer, String> tierNames, boolean withNextSteps) {
        var list = getContent();
        list.addClassName("requirement-list");
        for (RequirementResult result : assessment.results()) {
            var state = new Span(getTranslation(result.state().translationKey()));
            state.addClassNames("badge", "requirement-state");
            state.getElement().setAttribute("data-state", result.state().name());
            var label = new Span(RequirementText.of(this, getLocale(), result.requirement(), tierNames));
            label.addClassName("requirement-label");
            var item = new ListItem(state, label);
            if (result.state() != RequirementState.MET || result.need() > 1) {
                var progress = new Span(getTranslation("path.progress", result.have(), result.need())
                        + (result.waiting() > 0 ? " · " + getTranslation("path.waiting", result.waiting()) : ""));
                progress.addClassName("requirement-progress");
                item.add(progress);
            }
            if (withNextSteps && result.state() != RequirementState.MET) {
                var next = new Div(getTranslation(result.nextStepKey()));
                next.addClassName("requirement-next");
                item.add(next);
            }
            item.addClassName("requirement");
            item.getElement().setAttribute("data-state", result.state().name());
            list.add(item);
        }
    }
}
