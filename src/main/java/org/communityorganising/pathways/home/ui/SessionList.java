package org.communityorganising.pathways.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.attendance.AttendanceStatus;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.ApologiesDialog;
import org.communityorganising.pathways.base.ui.TextButton;
import org.communityorganising.pathways.course.MySessionItem;
import org.jspecify.annotations.Nullable;

/** Sessions as a list of big tap targets, each opening the session; today's marked as today. */
class SessionList extends Composite<Div> {

    /** What a trainee can do next to a coming session: send apologies (null for trainers' lists). */
    interface Apologies {
        Map<Long, AttendanceStatus> marks(List<Long> sessionIds);

        void send(long sessionId, String reason);
    }

    SessionList(List<MySessionItem> sessions, String emptyText, String id, Instant now) {
        this(sessions, emptyText, id, now, null);
    }

    SessionList(List<MySessionItem> sessions, String emptyText, String id, Instant now, @Nullable Apologies apologies) {
        getContent().setId(id);
        if (sessions.isEmpty()) {
            getContent().add(new Paragraph(emptyText));
            return;
        }
        var today = LocalDate.ofInstant(now, LondonTime.ZONE);
        var marks = apologies == null
                ? Map.<Long, AttendanceStatus>of()
                : apologies.marks(sessions.stream().map(MySessionItem::id).toList());
        var list = new UnorderedList();
        list.addClassName("session-list");
        for (MySessionItem session : sessions) {
            var when = new Span(LondonTime.dateTime(session.startsAt(), getLocale()) + " – "
                    + LondonTime.time(session.endsAt(), getLocale()));
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
            var item = new ListItem(link);
            var mark = marks.get(session.id());
            if (mark == AttendanceStatus.APOLOGIES) {
                var sent = new Span(getTranslation("apologies.sent.short"));
                sent.addClassName("badge");
                link.add(sent);
            } else if (apologies != null
                    && mark == null
                    && !session.cancelled()
                    && session.startsAt().isAfter(now)) {
                var send = new TextButton(
                                getTranslation("apologies.send"),
                                event -> new ApologiesDialog(
                                                AttendanceService.MAX_REMARK,
                                                reason -> apologies.send(session.id(), reason),
                                                () -> event.getSource().setVisible(false))
                                        .open())
                        .small();
                send.setAriaLabel(
                        getTranslation("apologies.send.label", LondonTime.dateTime(session.startsAt(), getLocale())));
                send.setId("apologies-" + session.id());
                item.add(send);
            }
            list.add(item);
        }
        getContent().add(list);
    }
}
