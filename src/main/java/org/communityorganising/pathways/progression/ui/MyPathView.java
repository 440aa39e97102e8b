package org.communityorganising.pathways.progression.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.internal.DependencyTrigger;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.communityorganising.pathways.attendance.ui.AttendanceSummary;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.DurationText;
import org.communityorganising.pathways.base.ui.Fact;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.TextButton;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.progression.LeaderReadiness;
import org.communityorganising.pathways.progression.MyPath;
import org.communityorganising.pathways.progression.Pace;
import org.communityorganising.pathways.progression.PathService;
import org.communityorganising.pathways.progression.practice.PracticeEntryItem;
import org.communityorganising.pathways.progression.practice.PracticeForm;
import org.communityorganising.pathways.progression.practice.PracticeService;
import org.communityorganising.pathways.progression.practice.PracticeStatus;
import org.communityorganising.pathways.progression.promotions.PromotionService;
import org.communityorganising.pathways.progression.tiers.TierService;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;

/**
 * "My path": the tier held, exactly what is left for the next one, the practice log, attendance per
 * course, the next sessions and the tier history, on one screen. Logging a one-to-one is the first
 * button: on a phone it takes a tap on Log, a tap on the institution and Save.
 */
@Route("my-path")
@DependencyTrigger(PracticeDialog.class)
@PermitAll
@Menu(order = 5, title = "nav.my-path", icon = "road-branch")
class MyPathView extends Main implements HasDynamicTitle {

    private final transient PathService paths;
    private final transient PracticeService practice;
    private final transient PromotionService promotions;
    private final transient SchedulingService scheduling;
    private final transient TierService tierService;
    private final transient CurrentUser currentUser;
    private final transient Clock clock;

    MyPathView(
            PathService paths,
            PracticeService practice,
            PromotionService promotions,
            SchedulingService scheduling,
            TierService tierService,
            CurrentUser currentUser,
            Clock clock) {
        this.paths = paths;
        this.practice = practice;
        this.promotions = promotions;
        this.scheduling = scheduling;
        this.tierService = tierService;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("view");
        setId("my-path-view");
        render();
    }

    private void render() {
        removeAll();
        var path = paths.myPath();
        var log = new TextButton(getTranslation("practice.log"), Icons.PLUS, event -> openLog()).primary();
        log.setId("practice-log");
        var credentials = new Anchor("my-credentials", getTranslation("credentials.mine"));
        credentials.setId("path-credentials");
        var routes = new Anchor("my-routes", getTranslation("path.routes"));
        routes.setId("path-routes");
        var mentoring = new Anchor("my-mentoring", getTranslation("path.mentoring"));
        mentoring.setId("path-mentoring");
        var listening = new Anchor("listen", getTranslation("path.listening"));
        listening.setId("path-listening");
        add(new ViewToolbar(getTranslation("path.title"), log, credentials, routes, mentoring, listening));

        var facts = new Div();
        facts.addClassName("facts");
        facts.add(new Fact(getTranslation("path.current"), path.current().name(getLocale())));
        if (path.since() != null) {
            facts.add(new Fact(getTranslation("path.since"), LondonTime.date(path.since(), getLocale())));
        }
        var rule = path.current().keepUp();
        if (rule != null) {
            var standing = new Fact(
                    getTranslation("path.standing"),
                    getTranslation(path.standing().state().translationKey()));
            standing.setId("path-standing-state");
            facts.add(standing);
        }
        facts.setId("path-current");
        add(facts);
        if (rule != null) {
            var said = new Paragraph(StandingText.forLeader(
                    this, getLocale(), path.standing(), rule, path.current().name(getLocale())));
            said.setId("path-standing");
            said.addClassNames("path-standing", path.standing().active() ? "hint" : "path-standing-needed");
            add(said);
        }
        add(nextTier(path));
        add(practiceSection(path));
        if (!path.courses().isEmpty()) {
            add(new AttendanceSummary(path.courses()));
        }
        add(upcoming());
        add(history(path));
        if (currentUser.require().hasRole(AppRoles.TRAINER)) {
            add(cohortReadiness());
        }
    }

