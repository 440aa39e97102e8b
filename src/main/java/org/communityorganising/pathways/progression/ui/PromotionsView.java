package org.communityorganising.pathways.progression.ui;

import static org.springframework.data.domain.PageRequest.of;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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
import org.communityorganising.pathways.progression.PromotionListItem;
import org.communityorganising.pathways.progression.PromotionService;
import org.communityorganising.pathways.progression.TierService;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;

/** A chapter lead's queue of promotion requests, oldest first, and the chapter's leaders by tier. */
@Route("promotions")
@RolesAllowed({AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
@Menu(order = 26, title = "nav.promotions", icon = "vaadin:arrow-circle-up-o")
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
        add(new ViewToolbar(getTranslation("promotions.title"), nominate));
        add(new Paragraph(getTranslation("promotions.intro")));

        grid.setId("promotions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("promotions.title"));
        grid.addColumn(PromotionListItem::personName)
                .setHeader(getTranslation("promotions.column.person"))
                .setFlexGrow(2);
        grid.addColumn(item -> item.toName(getLocale())).setHeader(getTranslation("promotions.column.to"));
        grid.addColumn(item -> LondonTime.dateTime(item.requestedAt(), getLocale()))
                .setHeader(getTranslation("promotions.column.requested"));
        grid.addColumn(item -> item.nominatedBy() == null
                        ? getTranslation("promotions.self")
                        : getTranslation("promotions.by", item.nominatedBy()))
                .setHeader(getTranslation("promotions.column.how"));
        grid.addColumn(item -> getTranslation("promotions.approvals", item.approvals(), item.needed()))
                .setHeader(getTranslation("promotions.column.approvals"));
        grid.addComponentColumn(item -> {
                    var open = new RouterLink(
                            getTranslation("promotions.open"),
                            PromotionView.class,
                            new RouteParameters("requestId", String.valueOf(item.id())));
                    open.getElement()
                            .setAttribute("aria-label", getTranslation("promotions.open.label", item.personName()));
                    return open;
                })
                .setHeader(getTranslation("promotions.column.open"))
                .setAutoWidth(true);
        grid.setItems(
                query -> promotions.queue(of(query.getPage(), query.getPageSize())).stream(),
                query -> promotions.countQueue());
        grid.addItemClickListener(event -> getUI().ifPresent(
                        ui -> ui.navigate("promotions/" + event.getItem().id())));
        var none = new Paragraph(getTranslation("promotions.none"));
        none.setId("promotions-none");
        none.setVisible(promotions.countQueue() == 0);
        add(none, grid);

        var pipeline = new Div();
        pipeline.addClassName("facts");
        pipeline.setId("pipeline");
        for (var count : tiers.pipeline()) {
            pipeline.add(new Fact(count.name(getLocale()), String.valueOf(count.people())));
        }
        add(new H2(getTranslation("promotions.pipeline")), pipeline);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("promotions.title") + " · " + getTranslation("app.name");
    }
}
