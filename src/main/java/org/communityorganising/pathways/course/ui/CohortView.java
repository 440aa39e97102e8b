package org.communityorganising.pathways.course.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.Fact;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.LimitedUpload;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.RouteIds;
import org.communityorganising.pathways.base.ui.Uploads;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.chapter.ChapterService;
import org.communityorganising.pathways.course.CohortDetails;
import org.communityorganising.pathways.course.CourseService;
import org.communityorganising.pathways.course.EnrolmentListItem;
import org.communityorganising.pathways.course.EnrolmentService;
import org.communityorganising.pathways.course.EnrolmentStatus;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.people.PeopleFilter;
import org.communityorganising.pathways.people.PeopleService;
import org.communityorganising.pathways.people.PersonOption;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * One cohort: its details, its sessions (add one, add a weekly series), and who is enrolled
 * (search and enrol, upload a CSV with a preview, withdraw).
 */
@Route("cohorts/:cohortId(\\d+)")
@RolesAllowed({AppRoles.TRAINER, AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
class CohortView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SchedulingService scheduling;
    private final transient EnrolmentService enrolment;
    private final transient PeopleService people;
    private final transient CourseService courses;
    private final transient ChapterService chapters;
    private final transient CurrentUser currentUser;
    private @Nullable CohortDetails cohort;

    /** The cohort shown: set on entering the view, before anything renders. */
    private CohortDetails cohort() {
        return java.util.Objects.requireNonNull(cohort, "no cohort entered yet");
    }

    CohortView(
            SchedulingService scheduling,
            EnrolmentService enrolment,
            PeopleService people,
            CourseService courses,
            ChapterService chapters,
            CurrentUser currentUser) {
        this.scheduling = scheduling;
        this.enrolment = enrolment;
        this.people = people;
        this.courses = courses;
        this.chapters = chapters;
        this.currentUser = currentUser;
        addClassName("view");
        setId("cohort-view");
    }

    static RouteParameters to(long cohortId) {
        return new RouteParameters("cohortId", String.valueOf(cohortId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var requested = RouteIds.id(event, "cohortId");
        if (requested.isEmpty()) {
            return;
        }
        long cohortId = requested.getAsLong();
        try {
            cohort = scheduling.cohort(cohortId);
        } catch (InvalidInputException | org.springframework.security.access.AccessDeniedException notYours) {
            // Unknown and not-yours look the same, as for views (docs/security.md).
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        var toolbar = cohort().editable()
                ? new ViewToolbar(cohort().name(), button("cohort.edit", Icons.EDIT, this::edit, "cohort-edit"))
                : new ViewToolbar(cohort().name());
        // The attendance report belongs to the attendance feature: linked by address.
        var report = new Anchor("cohorts/" + cohort().id() + "/attendance", getTranslation("cohort.attendance-report"));
        report.setId("cohort-attendance-report");
        add(toolbar, facts(), report, new CohortSessions(scheduling, cohort(), this::refresh), enrolmentSection());
    }

    private Component facts() {
        var facts = new Div();
        facts.addClassName("facts");
        facts.add(new Fact(getTranslation("cohorts.column.course"), cohort().courseTitle(getLocale())));
        facts.add(new Fact(
                getTranslation("cohorts.column.chapter"),
                cohort().chapterName() == null ? getTranslation("cohorts.national") : cohort().chapterName()));
        facts.add(new Fact(
                getTranslation("cohorts.column.dates"),
                LondonTime.date(cohort().startsOn(), getLocale()) + " – "
                        + LondonTime.date(cohort().endsOn(), getLocale())));
        facts.add(new Fact(
                getTranslation("cohorts.column.enrolled"),
                getTranslation("cohorts.enrolled-of", cohort().enrolled(), cohort().capacity())));
        facts.add(new Fact(
                getTranslation("cohorts.column.status"),
                getTranslation(cohort().status().translationKey())));
        facts.add(new Fact(
                getTranslation("cohorts.field.trainers"),
                cohort().trainers().stream().map(PersonOption::fullName).collect(Collectors.joining(", "))));
        return facts;
    }

    private Component enrolmentSection() {
        var section = new Section(new H2(getTranslation("cohort.enrolment")));
        section.setId("cohort-enrolment");
        var grid = new Grid<EnrolmentListItem>();
        if (cohort().editable()) {
            var person = new ComboBox<PersonOption>(getTranslation("enrolment.search"));
            person.setItemLabelGenerator(PersonOption::label);
            person.setItems(query -> people
                    .options(
                            new PeopleFilter(query.getFilter().orElse(""), cohort().chapterId(), null, false),
                            toSpringPageRequest(query))
                    .stream());
            person.setHelperText(getTranslation("enrolment.search.help"));
            person.setId("enrolment-person");
            var enrol = new Button(getTranslation("enrolment.enrol"), event -> {
                if (person.getValue() == null) {
                    person.setInvalid(true);
                    return;
                }
                enrolment.enrol(cohort().id(), person.getValue().id());
                Notifications.success(
                        getTranslation("enrolment.enrolled", person.getValue().fullName()));
                person.clear();
                refresh();
            });
            enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            enrol.setId("enrolment-enrol");
            var row = new Div(person, enrol, csvUpload());
            row.addClassName("enrolment-actions");
            section.add(row);
        }
        grid.setId("enrolments-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(EnrolmentListItem::fullName)
                .setHeader(getTranslation("people.column.name"))
                .setFlexGrow(2);
        grid.addColumn(item -> item.institutionName() == null ? "" : item.institutionName())
                .setHeader(getTranslation("people.column.institution"))
                .setFlexGrow(2);
        grid.addColumn(item -> getTranslation(item.status().translationKey()))
                .setHeader(getTranslation("enrolment.column.status"));
        if (cohort().editable()) {
            grid.addComponentColumn(item -> {
                        if (item.status() != EnrolmentStatus.ENROLLED) {
                            return new Span();
                        }
                        var withdraw = new Button(getTranslation("enrolment.withdraw"), event -> {
                            enrolment.withdraw(item.id(), item.version());
                            Notifications.success(getTranslation("enrolment.withdrawn", item.fullName()));
                            refresh();
                        });
                        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                        withdraw.setAriaLabel(getTranslation("enrolment.withdraw.label", item.fullName()));
                        return withdraw;
                    })
                    .setHeader(getTranslation("enrolment.column.actions"));
        }
        grid.setItems(query -> enrolment.enrolments(cohort().id(), toSpringPageRequest(query)).stream());
        grid.setAriaLabel(getTranslation("cohort.enrolment"));
        grid.setEmptyStateText(getTranslation("enrolment.empty"));
        section.add(grid);
        return section;
    }

    private Component csvUpload() {
        var upload = new Upload(new LimitedUpload(
                EnrolmentService.MAX_CSV_BYTES,
                this::preview,
                () -> Notifications.error(
                        getTranslation("csv.error.too-large", EnrolmentService.MAX_CSV_BYTES / 1024))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(EnrolmentService.MAX_CSV_BYTES);
        upload.setMaxFiles(1);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("enrolment.csv.upload"), Icons.UPLOAD.create()));
        upload.setId("enrolment-csv");
        Uploads.localised(upload);
        return upload;
    }

    private void preview(String fileName, byte[] data) {
        var report = enrolment.previewCsv(cohort().id(), data);
        if (report.fileProblem() != null) {
            Notifications.error(getTranslation(report.fileProblem(), report.fileProblemArgument()));
            return;
        }
        new CsvPreviewDialog(fileName, report, dialog -> {
                    var result = enrolment.importCsv(cohort().id(), data);
                    dialog.close();
                    Notifications.success(getTranslation("enrolment.csv.done", result.enrolling(), result.skipped()));
                    refresh();
                })
                .open();
    }

    private void edit() {
        var user = currentUser.require();
        new CohortDialog(
                        scheduling,
                        courses.options(),
                        chapters.chapterOptions(),
                        user.isAdmin(),
                        cohort().id(),
                        cohort().toForm(),
                        id -> refresh())
                .open();
    }

    private void refresh() {
        try {
            cohort = scheduling.cohort(cohort().id());
        } catch (InvalidInputException gone) {
            UI.getCurrent().navigate(CohortsView.class);
            return;
        }
        render();
    }

    private Button button(String key, Icons icon, Runnable action, String id) {
        var button = new Button(getTranslation(key), icon.create(), event -> action.run());
        button.setId(id);
        return button;
    }

    @Override
    public String getPageTitle() {
        return (cohort == null ? getTranslation("cohorts.title") : cohort().name()) + " · "
                + getTranslation("app.name");
    }
}
