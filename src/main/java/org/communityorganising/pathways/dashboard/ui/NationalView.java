package org.communityorganising.pathways.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.dashboard.DashboardService;
import org.communityorganising.pathways.dashboard.NationalRow;
import org.communityorganising.pathways.dashboard.NationalSummary;
import org.communityorganising.pathways.security.AppRoles;

/** Every chapter side by side, for administrators; each chapter opens its dashboard. */
@Route("chapter/national")
@RolesAllowed(AppRoles.ADMIN)
class NationalView extends Main implements HasDynamicTitle {

    private final transient DashboardService dashboards;

    NationalView(DashboardService dashboards) {
        this.dashboards = dashboards;
        addClassName("view");
        setId("national-view");
        render(dashboards.national());
    }

    private void render(NationalSummary summary) {
        removeAll();
        add(new ViewToolbar(getTranslation("dashboard.national")));
        add(new Freshness(summary.asOf(), dashboards.isStale(summary), dashboards::refreshNational, this::render));
        int threshold = dashboards.settings().practiceWaitingDays();
        add(new Paragraph(getTranslation("dashboard.national.intro", threshold)));
        var grid = new Grid<NationalRow>();
        grid.setId("national-grid");
        grid.setAriaLabel(getTranslation("dashboard.national"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(row -> {
                    var open = new Anchor("chapter?chapter=" + row.chapterId(), row.name());
                    if (!row.needsAttention(threshold)) {
                        return open;
                    }
                    var flag = new Span(getTranslation("dashboard.national.attention"));
                    flag.addClassNames("badge", "status-quiet");
                    return new com.vaadin.flow.component.html.Div(open, flag);
                })
                .setHeader(getTranslation("dashboard.column.chapter"))
                .setComparator(NationalRow::name)
                .setFlexGrow(2);
        grid.addColumn(NationalRow::people)
                .setHeader(getTranslation("dashboard.column.people"))
                .setSortable(true);
        grid.addColumn(NationalRow::leaders)
                .setHeader(getTranslation("dashboard.column.leaders"))
                .setSortable(true);
        grid.addColumn(NationalRow::coreTeam)
                .setHeader(getTranslation("dashboard.column.core-team"))
                .setSortable(true);
        grid.addColumn(NationalRow::movedUp)
                .setHeader(getTranslation("dashboard.moved-up"))
                .setSortable(true);
        grid.addColumn(row -> row.requestsWaiting() == 0
                        ? "0"
                        : getTranslation("dashboard.national.waiting", row.requestsWaiting(), row.oldestWaitingDays()))
                .setHeader(getTranslation("dashboard.waiting"))
                .setComparator(NationalRow::oldestWaitingDays);
        grid.addColumn(NationalRow::practiceWaiting)
                .setHeader(getTranslation("dashboard.national.practice-waiting", threshold))
                .setSortable(true);
        grid.addColumn(NationalRow::oneToOnes)
                .setHeader(getTranslation("dashboard.column.one-to-ones"))
                .setSortable(true);
        grid.addColumn(row -> row.attendancePercent() == null ? "–" : row.attendancePercent() + "%")
                .setHeader(getTranslation("dashboard.column.attendance"))
                .setComparator(row -> row.attendancePercent() == null ? -1 : row.attendancePercent());
        grid.setItems(summary.chapters());
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.national") + " · " + getTranslation("app.name");
    }
}
