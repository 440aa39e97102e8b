package org.communityorganising.pathways.course.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityorganising.pathways.course.CourseOption;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A trainer plans a cohort, adds six weekly sessions and enrols twelve people from a CSV with two bad rows. */
@IntegrationTest
class SchedulingJourneyViewTest {

    @Autowired
    BrowserlessUi ui;

    @Autowired
    TestData data;

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTrainerSchedulesACohortOfSixWeeklySessionsAndEnrolsTwelvePeopleFromACsv() {
        List<String> emails = new ArrayList<>(data.trainees("TELCO", 12));
        emails.add(3, "nobody-" + System.nanoTime() + "@example.org");
        emails.add("not-an-email");

        ui.openAs(DemoLogins.TRAINER);
        UI.getCurrent().navigate(CohortsView.class);
        _click(_get(Button.class, spec -> spec.withId("cohorts-new")));

        ComboBox<CourseOption> course = _get(ComboBox.class, spec -> spec.withId("cohort-course"));
        course.setValue(course.getListDataView()
                .getItems()
                .filter(option -> option.titleEn().equals("Learning Thursdays"))
                .findFirst()
                .orElseThrow());
        _get(TextField.class, spec -> spec.withId("cohort-name")).setValue("Thursday evenings, Stratford");
        _get(DatePicker.class, spec -> spec.withId("cohort-starts-on")).setValue(LocalDate.of(2027, 1, 11));
        _get(DatePicker.class, spec -> spec.withId("cohort-ends-on")).setValue(LocalDate.of(2027, 3, 31));
        _click(_get(Button.class, spec -> spec.withId("form-save")));

        assertThat(_get(H1.class).getText()).isEqualTo("Thursday evenings, Stratford");

        _click(_get(Button.class, spec -> spec.withId("sessions-series")));
        Select<DayOfWeek> weekday = _get(Select.class, spec -> spec.withId("series-weekday"));
        weekday.setValue(DayOfWeek.THURSDAY);
        _get(IntegerField.class, spec -> spec.withId("series-count")).setValue(6);
        _get(TextField.class, spec -> spec.withId("series-venue")).setValue("St Anne's Parish Hall");
        _click(_get(Button.class, spec -> spec.withId("form-save")));

        assertThat(_size(_get(Grid.class, spec -> spec.withId("sessions-grid"))))
                .isEqualTo(6);

        var csv = ("email\n" + String.join("\n", emails) + "\n").getBytes(StandardCharsets.UTF_8);
        _upload(_get(Upload.class, spec -> spec.withId("enrolment-csv")), "telco.csv", "text/csv", csv);

        assertThat(_get(Paragraph.class, spec -> spec.withId("csv-summary")).getText())
                .startsWith("12 will be enrolled, 2 rows skipped");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("enrolments-grid"))))
                .as("nothing written before confirming")
                .isZero();
        _click(_get(Button.class, spec -> spec.withId("csv-import")));

        assertThat(_size(_get(Grid.class, spec -> spec.withId("enrolments-grid"))))
                .isEqualTo(12);
    }

    @Test
    void aChapterLeadSeesCohortsButCannotPlanOne() {
        ui.openAs(DemoLogins.LEAD);
        UI.getCurrent().navigate(CohortsView.class);
        assertThat(_find(Button.class, spec -> spec.withId("cohorts-new"))).isEmpty();
        assertThat(_size(_get(Grid.class, spec -> spec.withId("cohorts-grid")))).isPositive();
    }

    @Test
    void movingACohortsFirstDayMovesItsLastDayWithIt() {
        ui.openAs(DemoLogins.TRAINER);
        UI.getCurrent().navigate(CohortsView.class);
        _click(_get(Button.class, spec -> spec.withId("cohorts-new")));
        DatePicker first = _get(DatePicker.class, spec -> spec.withId("cohort-starts-on"));
        DatePicker last = _get(DatePicker.class, spec -> spec.withId("cohort-ends-on"));
        BrowserlessUi.type(first, LocalDate.of(2027, 1, 11));
        BrowserlessUi.type(last, LocalDate.of(2027, 3, 31));

        BrowserlessUi.type(first, LocalDate.of(2027, 2, 1));

        assertThat(last.getValue()).as("three weeks later, like the first day").isEqualTo(LocalDate.of(2027, 4, 21));
        assertThat(last.getMin()).isEqualTo(LocalDate.of(2027, 2, 1));
    }
}
