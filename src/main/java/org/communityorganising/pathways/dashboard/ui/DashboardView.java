package org.communityorganising.pathways.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.CsvDownload;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.chapter.ChapterOption;
import org.communityorganising.pathways.chapter.ChapterService;
import org.communityorganising.pathways.dashboard.ChapterDashboard;
import org.communityorganising.pathways.dashboard.DashboardList;
import org.communityorganising.pathways.dashboard.DashboardService;
import org.communityorganising.pathways.dashboard.InstitutionStatus;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * The chapter at a glance (/chapter): pipeline, leaders who need attention, institution health,
 * training and trends. A lead sees their chapter; an administrator picks one ({@code ?chapter=}).
 * Every number is a link to the list behind it.
 */
@Route("chapter")
@RolesAllowed({AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
@Menu(order = 3, title = "nav.dashboard", icon = "dashboard")
class DashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DashboardService dashboards;
    private final transient ChapterService chapters;
    private final boolean admin;
    private String title = "";

    DashboardView(DashboardService dashboards, ChapterService chapters, CurrentUser currentUser) {
        this.dashboards = dashboards;
        this.chapters = chapters;
        this.admin = currentUser.require().isAdmin();
        addClassName("view");
        addClassName("dashboard");
        setId("dashboard-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Long chapterId = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("chapter")
                .filter(value -> value.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
        if (chapterId == null) {
            chapterId = dashboards.myChapter();
        }
        List<ChapterOption> options = admin ? chapters.chapterOptions() : List.of();
        if (chapterId == null && !options.isEmpty()) {
            chapterId = options.getFirst().id();
        }
        if (chapterId == null) {
            title = getTranslation("dashboard.title");
            add(new ViewToolbar(title), new Paragraph(getTranslation("dashboard.no-chapter")));
            return;
        }
        render(dashboards.chapter(chapterId), options);
    }

    private void render(ChapterDashboard data, List<ChapterOption> options) {
        title = getTranslation("dashboard.title.of", data.chapterName());
        if (admin) {
            var picker = new ComboBox<ChapterOption>(getTranslation("dashboard.chapter"));
            picker.setItems(options);
            picker.setItemLabelGenerator(ChapterOption::name);
            options.stream().filter(o -> o.id() == data.chapterId()).findFirst().ifPresent(picker::setValue);
            picker.setId("dashboard-chapter");
            picker.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    getUI().ifPresent(ui -> ui.navigate(
                            "chapter",
                            QueryParameters.of(
                                    "chapter", String.valueOf(change.getValue().id()))));
                }
            });
            var national = new Anchor("chapter/national", getTranslation("dashboard.national.link"));
            national.setId("dashboard-national-link");
            add(new ViewToolbar(title, picker, national));
        } else {
            add(new ViewToolbar(title));
        }
        add(freshness(data, options));
        add(pipeline(data), attention(data), institutions(data), training(data), trends(data));
    }

    /** When these figures were computed; older than a minute, they are recomputed and redrawn. */
    private Component freshness(ChapterDashboard data, List<ChapterOption> options) {
        long chapterId = data.chapterId();
        return new Freshness(
                data.asOf(),
                dashboards.isStale(data),
                () -> dashboards.refreshChapter(chapterId),
                (ChapterDashboard fresh) -> redraw(fresh, options));
    }

    private void redraw(ChapterDashboard data, List<ChapterOption> options) {
        removeAll();
        render(data, options);
    }

    private Component pipeline(ChapterDashboard data) {
        var section = section("dashboard-pipeline", getTranslation("dashboard.pipeline"));
        var tiers = new Div();
        tiers.addClassName("facts");
        for (var tier : data.tiers()) {
            tiers.add(number(
                    tier.name(getLocale()),
                    tier.people(),
                    listHref(data.chapterId(), DashboardList.TIER) + "?rank=" + tier.rank(),
                    "dashboard-tier-" + tier.rank()));
        }
        var waiting = data.waiting();
        var flow = new Div(
                number(
                        getTranslation("dashboard.moved-up"),
                        data.movedUp(),
                        listHref(data.chapterId(), DashboardList.MOVED_UP),
                        "dashboard-moved-up"),
                number(getTranslation("dashboard.waiting"), waiting.total(), "promotions", "dashboard-waiting"),
                number(
                        getTranslation("dashboard.second-approver"),
                        waiting.secondApprover(),
                        "promotions",
                        "dashboard-second-approver"));
        flow.addClassName("facts");
        var ages = new Paragraph(getTranslation(
                "dashboard.waiting.ages",
                waiting.underAWeek(),
                waiting.oneToFourWeeks(),
                waiting.overFourWeeks(),
                waiting.oldestDays()));
        ages.setId("dashboard-waiting-ages");
        ages.setVisible(waiting.total() > 0);
        section.add(tiers, flow, ages);
        return section;
    }

    private Component attention(ChapterDashboard data) {
        var section = section("dashboard-attention", getTranslation("dashboard.attention"));
        var settings = data.settings();
        var cards = new Div(
                attentionCard(
                        data,
                        DashboardList.LAPSING,
                        data.attention().lapsing(),
                        getTranslation("dashboard.lapsing.rule")),
                attentionCard(
                        data,
                        DashboardList.SLIPPING,
                        data.attention().slipping(),
                        getTranslation("dashboard.slipping.rule")),
                attentionCard(
                        data, DashboardList.READY, data.attention().ready(), getTranslation("dashboard.ready.rule")),
                attentionCard(
                        data,
                        DashboardList.PRACTICE_WAITING,
                        data.attention().practiceWaiting(),
                        getTranslation("dashboard.practice-waiting.rule", settings.practiceWaitingDays())),
                attentionCard(
                        data,
                        DashboardList.MENTORING_OVERDUE,
                        data.attention().mentoringOverdue(),
                        getTranslation("dashboard.mentoring-overdue.rule")));
        cards.addClassName("home-steps");
        section.add(cards);
        return section;
    }

    private Component attentionCard(ChapterDashboard data, DashboardList list, int count, String rule) {
        var link = new Anchor(
                listHref(data.chapterId(), list), getTranslation("dashboard.list." + list.slug() + ".count", count));
        link.addClassName("step-title");
        link.setId("dashboard-" + list.slug());
        var card = new Div(link, new Paragraph(rule));
        card.addClassName("step");
        return card;
    }

    private Component institutions(ChapterDashboard data) {
        var section = section("dashboard-institutions", getTranslation("dashboard.institutions"));
        var settings = data.settings();
        section.add(new Paragraph(getTranslation(
                "dashboard.status.rule",
                settings.strongCoreTeam(),
                settings.strongOneToOnes(),
                settings.activityDays())));
        var text = new TextField(getTranslation("dashboard.filter.name"));
        text.setPrefixComponent(Icons.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("dashboard-institution-filter");
        var status = new Select<@Nullable InstitutionStatus>();
        status.setLabel(getTranslation("dashboard.filter.status"));
        status.setItems(InstitutionStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("dashboard.filter.any"));
        status.setItemLabelGenerator(
                value -> value == null ? getTranslation("dashboard.filter.any") : statusWord(value));
        status.setId("dashboard-status-filter");
        var csv = CsvDownload.link(
                getTranslation("dashboard.institutions.csv"),
                "institutions.csv",
                () -> dashboards.institutionsCsv(data.chapterId()));
        csv.setId("dashboard-institutions-csv");
        var tools = new Div(text, status, csv);
        tools.addClassName("view-toolbar-tools");

        var grid = new Grid<ChapterDashboard.InstitutionHealth>();
        grid.setId("dashboard-institutions-grid");
        grid.setAriaLabel(getTranslation("dashboard.institutions"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(row -> {
                    var open = new Anchor("chapter/institutions/" + row.id(), row.name());
                    var badge = new Span(statusWord(row.status()));
                    badge.addClassNames("badge", "status-" + row.status().name().toLowerCase(Locale.ROOT));
                    var cell = new Div(open, badge);
                    cell.addClassName("institution-cell");
                    return cell;
                })
                .setHeader(getTranslation("dashboard.column.institution"))
                .setComparator(ChapterDashboard.InstitutionHealth::name)
                .setFlexGrow(2);
        grid.addColumn(ChapterDashboard.InstitutionHealth::people)
                .setHeader(getTranslation("dashboard.column.people"))
                .setSortable(true);
        grid.addColumn(ChapterDashboard.InstitutionHealth::leaders)
                .setHeader(getTranslation("dashboard.column.leaders"))
                .setSortable(true);
        grid.addColumn(ChapterDashboard.InstitutionHealth::coreTeam)
                .setHeader(getTranslation("dashboard.column.core-team"))
                .setSortable(true);
        grid.addColumn(ChapterDashboard.InstitutionHealth::oneToOnes)
                .setHeader(getTranslation("dashboard.column.one-to-ones"))
                .setSortable(true);
        grid.addColumn(row -> row.attendancePercent() == null ? "–" : row.attendancePercent() + "%")
                .setHeader(getTranslation("dashboard.column.attendance"))
                .setComparator(row -> row.attendancePercent() == null ? -1 : row.attendancePercent());
        grid.addColumn(row -> row.lastActivity() == null
                        ? getTranslation("dashboard.none")
                        : LondonTime.date(row.lastActivity(), getLocale()))
                .setHeader(getTranslation("dashboard.column.last-activity"))
                .setComparator(row -> row.lastActivity() == null ? java.time.LocalDate.MIN : row.lastActivity());
        Runnable filter = () -> grid.setItems(data.institutions().stream()
                .filter(row -> status.getValue() == null || row.status() == status.getValue())
                .filter(row -> row.name()
                        .toLowerCase(getLocale())
                        .contains(text.getValue().toLowerCase(getLocale())))
                .toList());
        filter.run();
        text.addValueChangeListener(change -> filter.run());
        status.addValueChangeListener(change -> filter.run());
        section.add(tools, grid);
        return section;
    }

    private Component training(ChapterDashboard data) {
        var section = section("dashboard-training", getTranslation("dashboard.training"));
        var coming = new UnorderedList();
        coming.setId("dashboard-coming");
        for (var cohort : data.comingCohorts()) {
            coming.add(new ListItem(
                    new Anchor("cohorts/" + cohort.id(), cohort.name()),
                    new Span(" · "
                            + getTranslation(
                                    "dashboard.coming.places",
                                    LondonTime.date(cohort.startsOn(), getLocale()),
                                    cohort.placesLeft(),
                                    cohort.capacity()))));
        }
        var finished = new UnorderedList();
        finished.setId("dashboard-finished");
        for (var cohort : data.finishedCohorts()) {
            finished.add(new ListItem(
                    new Anchor("cohorts/" + cohort.id() + "/attendance", cohort.name()),
                    new Span(" · "
                            + getTranslation(
                                    "dashboard.finished.outcome",
                                    LondonTime.date(cohort.endsOn(), getLocale()),
                                    cohort.completed(),
                                    cohort.enrolled(),
                                    cohort.attendancePercent() == null ? "–" : cohort.attendancePercent() + "%"))));
        }
        section.add(
                new com.vaadin.flow.component.html.H3(getTranslation("dashboard.coming")),
                data.comingCohorts().isEmpty() ? new Paragraph(getTranslation("dashboard.coming.none")) : coming,
                new com.vaadin.flow.component.html.H3(getTranslation("dashboard.finished")),
                data.finishedCohorts().isEmpty() ? new Paragraph(getTranslation("dashboard.finished.none")) : finished);
        return section;
    }

    private Component trends(ChapterDashboard data) {
        var section = section("dashboard-trends", getTranslation("dashboard.trends"));
        var charts = new Div(
                new TrendChart(
                        "trend-one-to-ones",
                        getTranslation("dashboard.trend.one-to-ones"),
                        getTranslation("dashboard.trend.one-to-ones.value"),
                        "",
                        data.months().stream()
                                .map(m -> new TrendChart.Point(m.month(), m.oneToOnes()))
                                .toList(),
                        getLocale()),
                new TrendChart(
                        "trend-attendance",
                        getTranslation("dashboard.trend.attendance"),
                        getTranslation("dashboard.trend.attendance.value"),
                        "%",
                        data.months().stream()
                                .map(m -> new TrendChart.Point(m.month(), m.attendancePercent()))
                                .toList(),
                        getLocale()));
        charts.addClassName("trends");
        section.add(charts);
        return section;
    }

    private Section section(String id, String heading) {
        var section = new Section(new H2(heading));
        section.setId(id);
        section.addClassName("dashboard-section");
        return section;
    }

    private Component number(String label, int value, String href, String id) {
        var link = new Anchor(href, String.valueOf(value));
        link.addClassName("fact-value");
        link.setId(id);
        link.getElement().setAttribute("aria-label", label + ": " + value);
        var term = new Span(label);
        term.addClassName("fact-label");
        var fact = new Div(term, link);
        fact.addClassName("fact");
        return fact;
    }

    private String statusWord(InstitutionStatus status) {
        return getTranslation("dashboard.status." + status.name().toLowerCase(Locale.ROOT));
    }

    static String listHref(long chapterId, DashboardList list) {
        return "chapter/" + chapterId + "/" + list.slug();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
