package org.communityorganising.pathways.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.course.EnrolmentService;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.SessionForm;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.MutableClock;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class CheckInServiceTest {

    @Autowired
    CheckInService checkIns;

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

    @Autowired
    MutableClock clock;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @AfterEach
    void reset() {
        SignIn.out();
        clock.reset();
    }

    /** A session that starts now (London time), with these trainees enrolled. */
    private long sessionStartingNow(String... trainees) {
        var now =
                LocalDateTime.now(clock.withZone(LondonTime.ZONE)).withSecond(0).withNano(0);
        signIn.as(DemoLogins.TRAINER);
        long cohort = scheduling.createCohort(data.telcoCohort(
                "LT",
                "Check-in test",
                now.toLocalDate().minusDays(1),
                now.toLocalDate().plusDays(1),
                20));
        long session = scheduling.addSession(
                cohort, new SessionForm(now.toLocalDate(), now.toLocalTime(), 120, "Hall", null, 0));
        for (String trainee : trainees) {
            enrolment.enrol(cohort, data.personId(trainee));
        }
        return session;
    }

    private String codeNow(long session) {
        signIn.as(DemoLogins.TRAINER);
        String code = checkIns.currentCode(session).code();
        SignIn.out();
        return code;
    }

    @Test
    void theRightCodeMarksTheTraineePresentAndLaterLate() {
        String early = data.personWithLogin("TELCO", "TRAINEE");
        String tardy = data.personWithLogin("TELCO", "TRAINEE");
        long session = sessionStartingNow(early, tardy);

        String code = codeNow(session);
        signIn.as(early);
        double marked =
                meters.get("pathways.marks").tag("outcome", "saved").counter().count();
        assertThat(checkIns.checkIn(session, code)).isEqualTo(new CheckInResult(AttendanceStatus.PRESENT, false));
        assertThat(checkIns.checkIn(session, code).alreadyMarked()).isTrue();
        assertThat(meters.get("pathways.marks")
                        .tag("outcome", "saved")
                        .counter()
                        .count())
                .as("the operator's count of marks, once for one check-in")
                .isEqualTo(marked + 1);

        clock.advance(Duration.ofMinutes(11));
        code = codeNow(session);
        signIn.as(tardy);
        assertThat(checkIns.checkIn(session, code).status()).isEqualTo(AttendanceStatus.LATE);

        signIn.as(DemoLogins.TRAINER);
        assertThat(attendance.register(session).rows())
                .extracting(RegisterRow::status)
                .containsExactlyInAnyOrder(AttendanceStatus.PRESENT, AttendanceStatus.LATE);
    }

    @Test
    void wrongCodesAreRefusedAndFiveLockTheTraineeOutForTenMinutes() {
        String guesser = data.personWithLogin("TELCO", "TRAINEE");
        long session = sessionStartingNow(guesser);
        String code = codeNow(session);
        String wrong = code.equals("000000") ? "111111" : "000000";

        signIn.as(guesser);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> checkIns.checkIn(session, wrong))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("checkin.error.wrong-code"));
        }
        assertThatThrownBy(() -> checkIns.checkIn(session, code))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("checkin.error.too-many"));

        clock.advance(Duration.ofMinutes(11));
        String fresh = codeNow(session);
        signIn.as(guesser);
        assertThat(checkIns.checkIn(session, fresh).status()).isEqualTo(AttendanceStatus.LATE);
    }

    @Test
    void onlyEnrolledPeopleCheckInAndOnlyStaffSeeTheCode() {
        String enrolled = data.personWithLogin("TELCO", "TRAINEE");
        String outsider = data.personWithLogin("TELCO", "TRAINEE");
        long session = sessionStartingNow(enrolled);
        String code = codeNow(session);

        signIn.as(outsider);
        assertThatThrownBy(() -> checkIns.checkIn(session, code)).isInstanceOf(AccessDeniedException.class);
        signIn.as(enrolled);
        assertThatThrownBy(() -> checkIns.currentCode(session)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void checkInClosesWhenTheSessionEnds() {
        String late = data.personWithLogin("TELCO", "TRAINEE");
        long session = sessionStartingNow(late);
        clock.advance(Duration.ofHours(3));
        String code = codeNow(session);
        signIn.as(late);
        assertThatThrownBy(() -> checkIns.checkIn(session, code))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("checkin.error.closed"));
    }
}
