package org.communityorganising.pathways.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.internal.DependencyTrigger;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.attendance.AttendanceStatus;
import org.communityorganising.pathways.attendance.ui.AttendanceSummary;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.ApologiesDialog;
import org.communityorganising.pathways.base.ui.Fact;
import org.communityorganising.pathways.base.ui.TextButton;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.calendar.CalendarFeedService;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.dashboard.DashboardService;
import org.communityorganising.pathways.people.MyProfile;
import org.communityorganising.pathways.people.ProfileService;
import org.communityorganising.pathways.progression.DecisionNotice;
import org.communityorganising.pathways.progression.PathService;
import org.communityorganising.pathways.progression.StandingReminder;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;
import org.communityorganising.pathways.security.PathwaysUser;

/**
 * Home: greets the person by name, says where they stand, and lists the next steps of each of
 * their roles. A step whose screen is not built yet says so and links nowhere.
 */
@Route("")
// The home shows only what the first load holds; its chunk (the apologies dialog, its text area,
// the form around it) loads when that dialog first opens (decision 0030, as My path's in 0026).
@DependencyTrigger(ApologiesDialog.class)
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "home")
class HomeView extends Main implements HasDynamicTitle {

    private java.util.Set<String> currentRoles = java.util.Set.of();

    private final transient SchedulingService scheduling;
    private final transient CalendarFeedService feeds;
    private final transient AttendanceService attendance;
    private final transient PathService paths;
    private final transient DashboardService dashboards;

    private final transient java.time.Clock clock;

    HomeView(
            ProfileService profileService,
            CurrentUser currentUser,
            SchedulingService scheduling,
            CalendarFeedService feeds,
            AttendanceService attendance,
            PathService paths,
            DashboardService dashboards,
            java.time.Clock clock) {
        this.clock = clock;
        this.scheduling = scheduling;
        this.attendance = attendance;
        this.paths = paths;
        this.dashboards = dashboards;
        this.feeds = feeds;
        addClassName("view");
        setId("home-view");
        MyProfile profile = profileService.myProfile();
        PathwaysUser user = currentUser.require();
        currentRoles = user.roles();

        add(new ViewToolbar(getTranslation("home.greeting", profile.firstName())));
        paths.myNotices().forEach(notice -> add(notice(notice, paths)));
        var reminders = paths.myStandingReminders();
        reminders.stream().filter(StandingReminder::aboutMe).forEach(reminder -> add(reminder(reminder, paths)));
        add(whatWaits(user));
        var supported =
                reminders.stream().filter(reminder -> !reminder.aboutMe()).toList();
        if (!supported.isEmpty()) {
            add(supported(supported, paths));
        }
        add(standing(profile));
        for (String role : AppRoles.ALL) {
            if (user.hasRole(role)) {
                add(roleSection(role));
            }
        }
    }

    /** A decision about the person's promotion, until they dismiss it. */
    private Component notice(DecisionNotice notice, PathService paths) {
        var text = new Paragraph(
                notice.approved()
                        ? getTranslation("home.notice.approved", notice.tierName(getLocale()))
                        : getTranslation("home.notice.refused", notice.tierName(getLocale())));
        var card = new Div(text);
        if (notice.comment() != null) {
            card.add(new Paragraph(
                    notice.decidedBy() == null
                            ? getTranslation("home.notice.comment.unnamed", notice.comment())
                            : getTranslation("home.notice.comment", notice.decidedBy(), notice.comment())));
        }
        var dismiss = new TextButton(getTranslation("home.notice.dismiss"), event -> {
            paths.dismiss(notice.id());
            card.removeFromParent();
        });
        card.add(dismiss.small());
        card.addClassNames("notice", notice.approved() ? "notice-approved" : "notice-refused");
        card.getElement().setAttribute("role", "status");
        card.setId("notice-" + notice.id());
        return card;
    }

    /** The person's own tier, due for renewal or lapsed, with the way to My path; until they dismiss it. */
    private Component reminder(StandingReminder reminder, PathService paths) {
        String tier = reminder.tierName(getLocale());
        String key = "home.standing.mine." + (reminder.lapsed() ? "lapsed" : "due");
        var card = new Div(new Paragraph(getTranslation(key, tier, day(reminder), reminder.aboutName())));
        var link = new Anchor("my-path", getTranslation("home.standing.open-path"));
        card.add(new Paragraph(link));
        var dismiss = new TextButton(getTranslation("home.notice.dismiss"), event -> {
            paths.dismissStandingReminder(reminder.id());
            card.removeFromParent();
        });
        card.add(dismiss.small());
        card.addClassNames("notice", reminder.lapsed() ? "notice-refused" : "notice-due");
        card.getElement().setAttribute("role", "status");
        card.setId("reminder-" + reminder.id());
        return card;
    }

    /**
     * The leaders this person supports (as their mentor or trainer) whose tier fell due or lapsed,
     * in one card however many they are, dismissed together.
     */
    private Component supported(List<StandingReminder> reminders, PathService paths) {
        var list = new UnorderedList();
        for (var reminder : reminders) {
            String key = "home.standing.theirs." + (reminder.lapsed() ? "lapsed" : "due");
            list.add(new ListItem(
                    getTranslation(key, reminder.tierName(getLocale()), day(reminder), reminder.aboutName())));
        }
        var card = new Div(new Paragraph(getTranslation("home.standing.supported", reminders.size())), list);
        var dismiss = new TextButton(getTranslation("home.notice.dismiss"), event -> {
            reminders.forEach(reminder -> paths.dismissStandingReminder(reminder.id()));
            card.removeFromParent();
        });
        card.add(dismiss.small());
        card.addClassName("notice");
        card.getElement().setAttribute("role", "status");
        card.setId("reminders-supported");
        return card;
    }

