package org.communityorganising.pathways.course.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.Duration;
import java.util.List;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.course.CohortDetails;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.SessionListItem;

/**
 * A cohort's sessions in time order; cancelled ones greyed. A row opens the session's page (the
 * attendance feature's, by address); those who may change the cohort get {@link SessionRowActions}.
 */
class SessionsGrid extends Grid<SessionListItem> {

    SessionsGrid(SchedulingService scheduling, CohortDetails cohort, List<SessionListItem> sessions, Runnable changed) {
        setId("sessions-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addColumn(item -> LondonTime.dateTime(item.startsAt(), getLocale()))
                .setHeader(getTranslation("sessions.column.when"))
                .setFlexGrow(2);
        addColumn(item -> getTranslation(
                        "sessions.minutes",
                        Duration.between(item.startsAt(), item.endsAt()).toMinutes()))
                .setHeader(getTranslation("sessions.column.duration"));
        addColumn(item -> item.venue() != null ? item.venue() : getTranslation("sessions.online"))
                .setHeader(getTranslation("sessions.column.place"))
                .setFlexGrow(2);
        addColumn(item -> item.cancelled() ? getTranslation("sessions.cancelled") : "")
                .setHeader(getTranslation("sessions.column.status"));
        if (cohort.editable()) {
            addComponentColumn(item -> new SessionRowActions(scheduling, cohort.id(), item, changed))
                    .setHeader(getTranslation("enrolment.column.actions"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        setPartNameGenerator(item -> item.cancelled() ? "row-cancelled" : null);
        setItems(sessions);
        setAllRowsVisible(true);
        setAriaLabel(getTranslation("cohort.sessions"));
        addItemClickListener(
                event -> UI.getCurrent().navigate("sessions/" + event.getItem().id()));
    }
}
