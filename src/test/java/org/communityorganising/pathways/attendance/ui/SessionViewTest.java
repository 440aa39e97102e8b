package org.communityorganising.pathways.attendance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.time.LocalTime;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.SessionForm;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.MutableClock;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
}
