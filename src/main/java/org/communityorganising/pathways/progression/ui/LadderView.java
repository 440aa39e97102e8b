package org.communityorganising.pathways.progression.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.stream.Collectors;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.progression.tiers.TierDefinition;
import org.communityorganising.pathways.progression.tiers.TierService;
import org.communityorganising.pathways.security.CurrentUser;

/**
 * The leadership ladder: every tier, what it asks for and who approves it. Administrators edit a
 * tier from here (names, approval, requirements).
 */
@Route("ladder")
@PermitAll
@Menu(order = 50, title = "nav.ladder", icon = "ladder")
class LadderView extends Main implements HasDynamicTitle {

    private final transient TierService tierService;
    private final boolean admin;

    LadderView(TierService tierService, CurrentUser currentUser) {
        this.tierService = tierService;
        this.admin = currentUser.require().isAdmin();
        addClassName("view");
        setId("ladder-view");
        render();
    }

    private void render() {
        removeAll();
        add(new ViewToolbar(getTranslation("ladder.title")));
        add(new Paragraph(getTranslation("ladder.intro")));
        var mine = new RouterLink(getTranslation("ladder.my-path"), MyPathView.class);
        mine.setId("ladder-my-path");
        add(new Paragraph(mine));
        var tiers = tierService.definitions();
        Map<Integer, String> names =
                tiers.stream().collect(Collectors.toMap(TierDefinition::rank, tier -> tier.name(getLocale())));
        var ladder = new OrderedList();
        ladder.addClassName("ladder");
        for (TierDefinition tier : tiers) {
            var rank = new Span(String.valueOf(tier.rank()));
            rank.addClassName("ladder-rank");
            rank.getElement().setAttribute("aria-hidden", "true");
            var approval = new Span(getTranslation(
                    "ladder.approved-by", getTranslation(tier.approval().translationKey())));
            approval.addClassName("ladder-approval");
            var body = new Div(new H2(tier.name(getLocale())));
            String summary = getLocale().getLanguage().equals("cy") ? tier.summaryCy() : tier.summaryEn();
            if (!summary.isBlank()) {
                body.add(new Paragraph(summary));
            }
            if (!tier.requirements().isEmpty()) {
                var requirements = new UnorderedList();
                requirements.addClassName("ladder-requirements");
                tier.requirements()
                        .forEach(requirement -> requirements.add(
                                new ListItem(RequirementText.of(this, getLocale(), requirement, names))));
                body.add(requirements);
            }
            body.add(approval);
            var keepUp = tier.keepUp();
            if (keepUp != null) {
                var kept = new Paragraph(
                        getTranslation("ladder.kept-by", keepUp.count(), keepUp.months(), keepUp.warningDays()));
                kept.addClassName("ladder-kept");
                kept.setId("ladder-kept-" + tier.rank());
                body.add(kept);
            }
            if (admin) {
                var edit = new Button(
                        getTranslation("tiers.edit.button"),
                        event -> new TierDialog(tierService, tier, names, () -> {
                                    Notifications.success(getTranslation("tiers.saved"));
                                    render();
                                })
                                .open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                edit.setAriaLabel(getTranslation("tiers.edit", tier.name(getLocale())));
                edit.setId("tier-edit-" + tier.rank());
                body.add(edit);
            }
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
