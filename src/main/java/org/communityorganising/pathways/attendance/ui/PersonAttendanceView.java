package org.communityorganising.pathways.attendance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.attendance.CohortAttendance;
import org.communityorganising.pathways.attendance.MarkChange;
import org.communityorganising.pathways.attendance.PersonAttendance;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.RouteIds;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** A person's attendance record: every course with its rate, and every change of a mark (who, when, from → to). */
@Route("people/:personId(\\d+)/attendance")
@RolesAllowed({AppRoles.TRAINER, AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
class PersonAttendanceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AttendanceService attendance;
    private @Nullable PersonAttendance record;

    PersonAttendanceView(AttendanceService attendance) {
        this.attendance = attendance;
        addClassName("view");
        setId("person-attendance-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var requested = RouteIds.id(event, "personId");
        if (requested.isEmpty()) {
            return;
        }
        long personId = requested.getAsLong();
        try {
            record = attendance.personAttendance(personId);
        } catch (InvalidInputException | AccessDeniedException notYours) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new ViewToolbar(getTranslation("person-attendance.title", record.fullName())));

        var courses = new Grid<CohortAttendance>();
        courses.setId("person-attendance-courses");
        courses.addColumn(item -> item.courseTitle(getLocale()) + " · " + item.cohortName())
                .setHeader(getTranslation("cohorts.column.course"))
                .setFlexGrow(3);
        courses.addColumn(item -> item.rate().percent().isPresent()
                        ? item.rate().percent().getAsInt() + " %"
                        : "–")
                .setHeader(getTranslation("report.column.rate"));
        courses.addColumn(item -> getTranslation(
                        "home.attendance.detail",
                        item.rate().attended(),
                        item.rate().held(),
                        item.rate().apologies(),
                        item.minimumPercent()))
                .setHeader(getTranslation("person-attendance.detail"))
                .setFlexGrow(3);
        courses.setItems(record.cohorts());
        courses.setAllRowsVisible(true);
        courses.setAriaLabel(getTranslation("person-attendance.courses"));

        var history = new Grid<MarkChange>();
        history.setId("person-attendance-history");
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        history.addColumn(change -> LondonTime.dateTime(change.changedAt(), getLocale()))
                .setHeader(getTranslation("history.column.when"))
                .setAutoWidth(true);
        history.addColumn(change ->
                        change.cohortName() + ", " + LondonTime.dateTime(change.sessionStartsAt(), getLocale()))
                .setHeader(getTranslation("history.column.session"))
                .setFlexGrow(2);
        history.addColumn(change -> (change.from() == null
                                ? "—"
                                : getTranslation(change.from().translationKey())) + " → "
                        + getTranslation(change.to().translationKey()))
                .setHeader(getTranslation("history.column.change"));
        history.addColumn(change -> change.changedBy() == null ? "" : change.changedBy())
                .setHeader(getTranslation("history.column.by"));
        history.addColumn(change -> change.remark() == null ? "" : change.remark())
                .setHeader(getTranslation("register.remark"))
                .setFlexGrow(2);
        history.setItems(record.changes());
        history.setAriaLabel(getTranslation("person-attendance.history"));
        history.setEmptyStateText(getTranslation("person-attendance.no-history"));

        var rule = new Paragraph(getTranslation("attendance.rule"));
        rule.addClassName("attendance-rule");
        add(
                new H2(getTranslation("person-attendance.courses")),
                courses,
                rule,
                new H2(getTranslation("person-attendance.history")),
                history);
    }

    @Override
    public String getPageTitle() {
        return (record == null ? "" : getTranslation("person-attendance.title", record.fullName()) + " · ")
                + getTranslation("app.name");
    }
}