    private String day(StandingReminder reminder) {
        return reminder.keptUntil() == null ? "" : LondonTime.date(reminder.keptUntil(), getLocale());
    }

    /** What waits for this person, by role, each a link to where it is done; said once when nothing does. */
    private Component whatWaits(PathwaysUser user) {
        var waits = paths.whatWaitsForMe();
        var list = new UnorderedList();
        list.addClassName("home-waits");
        if (user.hasRole(AppRoles.TRAINEE) && waits.myEntriesWaiting() > 0) {
            list.add(
                    waiting("home-waits-mine", "my-path", getTranslation("home.waits.mine", waits.myEntriesWaiting())));
        }
        if (waits.practiceToReview() > 0) {
            list.add(waiting(
                    "home-waits-review",
                    "practice-review",
                    getTranslation("home.waits.review", waits.practiceToReview())));
        }
        if (waits.promotionsToDecide() > 0) {
            list.add(waiting(
                    "home-waits-decide",
                    "promotions",
                    getTranslation("home.waits.decide", waits.promotionsToDecide(), waits.oldestPromotionDays())));
        }
        if (user.isAdmin()) {
            for (var chapter : dashboards.chaptersNeedingAttention()) {
                list.add(waiting(
                        "home-waits-chapter-" + chapter.chapterId(),
                        "chapter?chapter=" + chapter.chapterId(),
                        getTranslation("home.waits.chapter", chapter.name())));
            }
        }
        var section = new Section(new H2(getTranslation("home.waits")));
        section.setId("home-waits");
        section.addClassName("home-role");
        if (list.getChildren().findAny().isEmpty()) {
            section.add(new Paragraph(getTranslation("home.waits.nothing")));
        } else {
            section.add(list);
        }
        return section;
    }

    private static ListItem waiting(String id, String href, String text) {
        var link = new Anchor(href, text);
        link.setId(id);
        return new ListItem(link);
    }

    private Component standing(MyProfile profile) {
        var facts = new Div();
        facts.addClassName("facts");
        facts.add(new Fact(getTranslation("home.tier"), paths.myTier().name(getLocale())));
        if (profile.chapterName() != null) {
            facts.add(new Fact(getTranslation("home.chapter"), profile.chapterName()));
        }
        if (profile.institutionName() != null) {
            facts.add(new Fact(getTranslation("home.institution"), profile.institutionName()));
        }
        return facts;
    }

    private Component roleSection(String role) {
        var section = new Section();
        section.addClassName("home-role");
        section.setId("home-role-" + role.toLowerCase(java.util.Locale.ROOT));
        section.add(new H2(getTranslation("home.section." + role)));
        if (role.equals(AppRoles.TRAINEE)) {
            section.add(new SessionList(
                    scheduling.mySessionsToAttend(5),
                    getTranslation("home.no-sessions-to-attend"),
                    "my-sessions-to-attend",
                    clock.instant(),
                    new SessionList.Apologies() {
                        @Override
                        public Map<Long, AttendanceStatus> marks(List<Long> ids) {
                            return attendance.myMarks(ids);
                        }

                        @Override
                        public void send(long sessionId, String reason) {
                            attendance.sendApologies(sessionId, reason);
                        }
                    }));
            var mine = attendance.myAttendance();
            if (!mine.isEmpty()) {
                section.add(new AttendanceSummary(mine));
            }
        }
        if (role.equals(AppRoles.TRAINER)) {
            section.add(new SessionList(
                    scheduling.mySessionsToTeach(10),
                    getTranslation("home.no-sessions-to-teach"),
                    "my-sessions-to-teach",
                    clock.instant()));
        }
        var steps = new Div();
        steps.addClassName("home-steps");
        nextSteps(role).forEach(steps::add);
        section.add(steps);
        if (role.equals(AppRoles.TRAINEE)
                || (role.equals(AppRoles.TRAINER) && !currentRoles.contains(AppRoles.TRAINEE))) {
            section.add(new CalendarSubscription(feeds));
        }
        return section;
    }

    private List<Component> nextSteps(String role) {
        List<Component> steps = new ArrayList<>();
        switch (role) {
            case AppRoles.TRAINEE -> {
                steps.add(available("home.step.my-path", "my-path"));
                steps.add(available("home.step.log-practice", "my-path"));
                steps.add(available("home.step.ladder", "ladder"));
            }
            case AppRoles.TRAINER -> {
                steps.add(available("home.step.schedule-cohort", "cohorts"));
                steps.add(available("home.step.review-practice", "practice-review"));
                steps.add(available("home.step.courses", "courses"));
            }
            case AppRoles.CHAPTER_LEAD -> {
                steps.add(available("home.step.dashboard", "chapter"));
                steps.add(available("home.step.promotions", "promotions"));
                steps.add(available("home.step.people", "people"));
                steps.add(available("home.step.import", "people/import"));
                steps.add(available("home.step.cohorts", "cohorts"));
                steps.add(available("home.step.institutions", "institutions"));
            }
            case AppRoles.ADMIN -> {
                steps.add(available("home.step.national", "chapter/national"));
                steps.add(available("home.step.chapters", "chapters"));
                steps.add(available("home.step.institutions-all", "institutions"));
                steps.add(available("home.step.courses", "courses"));
                steps.add(available("home.step.accounts", "people"));
                steps.add(available("home.step.import-chapter", "people/import"));
                steps.add(available("home.step.audit", "audit"));
            }
            default -> throw new IllegalArgumentException(role);
        }
        return steps;
    }

    private Component available(String key, String route) {
        var link = new Anchor(route, getTranslation(key + ".title"));
        link.addClassName("step-title");
        var card = new Div(link, new Paragraph(getTranslation(key + ".text")));
        card.addClassName("step");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
