package org.communityorganising.pathways.progression.ui;

import static org.springframework.data.domain.PageRequest.of;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.Fact;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.people.PeopleService;
import org.communityorganising.pathways.progression.promotions.PromotionFilter;
import org.communityorganising.pathways.progression.promotions.PromotionListItem;
import org.communityorganising.pathways.progression.promotions.PromotionService;
import org.communityorganising.pathways.progression.tiers.TierService;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;

/** A chapter lead's queue of promotion requests, oldest first, and the chapter's leaders by tier. */
@Route("promotions")
@RolesAllowed({AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
@Menu(order = 26, title = "nav.promotions", icon = "arrow-circle-up")
class PromotionsView extends Main implements HasDynamicTitle {

    PromotionsView(PromotionService promotions, TierService tiers, PeopleService people, CurrentUser currentUser) {
        addClassName("view");
        setId("promotions-view");
        var grid = new Grid<PromotionListItem>();
        var nominate = NominateDialog.button(
                promotions,
                people,
                currentUser.require().chapterId(),
                () -> grid.getDataProvider().refreshAll());
        var status = new Select<String>();
        status.setLabel(getTranslation("promotions.filter.status"));
        status.setItems("PENDING", "APPROVED", "REFUSED", "WITHDRAWN", "ALL");
        status.setItemLabelGenerator(value -> getTranslation("promotions.filter.status." + value));
        status.setValue("PENDING");
        status.setId("promotions-status");
        var name = new TextField(getTranslation("promotions.filter.name"));
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        name.setId("promotions-name");
        add(new ViewToolbar(getTranslation("promotions.title"), status, name, nominate));
        add(new Paragraph(getTranslation("promotions.intro")));

        grid.setId("promotions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("promotions.title"));
        // One column for the request and one for the link: on a phone both fit.
        grid.addComponentColumn(item -> {
                    var who = new Span(item.personName());
                    who.addClassName("review-who");
                    var request = new Div(
                            who,
                            new Span(getTranslation("promotions.to-become", item.toName(getLocale()))),
                            new Span(LondonTime.dateTime(item.requestedAt(), getLocale()) + " · "
                                    + (item.nominatedBy() == null
                                            ? getTranslation("promotions.self")
                                            : getTranslation("promotions.by", item.nominatedBy()))),
                            new Span(getTranslation("promotions.approvals.of", item.approvals(), item.needed())));
                    if (!item.status().equals("PENDING")) {
                        var decided = new Span(getTranslation(
                                "promotions.decided." + item.status(),
                                item.decidedAt() == null ? "" : LondonTime.dateTime(item.decidedAt(), getLocale())));
                        decided.addClassNames(
                                "badge", "promotion-status-" + item.status().toLowerCase(java.util.Locale.ROOT));
                        request.add(decided);
                    } else if (item.mayNotDecide() != null) {
                        var mark = new Span(getTranslation(item.mayNotDecide()));
                        mark.addClassNames("badge", "promotion-not-yours");
                        mark.setId("promotion-not-yours-" + item.id());
                        request.add(mark);
                    }
                    request.addClassName("review-entry");
                    return request;
                })
                .setHeader(getTranslation("promotions.column.request"))
                .setFlexGrow(1);
        grid.addComponentColumn(item -> {
                    var open = new RouterLink(
                            getTranslation(
                                    item.status().equals("PENDING") && item.mayNotDecide() == null
                                            ? "promotions.open"
                                            : "promotions.view"),
                            PromotionView.class,
                            new RouteParameters("requestId", String.valueOf(item.id())));
                    open.getElement()
                            .setAttribute("aria-label", getTranslation("promotions.open.label", item.personName()));
                    return open;
                })
                .setHeader(getTranslation("promotions.column.open"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        java.util.function.Supplier<PromotionFilter> filter =
                () -> new PromotionFilter("ALL".equals(status.getValue()) ? null : status.getValue(), name.getValue());
        grid.setItems(
                query -> promotions.list(filter.get(), of(query.getPage(), query.getPageSize())).stream(),
                query -> promotions.count(filter.get()));
        grid.addItemClickListener(event -> getUI().ifPresent(
                        ui -> ui.navigate("promotions/" + event.getItem().id())));
        var none = new Paragraph(getTranslation("promotions.none"));
        none.setId("promotions-none");
        Runnable refresh = () -> {
            boolean empty = promotions.count(filter.get()) == 0;
            none.setVisible(empty);
            grid.setVisible(!empty);
            grid.getDataProvider().refreshAll();
        };
        refresh.run();
        status.addValueChangeListener(change -> refresh.run());
        name.addValueChangeListener(change -> refresh.run());
        add(none, grid);

        var pipeline = new Div();
        pipeline.addClassName("facts");
        pipeline.setId("pipeline");
        for (var count : tiers.pipeline()) {
            pipeline.add(new Fact(count.name(getLocale()), String.valueOf(count.people())));
        }
        var dashboard = new com.vaadin.flow.component.html.Anchor("chapter", getTranslation("promotions.dashboard"));
        dashboard.setId("promotions-dashboard");
        add(new H2(getTranslation("promotions.pipeline")), pipeline, new Paragraph(dashboard));
        var chapter = currentUser.require().chapterId();
        if (chapter != null) {
            add(needingPractice(tiers, chapter));
        }
    }

    /** The chapter's leaders whose tier is due for renewal or lapsed: promotions are weighed beside them. */
    private com.vaadin.flow.component.Component needingPractice(TierService tiers, long chapter) {
        var section = new com.vaadin.flow.component.html.Section(new H2(getTranslation("promotions.standing")));
        section.setId("promotions-standing");
        var leaders = tiers.needingPractice(chapter);
        if (leaders.isEmpty()) {
            section.add(new Paragraph(getTranslation("promotions.standing.none")));
            return section;
        }
        section.add(new Paragraph(getTranslation("promotions.standing.intro")));
        var list = new com.vaadin.flow.component.html.UnorderedList();
        list.addClassName("standing-list");
        for (var leader : leaders) {
            var item = new com.vaadin.flow.component.html.ListItem(
                    new Span(leader.fullName() + " · " + leader.tierName(getLocale()) + " "),
                    StandingText.badge(this, leader.state()),
                    new Span(" " + StandingText.aboutLeader(this, getLocale(), leader.state(), leader.keptUntil())));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("promotions.title") + " · " + getTranslation("app.name");
    }
}
