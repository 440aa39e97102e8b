package org.communityorganising.pathways.progression.routes.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.progression.routes.PortfolioListItem;
import org.communityorganising.pathways.progression.routes.PortfolioService;
import org.communityorganising.pathways.progression.routes.PortfolioStatus;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;

/**
 * The portfolios of the reader's chapter (administrators: every chapter), open ones first, each a
 * link to the page where its buckets are signed off. Administrators also reach the routes from here.
 */
@Route("portfolios")
@RolesAllowed({AppRoles.TRAINER, AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
@Menu(order = 27, title = "nav.portfolios", icon = "diploma")
class PortfoliosView extends Main implements HasDynamicTitle {

    PortfoliosView(PortfolioService portfolios, CurrentUser currentUser) {
        addClassName("view");
        setId("portfolios-view");
        boolean admin = currentUser.require().isAdmin();
        if (admin) {
            var manage = new RouterLink(getTranslation("routes.manage"), RoutesView.class);
            manage.setId("portfolios-routes");
            add(new ViewToolbar(getTranslation("portfolios.title"), manage));
        } else {
            add(new ViewToolbar(getTranslation("portfolios.title")));
        }
        add(new Paragraph(getTranslation(admin ? "portfolios.intro.admin" : "portfolios.intro")));
        if (portfolios.countInChapter(null) == 0) {
            var none = new Paragraph(getTranslation("portfolios.none"));
            none.setId("portfolios-none");
            add(none);
            return;
        }
        var grid = new Grid<PortfolioListItem>();
        grid.setId("portfolios-grid");
        grid.setAriaLabel(getTranslation("portfolios.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(item -> {
                    var open = new RouterLink(
                            item.personName(),
                            PortfolioView.class,
                            new RouteParameters("portfolioId", String.valueOf(item.id())));
                    open.getElement()
                            .setAttribute(
                                    "aria-label",
                                    getTranslation("portfolios.open", item.personName(), item.route(getLocale())));
                    return open;
                })
                .setHeader(getTranslation("portfolios.column.person"))
                .setAutoWidth(true);
        grid.addColumn(item -> item.route(getLocale()))
                .setHeader(getTranslation("portfolios.column.route"))
                .setFlexGrow(1);
        grid.addComponentColumn(item -> new Span(
                        item.status() == PortfolioStatus.LEFT
                                ? getTranslation("portfolios.left")
                                : getTranslation(
                                        "portfolios.progress",
                                        item.signedOff(),
                                        item.buckets(),
                                        LondonTime.date(item.deadline(), getLocale()))))
                .setHeader(getTranslation("portfolios.column.progress"))
                .setFlexGrow(1);
        grid.setItems(
                query -> portfolios.inChapter(null, query.getOffset(), query.getLimit()).stream(),
                query -> portfolios.countInChapter(null));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portfolios.title") + " · " + getTranslation("app.name");
    }
}
