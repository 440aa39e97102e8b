package org.communityorganising.pathways.attendance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.communityorganising.pathways.attendance.CohortAttendance;

/** A trainee's attendance per course, with the rule it is counted by. */
public class AttendanceSummary extends Composite<Div> {

    public AttendanceSummary(List<CohortAttendance> cohorts) {
        var content = getContent();
        content.setId("my-attendance");
        content.addClassName("attendance-summary");
        content.add(new H2(getTranslation("home.attendance.title")));
        var list = new UnorderedList();
        list.addClassName("attendance-list");
        for (CohortAttendance cohort : cohorts) {
            var rate = cohort.rate();
            var title = new Span(cohort.courseTitle(getLocale()) + " · " + cohort.cohortName());
            title.addClassName("attendance-course");
            var value = new Span(
                    rate.percent().isPresent()
                            ? getTranslation(
                                    "home.attendance.rate", rate.percent().getAsInt())
                            : getTranslation("home.attendance.none"));
            value.addClassNames(
                    "attendance-value",
                    rate.percent().isPresent() && !rate.meets(cohort.minimumPercent()) ? "below-minimum" : "meets");
            var detail = new Span(getTranslation(
                    "home.attendance.detail", rate.attended(), rate.held(), rate.apologies(), cohort.minimumPercent()));
            detail.addClassName("attendance-detail");
            // Before the first session there is nothing to count: "0 of 0" would only confuse.
            list.add(rate.held() == 0 ? new ListItem(title, value) : new ListItem(title, value, detail));
        }
        var rule = new Paragraph(getTranslation("attendance.rule"));
        rule.addClassName("attendance-rule");
        content.add(list, rule);
    }
}
