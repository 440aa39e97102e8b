package org.communityorganising.pathways.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.course.MySessionItem;

/** Sessions as a list of big tap targets, each opening the session; today's marked as today. */
class SessionList extends Composite<Div> {

    SessionList(List<MySessionItem> sessions, String emptyText, String id) {
        getContent().setId(id);
        if (sessions.isEmpty()) {
            getContent().add(new Paragraph(emptyText));
            return;
        }
        var today = LocalDate.now(LondonTime.ZONE);
        var list = new UnorderedList();
        list.addClassName("session-list");
        for (MySessionItem session : sessions) {
            var when = new Span(LondonTime.dateTime(session.startsAt(), getLocale()) + " – " + LondonTime.time(session.endsAt(), getLocale()));
            when.addClassName("session-when");
            var what = new Span(session.courseTitle(getLocale()) + " · " + session.cohortName());
            what.addClassName("session-what");
            var where = new Span(session.venue() != null ? session.venue() : getTranslation("sessions.online"));
            where.addClassName("session-where");
            var link = new Anchor("sessions/" + session.id(), "");
            link.add(when, what, where);
            link.addClassName("session-link");
            if (session.cancelled()) {
                var badge = new Span(getTranslation("sessions.cancelled"));
                badge.addClassName("badge");
                link.add(badge);
                link.addClassName("session-cancelled");
            } else if (LondonTime.of(session.startsAt()).toLocalDate().equals(today)) {
                var badge = new Span(getTranslation("home.today"));
                badge.addClassNames("badge", "badge-today");
                link.add(badge);
            }
            list.add(new ListItem(link));
        }
        getContent().add(list);
    }
}
