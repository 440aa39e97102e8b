package org.communityorganising.pathways.course.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Set;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.chapter.ChapterService;
import org.communityorganising.pathways.course.CohortForm;
import org.communityorganising.pathways.course.CohortListItem;
import org.communityorganising.pathways.course.CohortStatus;
import org.communityorganising.pathways.course.CourseService;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;

/** The cohorts the caller may see, newest first; trainers and administrators plan new ones here. */
@Route("cohorts")
@RolesAllowed({AppRoles.TRAINER, AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
@Menu(order = 10, title = "nav.cohorts", icon = "calendar-user")
class CohortsView extends Main implements HasDynamicTitle {

    CohortsView(SchedulingService scheduling, CourseService courses, ChapterService chapters, CurrentUser currentUser) {
        addClassName("view");
        setId("cohorts-view");
        var user = currentUser.require();

        var search = new TextField(getTranslation("cohorts.search"));
        search.setPrefixComponent(Icons.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("cohorts-search");

        var grid = new Grid<CohortListItem>();
        grid.setId("cohorts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CohortListItem::name)
                .setHeader(getTranslation("cohorts.column.name"))
                .setFlexGrow(2);
        grid.addColumn(item -> item.courseTitle(getLocale()))
                .setHeader(getTranslation("cohorts.column.course"))
                .setFlexGrow(2);
        grid.addColumn(item -> item.chapterName() == null ? getTranslation("cohorts.national") : item.chapterName())
                .setHeader(getTranslation("cohorts.column.chapter"));
        grid.addColumn(item -> LondonTime.date(item.startsOn(), getLocale()) + " – "
                        + LondonTime.date(item.endsOn(), getLocale()))
                .setHeader(getTranslation("cohorts.column.dates"));
        grid.addColumn(item -> getTranslation("cohorts.enrolled-of", item.enrolled(), item.capacity()))
                .setHeader(getTranslation("cohorts.column.enrolled"));
        grid.addColumn(item -> getTranslation(item.status().translationKey()))
                .setHeader(getTranslation("cohorts.column.status"));
        grid.setItems(query -> scheduling.listCohorts(search.getValue(), toSpringPageRequest(query)).stream());
        grid.setAriaLabel(getTranslation("cohorts.title"));
        grid.setEmptyStateText(getTranslation("cohorts.empty"));
        grid.addItemClickListener(event -> getUI().ifPresent(ui ->
                ui.navigate(CohortView.class, CohortView.to(event.getItem().id()))));
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        var toolbar = new ViewToolbar(getTranslation("cohorts.title"), search);
        if (user.isAdmin() || user.hasRole(AppRoles.TRAINER)) {
            var add = new Button(getTranslation("cohorts.new"), Icons.PLUS.create(), event -> {
                var today = LocalDate.now(LondonTime.ZONE);
                var initial = new CohortForm(
                        null,
                        user.chapterId(),
                        "",
                        today,
                        today.plusWeeks(6),
                        20,
                        CohortStatus.PLANNED,
                        Set.of(user.personId()),
                        0);
                new CohortDialog(
                                scheduling,
                                courses.options(),
                                chapters.chapterOptions(),
                                user.isAdmin(),
                                null,
                                initial,
                                id -> getUI().ifPresent(ui -> ui.navigate(CohortView.class, CohortView.to(id))))
                        .open();
            });
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("cohorts-new");
            toolbar = new ViewToolbar(getTranslation("cohorts.title"), search, add);
        }
        add(toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.title") + " · " + getTranslation("app.name");
    }
}
