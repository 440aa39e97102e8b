package org.communityorganising.pathways.course.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.base.ui.OptionIds;
import org.communityorganising.pathways.base.ui.Pickers;
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
    private final DatePicker startsOn = Pickers.date();
    private final DatePicker endsOn = Pickers.date();
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
        name.setMaxLength(CohortForm.NAME_MAX);
        name.setId("cohort-name");
        startsOn.setLabel(getTranslation("cohorts.field.starts-on"));
        startsOn.setLocale(getLocale());
        startsOn.setId("cohort-starts-on");
        endsOn.setLabel(getTranslation("cohorts.field.ends-on"));
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
        capacity.setMax(CohortForm.CAPACITY_MAX);
        capacity.setStepButtonsVisible(true);
        capacity.setId("cohort-capacity");
        status.setLabel(getTranslation("cohorts.field.status"));
        status.setItems(CohortStatus.values());
        status.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        trainers.setLabel(getTranslation("cohorts.field.trainers"));
        trainers.setItemLabelGenerator(PersonOption::label);
        trainers.setId("cohort-trainers");

        addFields(course, chapter);
        addWide(name);
        addFields(startsOn, endsOn, capacity, status);
        addWide(trainers);

        var binder = bind(CohortForm.class);
        binder.forField(course)
                .withConverter(OptionIds.of(course, CourseOption::id))
                .bind("courseId");
        binder.forField(chapter)
                .withConverter(OptionIds.of(chapter, ChapterOption::id))
                .withConverter(
                        (@Nullable Long value) -> value == null || value == NATIONAL.id() ? null : value,
                        (@Nullable Long value) -> value == null && admin ? NATIONAL.id() : value)
                .bind("chapterId");
        binder.bind(name, "name");
        binder.bind(startsOn, "startsOn");
        binder.bind(endsOn, "endsOn");
        binder.bind(capacity, "capacity");
        binder.bind(status, "status");
        binder.forField(trainers)
                .withConverter(OptionIds.ofAll(trainers, PersonOption::id))
                .bind("trainerIds");
        carry(binder, "version");
        binder.readRecord(initial);
        if (chapter.isEmpty()) {
            chapterChoices.stream()
                    .filter(option -> option != NATIONAL)
                    .findFirst()
                    .ifPresent(chapter::setValue);
        }
        // The trainers to choose from are those of the chosen chapter.
        loadTrainers(initial.trainerIds());
        chapter.addValueChangeListener(event -> loadTrainers(trainerIds()));

        onSave(() -> {
            var form = written(binder);
            if (id == null) {
                saved.accept(scheduling.createCohort(form));
            } else {
                scheduling.updateCohort(id, form);
                saved.accept(id);
            }
        });
    }

    private Set<Long> trainerIds() {
        return trainers.getValue().stream().map(PersonOption::id).collect(Collectors.toSet());
    }

    private @Nullable Long chapterId() {
        var value = chapter.getValue();
        return value == null || value == NATIONAL ? null : value.id();
    }

    private void loadTrainers(Set<Long> chosen) {
        var options = scheduling.trainerOptions(chapterId());
        trainers.setItems(options);
        trainers.setValue(
                options.stream().filter(option -> chosen.contains(option.id())).collect(Collectors.toSet()));
    }
}
