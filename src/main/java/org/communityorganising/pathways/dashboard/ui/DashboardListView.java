package org.communityorganising.pathways.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.dashboard.DashboardList;
import org.communityorganising.pathways.dashboard.DashboardService;
import org.communityorganising.pathways.dashboard.PersonLine;
import org.communityorganising.pathways.security.AppRoles;

/** The people behind one of the dashboard's numbers, each a link to their record. */
@Route("chapter/:chapterId(\\d{1,18})/:list([a-z-]{1,30})")
@RolesAllowed({AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
class DashboardListView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DashboardService dashboards;
    private String title = "";

    DashboardListView(DashboardService dashboards) {
        this.dashboards = dashboards;
        addClassName("view");
        setId("dashboard-list-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long chapterId =
                Long.parseLong(event.getRouteParameters().get("chapterId").orElseThrow());
        var list = DashboardList.ofSlug(event.getRouteParameters().get("list").orElseThrow())
                .orElseThrow(NotFoundException::new);
        int rank = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("rank")
                .filter(value -> value.matches("\\d{1,3}"))
                .map(Integer::parseInt)
                .orElse(0);
        var people = dashboards.list(chapterId, list, rank);
        title = getTranslation("dashboard.list." + list.slug() + ".count", people.size());
        var back = new Anchor("chapter?chapter=" + chapterId, getTranslation("dashboard.back"));
        back.setId("dashboard-back");
        add(new ViewToolbar(title, back));
        if (people.isEmpty()) {
            var none = new Paragraph(getTranslation("dashboard.list.none"));
            none.setId("dashboard-list-none");
            add(none);
            return;
        }
        var grid = new Grid<PersonLine>();
        grid.setId("dashboard-list-grid");
        grid.setAriaLabel(title);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(line -> {
                    var who = new Anchor("people/" + line.personId() + "/attendance", line.fullName());
                    var cell = new Div(who);
                    if (line.institution() != null) {
                        cell.add(new Span(" · " + line.institution()));
                    }
                    return cell;
                })
                .setHeader(getTranslation("dashboard.column.person"))
                .setFlexGrow(2);
        grid.addColumn(line -> getTranslation(
                        line.detailKey(),
                        line.detailKey().equals("dashboard.why.practice-waiting")
                                ? getTranslation("practice.kind." + line.detail())
                                : line.detail(getLocale()),
                        line.day() == null
                                ? getTranslation("dashboard.never")
                                : LondonTime.date(line.day(), getLocale())))
                .setHeader(getTranslation("dashboard.column.why"))
                .setFlexGrow(2);
        grid.setItems(people);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