    /** "At your pace, about 7 weeks to …", with the one rule behind it. */
    private Component pace(Pace pace, String nextName) {
        String text = switch (pace.state()) {
            case WEEKS -> getTranslation("path.pace.weeks", pace.weeks(), nextName);
            case NOT_ENOUGH_ACTIVITY -> getTranslation("path.pace.not-enough");
            case PRACTICE_DONE -> getTranslation("path.pace.practice-done");
        };
        var said = new Paragraph(text);
        said.setId("path-pace");
        said.addClassName("path-pace");
        var rule = new Paragraph(getTranslation("path.pace.rule", Pace.WINDOW_DAYS));
        rule.addClassName("hint");
        return new Div(said, rule);
    }

    /** For a trainer: the people of their cohorts, closest to their next tier first. */
    private Component cohortReadiness() {
        var section = new Section(new H2(getTranslation("path.cohorts")));
        section.setId("path-cohorts");
        var people = paths.myCohortsReadiness();
        if (people.isEmpty()) {
            section.add(new Paragraph(getTranslation("path.cohorts.none")));
            return section;
        }
        var list = new OrderedList();
        for (LeaderReadiness leader : people) {
            var who = new Anchor("people/" + leader.personId() + "/attendance", leader.fullName());
            var how = new Span(" · "
                    + (leader.ready()
                            ? getTranslation("path.cohorts.ready", leader.nextTier(getLocale()))
                            : getTranslation(
                                    "path.cohorts.progress",
                                    leader.met(),
                                    leader.total(),
                                    leader.nextTier(getLocale()))));
            list.add(new ListItem(who, how));
        }
        section.add(list);
        return section;
    }

    private Component nextTier(MyPath path) {
        var section = new Section();
        section.setId("path-next");
        var next = path.next();
        var assessment = path.assessment();
        if (next == null || assessment == null) {
            section.add(new H2(getTranslation("path.top")));
            return section;
        }
        section.add(new H2(getTranslation("path.next", next.name(getLocale()))));
        var summary = new Paragraph(
                assessment.allMet()
                        ? getTranslation("path.all-met")
                        : getTranslation(
                                "path.left",
                                assessment.results().size() - assessment.metCount(),
                                assessment.results().size()));
        summary.setId("path-summary");
        section.add(summary);
        if (!assessment.allMet() && path.pace() != null) {
            section.add(pace(path.pace(), next.name(getLocale())));
        }
        section.add(new RequirementList(assessment, tierNames(), true));
        var open = path.open();
        if (open != null) {
            var pending = new Paragraph(getTranslation(
                    open.nominated() ? "path.nominated" : "path.requested",
                    open.toName(getLocale()),
                    LondonTime.dateTime(open.requestedAt(), getLocale()),
                    open.approvals(),
                    open.needed()));
            pending.setId("path-request-pending");
            pending.addClassName("path-request");
            section.add(pending);
        } else {
            var ask = new TextButton(getTranslation("path.ask"), event -> {
                try {
                    promotions.askForReview();
                    Notifications.success(getTranslation("path.asked"));
                    render();
                } catch (InvalidInputException refused) {
                    Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
                }
            });
            ask.setId("path-ask");
            ask.primary();
            ask.setEnabled(path.mayAskForReview());
            section.add(ask);
            if (!path.mayAskForReview()) {
                var why = new Paragraph(getTranslation("path.ask.when"));
                why.addClassName("helper");
                section.add(why);
            }
        }
        return section;
    }

