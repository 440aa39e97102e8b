package org.communityorganising.pathways.course.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.course.CourseListItem;
import org.communityorganising.pathways.course.CourseService;
import org.communityorganising.pathways.security.AppRoles;

/** The training offer, read-only until course editing arrives. */
@Route("courses")
@RolesAllowed({AppRoles.TRAINER, AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
@Menu(order = 20, title = "nav.courses", icon = "vaadin:academy-cap")
class CoursesView extends Main implements HasDynamicTitle {

    CoursesView(CourseService courseService) {
        addClassName("view");
        setId("courses-view");
        add(new ViewToolbar(getTranslation("courses.title")));

        var hours = NumberFormat.getNumberInstance(getLocale());
        var grid = new Grid<CourseListItem>();
        grid.setId("courses-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(course -> course.title(getLocale())).setHeader(getTranslation("courses.column.title")).setFlexGrow(3);
        grid.addColumn(course -> getTranslation(course.format().translationKey())).setHeader(getTranslation("courses.column.format"));
        grid.addColumn(course -> hours.format(course.hours())).setHeader(getTranslation("courses.column.hours"));
        grid.addColumn(course -> course.minAttendancePercent() + " %").setHeader(getTranslation("courses.column.min-attendance"));
        grid.setItems(query -> courseService.list(toSpringPageRequest(query)).stream());
        grid.setAriaLabel(getTranslation("courses.title"));
        grid.setEmptyStateText(getTranslation("courses.empty"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("courses.title") + " · " + getTranslation("app.name");
    }
}
