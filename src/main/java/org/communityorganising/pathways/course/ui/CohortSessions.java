package org.communityorganising.pathways.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.course.CohortDetails;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.SessionForm;
import org.communityorganising.pathways.course.SessionListItem;

/**
 * A cohort's sessions: for those who may change the cohort, adding one or a weekly series (the
 * first proposed a week after the last); then the sessions themselves ({@link SessionsGrid}).
 */
class CohortSessions extends Section {

    CohortSessions(SchedulingService scheduling, CohortDetails cohort, Runnable changed) {
        add(new H2(getTranslation("cohort.sessions")));
        setId("cohort-sessions");
        var sessions = scheduling.sessionsOf(cohort.id());
        if (cohort.editable()) {
            add(addingTools(scheduling, cohort, firstFreeDay(cohort, sessions), changed));
        }
        if (sessions.isEmpty()) {
            add(new Paragraph(getTranslation("cohort.no-sessions")));
        } else {
            add(new SessionsGrid(scheduling, cohort, sessions, changed));
        }
    }

    /** A week after the last session, or the cohort's first day when there is none. */
    private static LocalDate firstFreeDay(CohortDetails cohort, List<SessionListItem> sessions) {
        return sessions.isEmpty()
                ? cohort.startsOn()
                : LondonTime.of(sessions.getLast().startsAt()).toLocalDate().plusWeeks(1);
    }

    private Div addingTools(SchedulingService scheduling, CohortDetails cohort, LocalDate first, Runnable changed) {
        var one = new Button(
                getTranslation("sessions.new"),
                Icons.PLUS.create(),
                event -> new SessionDialog(
                                scheduling,
                                cohort.id(),
                                null,
                                new SessionForm(first, LocalTime.of(18, 30), 75, null, null, 0),
                                changed)
                        .open());
        one.setId("sessions-new");
        var series = new Button(
                getTranslation("sessions.series.title"),
                Icons.CALENDAR.create(),
                event -> new SeriesDialog(
                                scheduling,
                                cohort.id(),
                                first.isBefore(cohort.startsOn()) ? cohort.startsOn() : first,
                                count -> {
                                    changed.run();
                                    Notifications.success(getTranslation("sessions.series.saved", count));
                                })
                        .open());
        series.setId("sessions-series");
        return new Div(one, series);
    }
}
