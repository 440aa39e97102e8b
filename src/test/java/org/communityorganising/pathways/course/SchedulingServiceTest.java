package org.communityorganising.pathways.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.communityorganising.pathways.base.ConcurrentChangeException;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class SchedulingServiceTest {

    static final LocalDate START = LocalDate.of(2027, 1, 4);

    @Autowired
    SchedulingService scheduling;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private CohortForm form(String chapter) {
        return new CohortForm(
                data.courseId("LT"),
                chapter == null ? null : data.chapterId(chapter),
                "Test cohort " + System.nanoTime(),
                START,
                START.plusWeeks(10),
                12,
                CohortStatus.PLANNED,
                Set.of(data.personId(DemoLogins.TRAINER)),
                0);
    }

    private WeeklySeriesForm sixThursdays() {
        return new WeeklySeriesForm(START, DayOfWeek.THURSDAY, LocalTime.of(18, 30), 75, 6, "Bow Community Hall", null);
    }

    @Test
    void aTrainerSchedulesACohortOfSixWeeklySessionsInOneGo() {
        signIn.as(DemoLogins.TRAINER);
        long cohort = scheduling.createCohort(form("TELCO"));
        var ids = scheduling.addWeeklySeries(cohort, sixThursdays());

        assertThat(ids).hasSize(6);
        var sessions = scheduling.sessionsOf(cohort);
        assertThat(sessions).hasSize(6).allSatisfy(session -> {
            assertThat(LondonTime.of(session.startsAt()).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
            assertThat(LondonTime.of(session.startsAt()).toLocalTime()).isEqualTo(LocalTime.of(18, 30));
        });
        assertThat(scheduling.cohort(cohort).editable()).isTrue();
        assertThat(scheduling.listCohorts("", PageRequest.of(0, 100)))
                .extracting(CohortListItem::id)
                .contains(cohort);
    }

    @Test
    void aSeriesThatRunsPastTheCohortsEndIsRefusedWhole() {
        signIn.as(DemoLogins.TRAINER);
        long cohort = scheduling.createCohort(form("TELCO"));
        var tooMany = new WeeklySeriesForm(START, DayOfWeek.THURSDAY, LocalTime.of(18, 30), 75, 20, "Hall", null);
        assertThatThrownBy(() -> scheduling.addWeeklySeries(cohort, tooMany))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("sessions.error.outside-cohort"));
        assertThat(scheduling.sessionsOf(cohort)).isEmpty();
    }

    @Test
    void aSessionNeedsAVenueOrAnOnlineLinkAndALinkMustBeAWebAddress() {
        signIn.as(DemoLogins.TRAINER);
        long cohort = scheduling.createCohort(form("TELCO"));
        assertThatThrownBy(
                        () -> scheduling.addSession(cohort, new SessionForm(START, LocalTime.NOON, 60, " ", null, 0)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("sessions.error.place"));
        assertThatThrownBy(() -> scheduling.addSession(
                        cohort, new SessionForm(START, LocalTime.NOON, 60, null, "javascript:alert(1)", 0)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("sessions.error.link"));
        long online = scheduling.addSession(
                cohort, new SessionForm(START, LocalTime.NOON, 60, null, "https://meet.example.org/clt", 0));
        assertThat(scheduling.session(online).onlineLink()).isEqualTo("https://meet.example.org/clt");
    }

    @Test
    void cancellingKeepsTheSessionShownAsCancelledAndRaisesItsCalendarSequence() {
        signIn.as(DemoLogins.TRAINER);
        long cohort = scheduling.createCohort(form("TELCO"));
        long session = scheduling.addWeeklySeries(cohort, sixThursdays()).getFirst();
        var before = scheduling.session(session);

        scheduling.cancelSession(session, "Venue flooded", before.version());

        var after = scheduling.session(session);
        assertThat(after.cancelled()).isTrue();
        assertThat(after.cancelReason()).isEqualTo("Venue flooded");
        assertThat(after.sequence()).isEqualTo(before.sequence() + 1);
        assertThat(after.uid()).isEqualTo(before.uid());
        assertThat(scheduling.sessionsOf(cohort)).hasSize(6);
    }

    @Test
    void editingASessionThatSomeoneElseChangedMeanwhileIsRefused() {
        signIn.as(DemoLogins.TRAINER);
        long cohort = scheduling.createCohort(form("TELCO"));
        long session = scheduling.addWeeklySeries(cohort, sixThursdays()).getFirst();
        long opened = scheduling.session(session).version();
        scheduling.updateSession(
                session, new SessionForm(START.plusDays(3), LocalTime.of(19, 0), 90, "New hall", null, opened));

        assertThatThrownBy(() -> scheduling.updateSession(
                        session,
                        new SessionForm(START.plusDays(3), LocalTime.of(20, 0), 90, "Other hall", null, opened)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(scheduling.session(session).venue()).isEqualTo("New hall");
        assertThat(scheduling.session(session).sequence()).isEqualTo(1);
    }

    @Test
    void aTrainerCannotScheduleForAnotherChapterNorNationally() {
        signIn.as(DemoLogins.TRAINER);
        assertThatThrownBy(() -> scheduling.createCohort(form("Citizens Cymru Wales")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scheduling.createCohort(form(null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTrainerOfChapterACannotSeeOrChangeACohortOfChapterB() {
        String welshTrainer = data.personWithLogin("Citizens Cymru Wales", "TRAINER");
        signIn.as(DemoLogins.ADMIN);
        long welsh = scheduling.createCohort(new CohortForm(
                data.courseId("LT"),
                data.chapterId("Citizens Cymru Wales"),
                "Cardiff cohort",
                START,
                START.plusWeeks(8),
                10,
                CohortStatus.PLANNED,
                Set.of(data.personId(welshTrainer)),
                0));

        signIn.as(DemoLogins.TRAINER);
        assertThatThrownBy(() -> scheduling.cohort(welsh)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scheduling.addWeeklySeries(welsh, sixThursdays()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(scheduling.listCohorts("Cardiff cohort", PageRequest.of(0, 10)))
                .isEmpty();

        signIn.as(welshTrainer);
        assertThat(scheduling.addWeeklySeries(welsh, sixThursdays())).hasSize(6);
    }

    @Test
    void onlyTrainersOfTheCohortsChapterCanBeNamedItsTrainers() {
        signIn.as(DemoLogins.ADMIN);
        var withTelcoTrainer = new CohortForm(
                data.courseId("LT"),
                data.chapterId("Citizens Cymru Wales"),
                "Cardiff cohort",
                START,
                START.plusWeeks(8),
                10,
                CohortStatus.PLANNED,
                Set.of(data.personId(DemoLogins.TRAINER)),
                0);
        assertThatThrownBy(() -> scheduling.createCohort(withTelcoTrainer))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cohorts.error.trainers"));
    }

    @Test
    void aSessionThatDoesNotExistIsNotFoundForAnyone() {
        for (String who : new String[] {DemoLogins.ADMIN, DemoLogins.TRAINEE}) {
            signIn.as(who);
            assertThatThrownBy(() -> scheduling.session(Long.MAX_VALUE))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("sessions.error.not-found"));
        }
    }

    @Test
    void aTraineeCannotReachSchedulingAtAll() {
        signIn.as(DemoLogins.TRAINEE);
        assertThatThrownBy(() -> scheduling.listCohorts("", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scheduling.createCohort(form("TELCO"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scheduling.mySessionsToTeach(10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTrainerSeesTodaysSessionFirstOnTheirList() {
        signIn.as(DemoLogins.TRAINER);
        var mine = scheduling.mySessionsToTeach(20);
        assertThat(mine).isNotEmpty();
        assertThat(LondonTime.of(mine.getFirst().startsAt()).toLocalDate()).isEqualTo(LocalDate.now(LondonTime.ZONE));
        assertThat(mine).isSortedAccordingTo(java.util.Comparator.comparing(MySessionItem::startsAt));
    }

    @Test
    void aCancelledSessionCanBeReinstatedByItsSchedulersOnly() {
        signIn.as(DemoLogins.TRAINER);
        long cohort = scheduling.createCohort(form("TELCO"));
        long session = scheduling.addWeeklySeries(cohort, sixThursdays()).getFirst();
        scheduling.cancelSession(
                session, "Venue flooded", scheduling.session(session).version());
        var cancelled = scheduling.session(session);

        String welshTrainer = data.personWithLogin("Citizens Cymru Wales", "TRAINER");
        signIn.as(welshTrainer);
        assertThatThrownBy(() -> scheduling.reinstateSession(session, cancelled.version()))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoLogins.TRAINEE);
        assertThatThrownBy(() -> scheduling.reinstateSession(session, cancelled.version()))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoLogins.TRAINER);
        scheduling.reinstateSession(session, cancelled.version());
        var reinstated = scheduling.session(session);
        assertThat(reinstated.cancelled()).isFalse();
        assertThat(reinstated.cancelReason()).isNull();
        assertThat(reinstated.sequence()).as("calendars pick the change up").isEqualTo(cancelled.sequence() + 1);
        assertThatThrownBy(() -> scheduling.reinstateSession(session, cancelled.version()))
                .as("a stale screen")
                .isInstanceOf(ConcurrentChangeException.class);
    }
}