    private Component practiceSection(MyPath path) {
        var section = new Section();
        section.setId("path-practice");
        section.add(new H2(getTranslation("path.practice")));
        var counts = new UnorderedList();
        counts.addClassName("practice-counts");
        for (var count : path.practice()) {
            if (count.confirmed() + count.waiting() + count.queried() == 0) {
                continue;
            }
            var item = new ListItem(
                    new Span(getTranslation(count.kind().translationKey())),
                    new Span(getTranslation(
                            "path.practice.count", count.confirmed(), count.waiting(), count.queried())));
            item.getElement().setAttribute("data-kind", count.kind().name());
            counts.add(item);
        }
        if (counts.getChildren().findAny().isEmpty()) {
            section.add(new Paragraph(getTranslation("path.practice.none")));
        } else {
            section.add(counts);
        }
        var entries = new UnorderedList();
        entries.addClassName("practice-entries");
        entries.setId("practice-entries");
        for (PracticeEntryItem entry : practice.mine(20)) {
            entries.add(entryItem(entry));
        }
        section.add(entries);
        return section;
    }

    private Component entryItem(PracticeEntryItem entry) {
        var what = new Span(getTranslation(entry.kind().translationKey()) + " · "
                + LondonTime.date(entry.occurredOn(), getLocale())
                + (entry.durationMinutes() == null ? "" : " · " + DurationText.of(this, entry.durationMinutes()))
                + (entry.counterpartInstitution() == null ? "" : " · " + entry.counterpartInstitution()));
        var status = new Span(getTranslation(entry.status().translationKey()));
        status.addClassName("badge");
        status.getElement().setAttribute("data-status", entry.status().name());
        var item = new ListItem(what, status);
        if (entry.status() == PracticeStatus.QUERIED) {
            item.add(new Paragraph(getTranslation("practice.queried-by", entry.reviewedBy(), entry.reviewComment())));
        }
        if (entry.privateNote() != null) {
            var note = new Paragraph(getTranslation("practice.your-note", entry.privateNote()));
            note.addClassName("practice-note");
            item.add(note);
        }
        if (entry.status() != PracticeStatus.CONFIRMED) {
            var correct = new TextButton(
                            getTranslation("practice.correct"),
                            event -> new PracticeDialog(practice, entry.id(), entry.form(), () -> {
                                        Notifications.success(getTranslation("practice.resubmitted"));
                                        render();
                                    })
                                    .open())
                    .small();
            correct.setAriaLabel(getTranslation(
                    "practice.correct.label",
                    getTranslation(entry.kind().translationKey()),
                    LondonTime.date(entry.occurredOn(), getLocale())));
            item.add(correct);
        }
        item.addClassName("practice-entry");
        return item;
    }

    private void openLog() {
        new PracticeDialog(
                        practice,
                        null,
                        PracticeForm.oneToOne(LocalDate.ofInstant(clock.instant(), LondonTime.ZONE)),
                        () -> {
                            Notifications.success(getTranslation("practice.logged"));
                            render();
                        })
                .open();
    }

    private Component upcoming() {
        var section = new Section();
        section.setId("path-upcoming");
        section.add(new H2(getTranslation("path.upcoming")));
        var sessions = scheduling.mySessionsToAttend(3);
        if (sessions.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.no-sessions-to-attend")));
            return section;
        }
        var list = new UnorderedList();
        for (var session : sessions) {
            list.add(new ListItem(
                    LondonTime.dateTime(session.startsAt(), getLocale()) + " · " + session.courseTitle(getLocale())));
        }
        section.add(list);
        return section;
    }

    private Component history(MyPath path) {
        var section = new Section();
        section.setId("path-history");
        section.add(new H2(getTranslation("path.history")));
        if (path.history().isEmpty()) {
            section.add(new Paragraph(
                    getTranslation("path.history.none", path.current().name(getLocale()))));
            return section;
        }
        var list = new UnorderedList();
        for (var step : path.history()) {
            String when = LondonTime.dateTime(step.since(), getLocale());
            list.add(new ListItem(
                    step.recognisedFrom() == null
                            ? getTranslation("path.history.step", step.name(getLocale()), when)
                            : getTranslation(
                                    "path.history.recognised", step.name(getLocale()), when, step.recognisedFrom())));
        }
        section.add(list);
        return section;
    }

    private Map<Integer, String> tierNames() {
        return tierService.ladder().stream()
                .collect(Collectors.toMap(step -> step.rank(), step -> step.name(getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("path.title") + " · " + getTranslation("app.name");
    }
}
