package org.communityorganising.pathways.course.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.chapter.ChapterOption;
import org.communityorganising.pathways.course.CohortForm;
import org.communityorganising.pathways.course.CohortStatus;
import org.communityorganising.pathways.course.CourseOption;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.people.PersonOption;
import org.jspecify.annotations.Nullable;

/** Plans a cohort of a course, or edits one: course, chapter (or national), name, dates, capacity, trainers. */
class CohortDialog extends FormDialog {

    private static final ChapterOption NATIONAL = new ChapterOption(-1, "");

    private final ComboBox<CourseOption> course = new ComboBox<>();
    private final ComboBox<ChapterOption> chapter = new ComboBox<>();
    private final TextField name = new TextField();
    private final DatePicker startsOn = new DatePicker();
    private final DatePicker endsOn = new DatePicker();
    private final IntegerField capacity = new IntegerField();
    private final Select<CohortStatus> status = new Select<>();
    private final MultiSelectComboBox<PersonOption> trainers = new MultiSelectComboBox<>();
    private final transient SchedulingService scheduling;

    CohortDialog(
            SchedulingService scheduling,
            List<CourseOption> courses,
            List<ChapterOption> chapters,
            boolean admin,
            @Nullable Long id,
            CohortForm initial,
            LongConsumer saved) {
        this.scheduling = scheduling;
        setHeaderTitle(getTranslation(id == null ? "cohorts.new" : "cohorts.edit"));
        setId("cohort-dialog");

        course.setLabel(getTranslation("cohorts.field.course"));
        course.setItems(courses);
        course.setItemLabelGenerator(option -> option.title(getLocale()));
        course.setRequiredIndicatorVisible(true);
        course.setId("cohort-course");
        chapter.setLabel(getTranslation("cohorts.field.chapter"));
        var chapterChoices = new java.util.ArrayList<>(chapters);
        if (admin) {
            chapterChoices.addFirst(NATIONAL);
        }
        chapter.setItems(chapterChoices);
        chapter.setItemLabelGenerator(
                option -> option == NATIONAL ? getTranslation("cohorts.national") : option.name());
        chapter.setRequiredIndicatorVisible(true);
        chapter.setReadOnly(id != null || chapterChoices.size() == 1);
        chapter.setId("cohort-chapter");
        name.setLabel(getTranslation("cohorts.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(CohortForm.NAME_MAX);
        name.setId("cohort-name");
        startsOn.setLabel(getTranslation("cohorts.field.starts-on"));
        startsOn.setRequiredIndicatorVisible(true);
        startsOn.setLocale(getLocale());
        startsOn.setId("cohort-starts-on");
        endsOn.setLabel(getTranslation("cohorts.field.ends-on"));
        endsOn.setRequiredIndicatorVisible(true);
        endsOn.setLocale(getLocale());
        endsOn.setId("cohort-ends-on");
        startsOn.addValueChangeListener(event -> {
            endsOn.setMin(event.getValue());
            // Moving the first day moves the last day with it, keeping the cohort's length.
            var before = event.getOldValue();
            var after = event.getValue();
            if (event.isFromClient() && before != null && after != null && endsOn.getValue() != null) {
                endsOn.setValue(endsOn.getValue().plusDays(java.time.temporal.ChronoUnit.DAYS.between(before, after)));
            }
        });
        capacity.setLabel(getTranslation("cohorts.field.capacity"));
        capacity.setMin(1);
        capacity.setMax(1000);
        capacity.setStepButtonsVisible(true);
        capacity.setRequiredIndicatorVisible(true);
        capacity.setId("cohort-capacity");
        status.setLabel(getTranslation("cohorts.field.status"));
        status.setItems(CohortStatus.values());
        status.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        trainers.setLabel(getTranslation("cohorts.field.trainers"));
        trainers.setItemLabelGenerator(PersonOption::label);
        trainers.setRequiredIndicatorVisible(true);
        trainers.setId("cohort-trainers");

        addFields(course, chapter);
        addWide(name);
        addFields(startsOn, endsOn, capacity, status);
        addWide(trainers);

        course.getListDataView()
                .getItems()
                .filter(option -> Objects.equals(option.id(), initial.courseId()))
                .findFirst()
                .ifPresent(course::setValue);
        chapterChoices.stream()
                .filter(option -> initial.chapterId() == null
                        ? option == NATIONAL
                        : Objects.equals(option.id(), initial.chapterId()))
                .findFirst()
                .or(() -> chapterChoices.stream()
                        .filter(option -> option != NATIONAL)
                        .findFirst())
                .ifPresent(chapter::setValue);
        name.setValue(initial.name());
        startsOn.setValue(initial.startsOn());
        endsOn.setValue(initial.endsOn());
        capacity.setValue(initial.capacity());
        status.setValue(initial.status());
        loadTrainers(initial);
        chapter.addValueChangeListener(event -> loadTrainers(initial));

        onSave(() -> {
            var form = new CohortForm(
                    course.getValue() == null ? null : course.getValue().id(),
                    chapterId(),
                    name.getValue(),
                    startsOn.getValue(),
                    endsOn.getValue(),
                    capacity.getValue() == null ? 0 : capacity.getValue(),
                    status.getValue(),
                    trainers.getValue().stream().map(PersonOption::id).collect(Collectors.toSet()),
                    initial.version());
            if (id == null) {
                saved.accept(scheduling.createCohort(form));
            } else {
                scheduling.updateCohort(id, form);
                saved.accept(id);
            }
        });
    }

    private @Nullable Long chapterId() {
        var value = chapter.getValue();
        return value == null || value == NATIONAL ? null : value.id();
    }

    private void loadTrainers(CohortForm initial) {
        var options = scheduling.trainerOptions(chapterId());
        trainers.setItems(options);
        trainers.setValue(options.stream()
                .filter(option -> initial.trainerIds().contains(option.id()))
                .collect(Collectors.toSet()));
    }
}
