package org.communityorganising.pathways.course.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.course.CourseForm;
import org.communityorganising.pathways.course.CourseListItem;
import org.communityorganising.pathways.course.CourseService;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;

/** The training offer, read-only until course editing arrives. */
@Route("courses")
@RolesAllowed({AppRoles.TRAINER, AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
@Menu(order = 20, title = "nav.courses", icon = "academy-cap")
class CoursesView extends Main implements HasDynamicTitle {

    CoursesView(CourseService courseService, CurrentUser currentUser) {
        addClassName("view");
        setId("courses-view");
        add(new ViewToolbar(getTranslation("courses.title")));

        var hours = NumberFormat.getNumberInstance(getLocale());
        var grid = new Grid<CourseListItem>();
        grid.setId("courses-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(course -> course.title(getLocale()))
                .setHeader(getTranslation("courses.column.title"))
                .setFlexGrow(3);
        grid.addColumn(course -> getTranslation(course.format().translationKey()))
                .setHeader(getTranslation("courses.column.format"));
        grid.addColumn(course -> hours.format(course.hours())).setHeader(getTranslation("courses.column.hours"));
        grid.addColumn(course -> course.minAttendancePercent() + " %")
                .setHeader(getTranslation("courses.column.min-attendance"));
        grid.setItems(query -> courseService.list(toSpringPageRequest(query)).stream());
        grid.setAriaLabel(getTranslation("courses.title"));
        grid.setEmptyStateText(getTranslation("courses.empty"));
        if (currentUser.require().isAdmin()) {
            var add = new Button(
                    getTranslation("courses.new"),
                    Icons.PLUS.create(),
                    event -> new CourseDialog(courseService, null, CourseForm.empty(), () -> saved(grid)).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("courses-new");
            getChildren().findFirst().ifPresent(this::remove);
            addComponentAsFirst(new ViewToolbar(getTranslation("courses.title"), add));
            grid.addItemClickListener(event -> new CourseDialog(
                            courseService,
                            event.getItem().id(),
                            courseService.load(event.getItem().id()),
                            () -> saved(grid))
                    .open());
        }
        add(grid);
    }

    private void saved(Grid<CourseListItem> grid) {
        grid.getDataProvider().refreshAll();
        Notifications.success(getTranslation("courses.saved"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("courses.title") + " · " + getTranslation("app.name");
    }
}
