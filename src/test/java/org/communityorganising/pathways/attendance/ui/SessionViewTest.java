package org.communityorganising.pathways.attendance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.time.LocalTime;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.attendance.AttendanceStatus;
import org.communityorganising.pathways.attendance.RegisterRow;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.course.EnrolmentService;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.SessionForm;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.MutableClock;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

@IntegrationTest
class SessionViewTest {

    @Autowired
    BrowserlessUi ui;

    @Autowired
    SchedulingService scheduling;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    AttendanceService attendance;

    @AfterEach
    void close() {
        ui.close();
        SignIn.out();
        clock.reset();
    }

    @Test
    void theCheckInCodeIsOfferedDuringTheSessionNotElevenMonthsAhead() {
        signIn.as(DemoLogins.TRAINER);
        var today = LocalDate.now(LondonTime.ZONE);
        long cohort =
                scheduling.createCohort(data.telcoCohort("CLT-2", "Check-in code test", today, today.plusYears(1), 20));
        long later = scheduling.addSession(
                cohort, new SessionForm(today.plusMonths(11), LocalTime.of(18, 30), 120, "Hall", null, 0));
        long now = scheduling.addSession(cohort, new SessionForm(today, LocalTime.of(10, 0), 120, "Hall", null, 0));
        clock.advance(java.time.Duration.between(
                clock.instant(), today.atTime(10, 30).atZone(LondonTime.ZONE).toInstant()));

        ui.openAs(DemoLogins.TRAINER);
        UI.getCurrent().navigate("sessions/" + later);
        assertThat(_find(Button.class, spec -> spec.withId("register-show-code")))
                .as("eleven months ahead")
                .isEmpty();
        UI.getCurrent().navigate("sessions/" + now);
        assertThat(_find(Button.class, spec -> spec.withId("register-show-code")))
                .as("during the session")
                .hasSize(1);
    }

    @Test
    void aCardsCallCountsOnlyForSomeoneOnThisRegisterAndOneOfTheFourStatuses() {
        signIn.as(DemoLogins.TRAINER);
        var today = LocalDate.now(LondonTime.ZONE);
        long cohort =
                scheduling.createCohort(data.telcoCohort("CLT-2", "Register calls test", today, today.plusDays(1), 20));
        long session = scheduling.addSession(cohort, new SessionForm(today, LocalTime.of(10, 0), 120, "Hall", null, 0));
        long other = scheduling.createCohort(data.telcoCohort("CLT-2", "Another cohort", today, today.plusDays(1), 20));
        long otherSession =
                scheduling.addSession(other, new SessionForm(today, LocalTime.of(10, 0), 120, "Hall", null, 0));
        var people = data.trainees("TELCO", 3);
        long ada = data.personId(people.get(0));
        long ben = data.personId(people.get(1));
        long outsider = data.personId(people.get(2));
        enrolment.enrol(cohort, ada);
        enrolment.enrol(cohort, ben);
        enrolment.enrol(other, outsider);
        clock.advance(java.time.Duration.between(
                clock.instant(), today.atTime(10, 30).atZone(LondonTime.ZONE).toInstant()));
        ui.openAs(DemoLogins.TRAINER);
        UI.getCurrent().navigate("sessions/" + session);
        var list = _get(RegisterList.class);

        list.mark(text(ada), text("LATE"));
        assertThat(statusOf(session, ada)).isEqualTo(AttendanceStatus.LATE);
        list.mark(text(ada), text("LATE"));
        assertThat(attendance.history(session, ada))
                .as("the same choice again is no new mark")
                .hasSize(1);

        list.mark(text(ben), text("late"));
        list.mark(text(ben), json.numberNode(1));
        list.mark(json.numberNode(ben), text("PRESENT"));
        list.mark(null, text("PRESENT"));
        list.remark(text(ben), text("not marked yet"));
        assertThat(statusOf(session, ben)).as("no status, no mark").isNull();

        // Someone on another register, whose id the browser may well guess.
        list.mark(text(outsider), text("ABSENT"));
        assertThat(statusOf(otherSession, outsider)).isNull();
        assertThat(attendance.register(session).rows())
                .extracting(RegisterRow::personId)
                .containsExactlyInAnyOrder(ada, ben);
    }

    private static final JsonNodeFactory json = JsonNodeFactory.instance;

    private static JsonNode text(Object value) {
        return json.stringNode(String.valueOf(value));
    }

    private @Nullable AttendanceStatus statusOf(long session, long person) {
        return attendance.register(session).rows().stream()
                .filter(row -> row.personId() == person)
                .findFirst()
                .orElseThrow()
                .status();
    }
}
