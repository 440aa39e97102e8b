package org.communityorganising.pathways.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.course.CohortForm;
import org.communityorganising.pathways.course.CohortStatus;
import org.communityorganising.pathways.course.EnrolmentService;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.SessionForm;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.StatementCounter;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
@org.springframework.test.context.event.RecordApplicationEvents
class AttendanceServiceTest {

    @Autowired
    AttendanceService attendance;

    @Autowired
    SchedulingService scheduling;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** A TELCO cohort with a session today and one next week, and this many trainees enrolled. */
    private long[] cohortWithSessions(int trainees, List<String> emails) {
        signIn.as(DemoLogins.TRAINER);
        var today = LocalDate.now(LondonTime.ZONE);
        long cohort =
                scheduling.createCohort(data.telcoCohort("CLT-2", "Register test", today, today.plusWeeks(3), 100));
        long todaySession =
                scheduling.addSession(cohort, new SessionForm(today, LocalTime.MIDNIGHT, 60, "Hall", null, 0));
        long nextWeek = scheduling.addSession(
                cohort, new SessionForm(today.plusWeeks(1), LocalTime.of(18, 30), 90, "Hall", null, 0));
        emails.addAll(data.trainees("TELCO", trainees));
        for (String email : emails) {
            enrolment.enrol(cohort, data.personId(email));
        }
        return new long[] {cohort, todaySession, nextWeek};
    }

