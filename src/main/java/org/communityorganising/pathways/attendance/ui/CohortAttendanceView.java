package org.communityorganising.pathways.attendance.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
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
import java.time.format.DateTimeFormatter;
import org.communityorganising.pathways.attendance.AttendanceReportService;
import org.communityorganising.pathways.attendance.CohortReport;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.CsvDownload;
import org.communityorganising.pathways.base.ui.RouteIds;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A cohort's attendance at a glance: people × sessions, each person's rate by the one rule, and
 * who is slipping (below the course minimum, or absent several times in a row). CSV exports, wide
 * and long, leave institutions out unless asked.
 */
@Route("cohorts/:cohortId(\\d+)/attendance")
@RolesAllowed({AppRoles.TRAINER, AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
class CohortAttendanceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AttendanceReportService reports;
    private @Nullable CohortReport report;

    CohortAttendanceView(AttendanceReportService reports) {
        this.reports = reports;
        addClassName("view");
        setId("cohort-attendance-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var requested = RouteIds.id(event, "cohortId");
        if (requested.isEmpty()) {
            return;
        }
        long cohortId = requested.getAsLong();
        try {
            report = reports.cohortReport(cohortId);
        } catch (InvalidInputException | AccessDeniedException notYours) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(report, false);
    }

    private void render(CohortReport data, boolean onlySlipping) {
        removeAll();
        long cohortId = data.cohort().id();
        add(new ViewToolbar(getTranslation("report.title", data.cohort().name())));
        var rule = new Paragraph(getTranslation("attendance.rule") + " "
                + getTranslation("report.slipping.rule", data.minimumPercent(), data.slippingAbsences()));
        rule.addClassName("attendance-rule");
        var summary = new Paragraph(getTranslation(
                "report.slipping.count", data.slippingCount(), data.rows().size()));
        summary.setId("report-slipping-count");
        var filter = new Checkbox(getTranslation("report.only-slipping"), onlySlipping);
        filter.addValueChangeListener(event -> render(data, event.getValue()));
        filter.setId("report-only-slipping");

        var institutions = new Checkbox(getTranslation("report.include-institutions"));
        institutions.setHelperText(getTranslation("report.include-institutions.help"));
        var wide = CsvDownload.link(
                getTranslation("report.export.wide"),
                "attendance-wide-" + cohortId + ".csv",
                () -> reports.exportWide(cohortId, institutions.getValue()));
        wide.setId("report-export-wide");
        var longFormat = CsvDownload.link(
                getTranslation("report.export.long"),
                "attendance-long-" + cohortId + ".csv",
                () -> reports.exportLong(cohortId, institutions.getValue()));
        longFormat.setId("report-export-long");
        var exports = new Div(wide, longFormat, institutions);
        exports.addClassName("session-actions");
        var back = new Anchor("cohorts/" + cohortId, getTranslation("report.back"));

        var grid = new Grid<CohortReport.Row>();
        grid.setId("report-grid");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.addColumn(CohortReport.Row::fullName)
                .setHeader(getTranslation("people.column.name"))
                .setFrozen(true)
                .setAutoWidth(true);
        grid.addComponentColumn(row -> {
                    var flag = new Span(row.slipping().slipping() ? getTranslation("report.slipping") : "");
                    if (row.slipping().slipping()) {
                        flag.addClassNames("badge", "badge-slipping");
                        flag.setTitle(reasons(row));
                    }
                    return flag;
                })
                .setHeader(getTranslation("report.column.slipping"))
                .setAutoWidth(true);
        grid.addColumn(row ->
                        row.rate().percent().isPresent() ? row.rate().percent().getAsInt() + " %" : "–")
                .setHeader(getTranslation("report.column.rate"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        var day = DateTimeFormatter.ofPattern("d MMM", getLocale());
        for (var session : data.sessions()) {
            grid.addColumn(row -> {
                        var mark = row.marks().get(session.id());
                        return session.cancelled()
                                ? "—"
                                : mark == null ? "" : getTranslation("attendance.short." + mark.name());
                    })
                    .setHeader(day.format(LondonTime.of(session.startsAt())) + (session.cancelled() ? " ✕" : ""))
                    .setTextAlign(ColumnTextAlign.CENTER)
                    .setAutoWidth(true);
        }
        grid.setItems(data.rows().stream()
                .filter(row -> !onlySlipping || row.slipping().slipping())
                .toList());
        grid.setAriaLabel(getTranslation("report.title", data.cohort().name()));
        grid.setEmptyStateText(getTranslation("report.empty"));
        var legend = new Paragraph(getTranslation("report.legend"));
        legend.addClassName("attendance-rule");
        add(back, rule, summary, filter, grid, legend, exports);
    }

    private String reasons(CohortReport.Row row) {
        var reasons = new java.util.ArrayList<String>();
        if (row.slipping().belowMinimum()) {
            reasons.add(getTranslation("report.slipping.below"));
        }
        if (row.slipping().tooManyAbsences()) {
            reasons.add(
                    getTranslation("report.slipping.absences", row.slipping().absencesInARow()));
        }
        return String.join("; ", reasons);
    }

    @Override
    public String getPageTitle() {
        return (report == null
                        ? ""
                        : getTranslation("report.title", report.cohort().name()) + " · ")
                + getTranslation("app.name");
    }
}
