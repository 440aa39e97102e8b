package org.communityorganising.pathways.attendance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.internal.DependencyTrigger;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.attendance.AttendanceStatus;
import org.communityorganising.pathways.attendance.CheckInService;
import org.communityorganising.pathways.attendance.MarkingWindow;
import org.communityorganising.pathways.attendance.Register;
import org.communityorganising.pathways.attendance.RegisterRow;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.ApologiesDialog;
import org.communityorganising.pathways.base.ui.DoorCodeDialog;
import org.communityorganising.pathways.base.ui.Fact;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.PublicUrl;
import org.communityorganising.pathways.base.ui.RouteIds;
import org.communityorganising.pathways.base.ui.TextButton;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.course.EnrolmentService;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.SessionDetails;
import org.communityorganising.pathways.people.PeopleService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One session: when and where, a calendar download and, for those who run it, the register —
 * mobile first, every tap saved. People enrolled in it see the session and can send apologies.
 * Who sees what is decided by the services; anyone else gets "not found".
 */
@Route("sessions/:sessionId(\\d+)")
// The page shows only what the first load holds until it shows one of these; its chunk (their forms
// and fields) loads when the first of them is shown (decision 0030, as the home's and My path's).
@DependencyTrigger({WalkInDialog.class, DoorCodeDialog.class, ApologiesDialog.class, CheckInCodeForm.class})
@PermitAll
class SessionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SchedulingService scheduling;
    private final transient AttendanceService attendance;
    private @Nullable SessionDetails session;

    private final transient PeopleService people;
    private final transient EnrolmentService enrolment;

    private final transient CheckInService checkIns;
    private final transient java.time.Clock clock;

    SessionView(
            SchedulingService scheduling,
            AttendanceService attendance,
            PeopleService people,
            EnrolmentService enrolment,
            CheckInService checkIns,
            java.time.Clock clock) {
        this.checkIns = checkIns;
        this.clock = clock;
        this.scheduling = scheduling;
        this.attendance = attendance;
        this.people = people;
        this.enrolment = enrolment;
        addClassName("view");
        setId("session-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var requested = RouteIds.id(event, "sessionId");
        if (requested.isEmpty()) {
            return;
        }
        long id = requested.getAsLong();
        try {
            session = scheduling.session(id);
        } catch (InvalidInputException | AccessDeniedException notYours) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(session);
    }

    private void render(SessionDetails details) {
        removeAll();
        add(new ViewToolbar(details.courseTitle(getLocale())));
        var when = LondonTime.dateTime(details.startsAt(), getLocale()) + " – "
                + LondonTime.time(details.endsAt(), getLocale());
        var facts = new Div(
                new Fact(getTranslation("session.when"), when),
                new Fact(
                        getTranslation("sessions.column.duration"),
                        getTranslation(
                                "sessions.minutes",
                                Duration.between(details.startsAt(), details.endsAt())
                                        .toMinutes())),
                new Fact(getTranslation("session.cohort"), details.cohortName()));
        facts.addClassName("facts");
        if (details.venue() != null) {
            facts.add(new Fact(getTranslation("sessions.field.venue"), details.venue()));
        }
        boolean registerShown = details.markable() && !details.cancelled();
        if (registerShown) {
            // On a phone the register comes straight after one line saying when: the first
            // person's buttons must be on the first screen. The facts and links follow it.
            var whenLine = new Paragraph(when + (details.venue() != null ? " · " + details.venue() : ""));
            whenLine.addClassName("session-when");
            add(whenLine, register(details));
        } else {
            add(facts);
        }
        if (details.cancelled()) {
            var cancelled = new Paragraph(getTranslation("session.cancelled-because", details.cancelReason()));
            cancelled.addClassName("session-cancelled");
            cancelled.getElement().setAttribute("role", "status");
            add(cancelled);
        }
        var actions = new Div();
        actions.addClassName("session-actions");
        if (details.onlineLink() != null) {
            var join = new Anchor(details.onlineLink(), getTranslation("session.join-online"));
            join.setTarget("_blank");
            join.getElement().setAttribute("rel", "noopener noreferrer");
            actions.add(join);
        }
        var ics = new Anchor("calendar/session/" + details.id() + ".ics", getTranslation("session.add-to-calendar"));
        ics.getElement().setAttribute("download", true);
        // A plain download, not a route: Vaadin's router must not take the click.
        ics.getElement().setAttribute("router-ignore", true);
        ics.setId("session-ics");
        actions.add(ics);
        if (details.editable()) {
            actions.add(new Anchor("cohorts/" + details.cohortId(), getTranslation("session.open-cohort")));
        }
        add(actions);
        if (registerShown) {
            add(facts);
        }
        if (!details.markable()) {
            add(apologies(details));
        }
    }

    private Section register(SessionDetails details) {
        var section = new Section(new H2(getTranslation("register.title")));
        section.setId("register");
        section.addClassName("register");
        // The rate rule stays one tap away, so the first person is on the first screen of a phone.
        // The browser's own details, not Vaadin's: it needs no module, so the page draws with the
        // first load alone (decision 0030).
        var rule = new NativeDetails(
                getTranslation("attendance.rule.summary"), new Paragraph(getTranslation("attendance.rule")));
        rule.addClassName("attendance-rule");
        boolean open = MarkingWindow.isOpen(details, clock.instant());
        var register = attendance.register(details.id());
        var summary = new Paragraph();
        summary.setId("register-counts");
        summary.getElement().setAttribute("aria-live", "polite");
        Consumer<List<RegisterRow>> recount = rows -> {
            var counts = new Register(details, rows).counts();
            summary.setText(getTranslation(
                    "register.counts",
                    counts.get(AttendanceStatus.PRESENT),
                    counts.get(AttendanceStatus.LATE),
                    counts.get(AttendanceStatus.APOLOGIES),
                    counts.get(AttendanceStatus.ABSENT),
                    rows.stream().filter(row -> !row.marked()).count()));
        };
        var everyone = new RegisterList(attendance, details.id(), register.rows(), !open, recount);
        recount.accept(register.rows());
        // The browser's own buttons (decision 0031): the register is a page a phone opens first.
        var allPresent = new TextButton(getTranslation("register.all-present"), Icons.CHECK_CIRCLE, event -> {
                    int marked = attendance.markUnmarkedPresent(details.id());
                    Notifications.success(getTranslation("register.all-present.done", marked));
                    render(scheduling.session(details.id()));
                })
                .primary();
        allPresent.setId("register-all-present");
        allPresent.setEnabled(open && register.rows().stream().anyMatch(row -> !row.marked()));
        allPresent.addClassName("register-all-present");
        var walkIn = new TextButton(
                getTranslation("walkin.title"),
                Icons.USER_CHECK,
                event -> new WalkInDialog(
                                people,
                                enrolment,
                                details,
                                scheduling.cohort(details.cohortId()).chapterId(),
                                () -> {
                                    Notifications.success(getTranslation("walkin.added"));
                                    render(scheduling.session(details.id()));
                                })
                        .open());
        walkIn.setId("register-walk-in");
        walkIn.setEnabled(open);
        var showCode = new TextButton(
                getTranslation("checkin.show"),
                Icons.QRCODE,
                event -> new DoorCodeDialog(
                                getTranslation("checkin.show.title"),
                                getTranslation("checkin.show.text"),
                                getTranslation("checkin.qr.alt"),
                                () -> {
                                    var display = checkIns.currentCode(details.id());
                                    return new DoorCodeDialog.Shown(display.code(), display.secondsLeft());
                                },
                                code -> PublicUrl.origin() + "/check-in/" + details.id() + "/" + code,
                                "check-in-code")
                        .open());
        showCode.setId("register-show-code");
        // The code is for the session's own time: not offered on a register months ahead.
        showCode.setVisible(!details.cancelled() && MarkingWindow.isCheckInOpen(details, clock.instant()));
        // One big button at the top; the occasional tools after the people, so that on a phone the
        // first person is on the first screen.
        var tools = new Div(allPresent);
        tools.addClassName("session-actions");
        var moreTools = new Div(walkIn, showCode);
        moreTools.addClassName("session-actions");
        section.add(summary);
        if (!open) {
            var opens = MarkingWindow.opensAt(details);
            var notYet = new Paragraph(getTranslation(
                    "register.opens-at",
                    LondonTime.time(opens, getLocale()),
                    LondonTime.date(LondonTime.of(opens).toLocalDate(), getLocale())));
            notYet.setId("register-not-open");
            notYet.addClassName("register-not-open");
            notYet.getElement().setAttribute("role", "status");
            section.add(notYet);
        }
        section.add(tools);
        if (register.rows().isEmpty()) {
            section.add(new Paragraph(getTranslation("register.empty")));
        } else {
            section.add(everyone);
        }
        section.add(moreTools, rule);
        return section;
    }

    private Section apologies(SessionDetails details) {
        var section = new Section();
        section.setId("my-apologies");
        var mine = attendance.myMark(details.id());
        if (mine.isPresent()) {
            section.add(new Paragraph(getTranslation(
                    mine.get() == AttendanceStatus.APOLOGIES ? "apologies.sent" : "apologies.marked",
                    getTranslation(mine.get().translationKey()))));
            return section;
        }
        if (details.cancelled()) {
            return section;
        }
        var now = clock.instant();
        if (MarkingWindow.isCheckInOpen(details, now)) {
            var form = new CheckInCodeForm(typed -> {
                var result = checkIns.checkIn(details.id(), typed);
                Notifications.success(getTranslation(
                        result.alreadyMarked() ? "checkin.already" : "checkin.done",
                        getTranslation(result.status().translationKey())));
                render(scheduling.session(details.id()));
            });
            section.add(new H2(getTranslation("checkin.title")), form);
            return section;
        }
        if (!details.startsAt().isAfter(now)) {
            return section;
        }
        var send = new TextButton(
                getTranslation("apologies.send"),
                Icons.ENVELOPE,
                event -> apologiesDialog(details).open());
        send.setId("apologies-send");
        section.add(send);
        return section;
    }

    private ApologiesDialog apologiesDialog(SessionDetails details) {
        return new ApologiesDialog(
                AttendanceService.MAX_REMARK,
                reason -> attendance.sendApologies(details.id(), reason),
                () -> render(scheduling.session(details.id())));
    }

    @Override
    public String getPageTitle() {
        return (session == null ? "" : session.courseTitle(getLocale()) + " · ") + getTranslation("app.name");
    }
}