    private RegisterRow row(long session, String email) {
        long id = data.personId(email);
        return attendance.register(session).rows().stream()
                .filter(row -> row.personId() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void allPresentThenTwoLateAndOneApologiesWithARemark() {
        var emails = new java.util.ArrayList<String>();
        long session = cohortWithSessions(5, emails)[1];

        assertThat(attendance.markUnmarkedPresent(session)).isEqualTo(5);
        assertThat(attendance.markUnmarkedPresent(session))
                .as("nobody left unmarked")
                .isZero();
        for (String email : emails.subList(0, 2)) {
            var before = row(session, email);
            assertThat(attendance
                            .mark(session, before.personId(), AttendanceStatus.LATE, null, before.version())
                            .saved())
                    .isTrue();
        }
        var third = row(session, emails.get(2));
        attendance.mark(session, third.personId(), AttendanceStatus.APOLOGIES, "Called in sick", third.version());

        var rows = attendance.register(session).rows();
        assertThat(rows)
                .extracting(RegisterRow::status)
                .containsExactlyInAnyOrder(
                        AttendanceStatus.LATE,
                        AttendanceStatus.LATE,
                        AttendanceStatus.APOLOGIES,
                        AttendanceStatus.PRESENT,
                        AttendanceStatus.PRESENT);
        assertThat(row(session, emails.get(2)).remark()).isEqualTo("Called in sick");
        assertThat(row(session, emails.get(2)).markedBy()).isEqualTo("Tomás Byrne");

        var history = attendance.history(session, third.personId());
        assertThat(history)
                .extracting(MarkChange::from, MarkChange::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES),
                        org.assertj.core.groups.Tuple.tuple(null, AttendanceStatus.PRESENT));
        assertThat(history.getFirst().remark()).isEqualTo("Called in sick");
    }

    @Test
    void aMarkBasedOnAnOldVersionIsNotSavedAndTheNewerMarkComesBackWithWhoMadeIt() {
        var emails = new java.util.ArrayList<String>();
        long session = cohortWithSessions(1, emails)[1];
        var seen = row(session, emails.getFirst());

        attendance.mark(session, seen.personId(), AttendanceStatus.PRESENT, null, seen.version());
        signIn.as(DemoLogins.LEAD);
        var outcome = attendance.mark(session, seen.personId(), AttendanceStatus.ABSENT, null, seen.version());

        assertThat(outcome.saved()).isFalse();
        assertThat(outcome.row().status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(outcome.row().markedBy()).isEqualTo("Tomás Byrne");
        assertThat(row(session, emails.getFirst()).status()).isEqualTo(AttendanceStatus.PRESENT);
    }

    @Test
    void twoTrainersMarkingTheSamePersonAtOnceLoseNothingSilently() throws Exception {
        var emails = new java.util.ArrayList<String>();
        long session = cohortWithSessions(1, emails)[1];
        long person = data.personId(emails.getFirst());
        var trainer = SecurityContextHolder.getContext();
        signIn.as(DemoLogins.LEAD);
        var lead = SecurityContextHolder.getContext();

        for (int round = 0; round < 5; round++) {
            signIn.as(DemoLogins.TRAINER);
            long version = row(session, emails.getFirst()).version();
            var start = new CountDownLatch(1);
            List<Callable<MarkOutcome>> both = List.of(
                    attempt(trainer, start, session, person, AttendanceStatus.LATE, version),
                    attempt(lead, start, session, person, AttendanceStatus.ABSENT, version));
            try (var pool = Executors.newFixedThreadPool(2)) {
                var futures = both.stream().map(pool::submit).toList();
                start.countDown();
                var outcomes = futures.stream()
                        .map(future -> {
                            try {
                                return future.get();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .toList();
                assertThat(outcomes)
                        .filteredOn(MarkOutcome::saved)
                        .as("exactly one wins round %d", round)
                        .hasSize(1);
                var winner =
                        outcomes.stream().filter(MarkOutcome::saved).findFirst().orElseThrow();
                var loser = outcomes.stream()
                        .filter(outcome -> !outcome.saved())
                        .findFirst()
                        .orElseThrow();
                assertThat(loser.row().status())
                        .as("the loser is shown the winner's mark")
                        .isEqualTo(winner.row().status());
                assertThat(row(session, emails.getFirst()).status())
                        .isEqualTo(winner.row().status());
            }
        }
        assertThat(attendance.history(session, person)).hasSize(5);
    }

    private Callable<MarkOutcome> attempt(
            org.springframework.security.core.context.SecurityContext who,
            CountDownLatch start,
            long session,
            long person,
            AttendanceStatus status,
            long version) {
        return () -> {
            SecurityContextHolder.setContext(who);
            try {
                start.await();
                return attendance.mark(session, person, status, null, version);
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
    }

    @Test
    void openingARegisterOfSixtyAndMarkingOnePersonRunAFixedNumberOfStatements() {
        var small = new java.util.ArrayList<String>();
        long smallSession = cohortWithSessions(3, small)[1];
        var large = new java.util.ArrayList<String>();
        long largeSession = cohortWithSessions(60, large)[1];

        int[] registerStatements = new int[2];
        int[] markStatements = new int[2];
        long[] sessions = {smallSession, largeSession};
        List<List<String>> people = List.of(small, large);
        for (int i = 0; i < 2; i++) {
            StatementCounter.reset();
            var register = attendance.register(sessions[i]);
            registerStatements[i] = StatementCounter.count();
            var first = register.rows().getFirst();
            StatementCounter.reset();
            attendance.mark(sessions[i], first.personId(), AttendanceStatus.PRESENT, null, first.version());
            markStatements[i] = StatementCounter.count();
            assertThat(register.rows()).hasSize(people.get(i).size());
        }
        assertThat(registerStatements[1])
                .as("register of 60 vs 3")
                .isEqualTo(registerStatements[0])
                .isLessThanOrEqualTo(2);
        assertThat(markStatements[1])
                .as("one mark, 60 vs 3 people")
                .isEqualTo(markStatements[0])
                .isLessThanOrEqualTo(3);
    }

    @Test
    void aNationalCohortsRegisterIsMarkedByItsNamedTrainersAndSeenByItsTraineesOnly() {
        // No chapter: neither a chapter's trainers nor its leads reach it, only the trainers named
        // on it; the people enrolled see the session but cannot mark it.
        signIn.as(DemoLogins.ADMIN);
        var today = LocalDate.now(LondonTime.ZONE);
        String named = data.personWithLogin("TELCO", "TRAINER");
        long cohort = scheduling.createCohort(new CohortForm(
                data.courseId("CLT-2"),
                null,
                "National register",
                today,
                today.plusWeeks(3),
                10,
                CohortStatus.RUNNING,
                Set.of(data.personId(named)),
                0));
        long session = scheduling.addSession(cohort, new SessionForm(today, LocalTime.MIDNIGHT, 60, "Hall", null, 0));
        String trainee = data.personWithLogin("TELCO", "TRAINEE");
        enrolment.enrol(cohort, data.personId(trainee));

        signIn.as(named);
        var before = attendance.register(session).rows().getFirst();
        var outcome = attendance.mark(session, before.personId(), AttendanceStatus.LATE, "Bus", before.version());
        assertThat(outcome.saved()).isTrue();
        assertThat(outcome.row())
                .as("the card shows the mark as saved, with who made it")
                .extracting(RegisterRow::status, RegisterRow::remark, RegisterRow::version, RegisterRow::markedBy)
                .containsExactly(AttendanceStatus.LATE, "Bus", 0L, "Test TRAINER");
        assertThat(attendance.register(session).rows().getFirst()).isEqualTo(outcome.row());
        var stale = attendance.mark(session, before.personId(), AttendanceStatus.ABSENT, null, before.version());
        assertThat(stale.saved()).isFalse();
        assertThat(stale.row()).isEqualTo(outcome.row());

        // A chapter's trainer and lead, and the enrolled trainee: none of them opens or marks it.
        for (String outsider : List.of(DemoLogins.TRAINER, DemoLogins.LEAD, trainee)) {
            signIn.as(outsider);
            assertThatThrownBy(() -> attendance.register(session)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attendance.mark(
                            session,
                            before.personId(),
                            AttendanceStatus.PRESENT,
                            null,
                            outcome.row().version()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        signIn.as(trainee);
        assertThat(scheduling.session(session).markable())
                .as("the trainee sees the session")
                .isFalse();
        signIn.as(data.personWithLogin("TELCO", "TRAINEE"));
        assertThatThrownBy(() -> scheduling.session(session)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTraineeSendsApologiesAheadAndTheRegisterShowsThemButATrainersMarkIsNotOverwritten() {
        String trainee = data.personWithLogin("TELCO", "TRAINEE");
        var emails = new java.util.ArrayList<String>(List.of(trainee));
        var ids = cohortWithSessions(0, emails);
        long today = ids[1];
        long nextWeek = ids[2];

        signIn.as(trainee);
        attendance.sendApologies(nextWeek, "Family wedding");
        assertThat(attendance.myMark(nextWeek)).hasValue(AttendanceStatus.APOLOGIES);
        assertThatThrownBy(() -> attendance.register(nextWeek)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.mark(
                        nextWeek, data.personId(trainee), AttendanceStatus.PRESENT, null, RegisterRow.UNMARKED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.sendApologies(today, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("attendance.error.apologies-too-late"));

        signIn.as(DemoLogins.TRAINER);
        var row = row(nextWeek, trainee);
        assertThat(row.status()).isEqualTo(AttendanceStatus.APOLOGIES);
        assertThat(row.remark()).isEqualTo("Family wedding");
        assertThatThrownBy(
                        () -> attendance.mark(nextWeek, row.personId(), AttendanceStatus.PRESENT, null, row.version()))
                .as("nobody is marked present for a session that has not begun")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("attendance.error.not-open"));
    }

    @Test
    void aTraineesRateFollowsTheRule() {
        String trainee = data.personWithLogin("TELCO", "TRAINEE");
        var emails = new java.util.ArrayList<String>(List.of(trainee));
        var ids = cohortWithSessions(0, emails);
        var row = row(ids[1], trainee);
        attendance.mark(ids[1], row.personId(), AttendanceStatus.LATE, null, row.version());

        signIn.as(trainee);
        var mine = attendance.myAttendance().stream()
                .filter(cohort -> cohort.cohortId() == ids[0])
                .findFirst()
                .orElseThrow();
        assertThat(mine.rate()).isEqualTo(new AttendanceRate(1, 0, 1, 0));
        assertThat(mine.rate().percent()).hasValue(100);
        assertThat(mine.minimumPercent()).isEqualTo(80);
    }

    @Autowired
    org.communityorganising.pathways.people.PeopleService people;

    @Test
    void aWalkInIsEnrolledOnTheSpotAndFlaggedEvenWhenNewToPathways() {
        var emails = new java.util.ArrayList<String>();
        var ids = cohortWithSessions(1, emails);
        String known = data.trainees("TELCO", 1).getFirst();
        enrolment.addWalkIn(ids[0], data.personId(known));
        long fresh = people.createWalkIn("Walk In", "walk-" + System.nanoTime() + "@example.org", null);
        enrolment.addWalkIn(ids[0], fresh);

        var rows = attendance.register(ids[1]).rows();
        assertThat(rows).hasSize(3);
        assertThat(rows)
                .filteredOn(RegisterRow::walkIn)
                .extracting(RegisterRow::personId)
                .containsExactlyInAnyOrder(data.personId(known), fresh);

        String welsh = data.trainees("Citizens Cymru Wales", 1).getFirst();
        assertThatThrownBy(() -> enrolment.addWalkIn(ids[0], data.personId(welsh)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("csv.row.wrong-chapter"));
        signIn.as(data.personWithLogin("Citizens Cymru Wales", "TRAINER"));
        assertThatThrownBy(() -> enrolment.addWalkIn(ids[0], data.personId(known)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTrainerOfAnotherChapterCannotOpenOrMarkTheRegister() {
        var emails = new java.util.ArrayList<String>();
        long session = cohortWithSessions(1, emails)[1];
        signIn.as(data.personWithLogin("Citizens Cymru Wales", "TRAINER"));
        assertThatThrownBy(() -> attendance.register(session)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.markUnmarkedPresent(session)).isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    org.communityorganising.pathways.support.MutableClock clock;

    @Test
    void theRegisterOpensFifteenMinutesBeforeTheStartAndStaysOpenAfterwards() {
        String trainee = data.personWithLogin("TELCO", "TRAINEE");
        var ids = cohortWithSessions(0, new java.util.ArrayList<>(List.of(trainee)));
        long nextWeek = ids[2];
        var startsAt = scheduling.session(nextWeek).startsAt();
        try {
            clock.advance(
                    java.time.Duration.between(clock.instant(), startsAt.minus(java.time.Duration.ofMinutes(16))));
            var closed = row(nextWeek, trainee);
            assertThatThrownBy(() -> attendance.mark(
                            nextWeek, closed.personId(), AttendanceStatus.PRESENT, null, closed.version()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("attendance.error.not-open");
                        assertThat(e.arguments()).contains("18:15");
                    });
            assertThatThrownBy(() -> attendance.markUnmarkedPresent(nextWeek))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("attendance.error.not-open"));
            assertThat(row(nextWeek, trainee).marked())
                    .as("nothing was written")
                    .isFalse();

            signIn.as(trainee);
            attendance.sendApologies(nextWeek, "Stuck at work");
            signIn.as(DemoLogins.TRAINER);

            clock.advance(java.time.Duration.ofMinutes(2));
            assertThat(attendance.markUnmarkedPresent(nextWeek))
                    .as("the apology is kept, nobody else to mark")
                    .isZero();
            var open = row(nextWeek, trainee);
            assertThat(attendance
                            .mark(nextWeek, open.personId(), AttendanceStatus.LATE, "Came after all", open.version())
                            .saved())
                    .isTrue();

            clock.advance(java.time.Duration.ofDays(3));
            var later = row(nextWeek, trainee);
            assertThat(attendance
                            .mark(nextWeek, later.personId(), AttendanceStatus.PRESENT, null, later.version())
                            .saved())
                    .as("corrections days later")
                    .isTrue();
        } finally {
            clock.reset();
        }
    }

    @Test
    void anApologyReasonWithAControlCharacterIsRefusedWithAReasonAndNothingIsStored() {
        String trainee = data.personWithLogin("TELCO", "TRAINEE");
        var ids = cohortWithSessions(0, new java.util.ArrayList<>(List.of(trainee)));
        signIn.as(trainee);
        assertThatThrownBy(() -> attendance.sendApologies(ids[2], "Ill\u0000"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("input.error.invisible-characters"));
        assertThat(attendance.myMark(ids[2])).isEmpty();
        attendance.sendApologies(ids[2], "Ill,\nback next week");
        assertThat(attendance.myMark(ids[2])).hasValue(AttendanceStatus.APOLOGIES);
    }

    @Autowired
    org.springframework.test.context.event.ApplicationEvents published;

    @Test
    void everyWrittenMarkIsPublishedForTheOtherModulesToReactTo() {
        var emails = new java.util.ArrayList<String>();
        var ids = cohortWithSessions(2, emails);
        var first = row(ids[1], emails.get(0));
        attendance.mark(ids[1], first.personId(), AttendanceStatus.LATE, null, first.version());
        attendance.markUnmarkedPresent(ids[1]);

        assertThat(published.stream(AttendanceEvents.MarkChanged.class).filter(event -> event.sessionId() == ids[1]))
                .extracting(AttendanceEvents.MarkChanged::personId, AttendanceEvents.MarkChanged::to)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(first.personId(), AttendanceStatus.LATE),
                        org.assertj.core.groups.Tuple.tuple(data.personId(emails.get(1)), AttendanceStatus.PRESENT));
    }
}
