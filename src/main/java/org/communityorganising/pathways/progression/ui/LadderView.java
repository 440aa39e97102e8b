package org.communityorganising.pathways.progression.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.progression.LadderStep;
import org.communityorganising.pathways.progression.TierService;

/** The leadership ladder: every tier, what it asks for and who approves it. */
@Route("ladder")
@PermitAll
@Menu(order = 50, title = "nav.ladder", icon = "vaadin:level-up")
class LadderView extends Main implements HasDynamicTitle {

    LadderView(TierService tierService) {
        addClassName("view");
        setId("ladder-view");
        add(new ViewToolbar(getTranslation("ladder.title")));
        add(new Paragraph(getTranslation("ladder.intro")));
        var ladder = new OrderedList();
        ladder.addClassName("ladder");
        for (LadderStep step : tierService.ladder()) {
            var rank = new Span(String.valueOf(step.rank()));
            rank.addClassName("ladder-rank");
            rank.getElement().setAttribute("aria-hidden", "true");
            var approval = new Span(getTranslation(
                    "ladder.approved-by", getTranslation(step.approval().translationKey())));
            approval.addClassName("ladder-approval");
            var body = new Div(new H2(step.name(getLocale())), new Paragraph(step.summary(getLocale())), approval);
            var item = new ListItem(rank, body);
            item.addClassName("ladder-step");
            ladder.add(item);
        }
        add(ladder);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ladder.title") + " · " + getTranslation("app.name");
    }
}
