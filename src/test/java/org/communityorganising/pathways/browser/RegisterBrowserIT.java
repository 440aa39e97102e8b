package org.communityorganising.pathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.attendance.AttendanceStatus;
import org.communityorganising.pathways.attendance.RegisterRow;
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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journey 1 of the product brief on a 360 px phone: the trainer opens today's session from their
 * home, marks everyone present, changes two to Late and one to Apologies with a remark.
 */
@IntegrationTest
class RegisterBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    AttendanceService attendance;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @Autowired
    SchedulingService scheduling;

    @Autowired
    EnrolmentService enrolment;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTrainerMarksTodaysRegisterOnAPhoneInUnderTenTapsAndTheTraineeSeesIt() throws Exception {
        String base = "http://localhost:" + port;
        try (var phone = new BrowserSession(360, 740)) {
            var register = todaysRegisterAsTrainer(phone)
                    .markEveryoneNotYetMarkedPresent()
                    .choose("Abena Mensah", "Late")
                    .choose("Ben Okoro", "Late")
                    .choose("Chloe Davies", "Apologies")
                    .remark("Chloe Davies", "Rang before the session");

            assertThat(1 + register.taps()).as("taps from the home page").isLessThan(10);
            assertThat(register.statusOf("Abena Mensah")).isEqualTo("LATE");
            assertThat(register.statusOf("Ben Okoro")).isEqualTo("LATE");
            assertThat(register.statusOf("Chloe Davies")).isEqualTo("APOLOGIES");
            assertThat(register.statusOf("Sam Patel")).isEqualTo("PRESENT");

            assertThat(register.choiceShown("Ben Okoro")).isEqualTo("LATE");

            // From the keyboard: the arrow key moves Sam's choice from Present to Late and saves it.
            register.pressOnChoice("Sam Patel", org.openqa.selenium.Keys.ARROW_RIGHT);
            assertThat(register.statusOf("Sam Patel")).isEqualTo("LATE");
            assertThat(register.choiceShown("Sam Patel")).isEqualTo("LATE");
            // Two presses in a row walk past Apologies to Absent, and only where they end is saved.
            long sessionId = Long.parseLong(phone.driver.getCurrentUrl().replaceAll(".*/sessions/(\\d+).*", "$1"));
            int marksBefore = marksOf(sessionId, DemoLogins.TRAINEE);
            register.pressOnChoice(
                    "Sam Patel", org.openqa.selenium.Keys.ARROW_RIGHT, org.openqa.selenium.Keys.ARROW_RIGHT);
            assertThat(register.statusOf("Sam Patel")).isEqualTo("ABSENT");
            assertThat(marksOf(sessionId, DemoLogins.TRAINEE))
                    .as("one mark saved, not one per key")
                    .isEqualTo(marksBefore + 1);
            register.pressOnChoice(
                    "Sam Patel", org.openqa.selenium.Keys.ARROW_LEFT, org.openqa.selenium.Keys.ARROW_LEFT);
            assertThat(register.statusOf("Sam Patel")).isEqualTo("LATE");
            // Walking away and back to the saved mark saves nothing.
            int marksNow = marksOf(sessionId, DemoLogins.TRAINEE);
            register.pressAndSettle(
                    "Sam Patel", org.openqa.selenium.Keys.ARROW_RIGHT, org.openqa.selenium.Keys.ARROW_LEFT);
            assertThat(register.statusOf("Sam Patel")).isEqualTo("LATE");
            assertThat(marksOf(sessionId, DemoLogins.TRAINEE)).isEqualTo(marksNow);
            // A tap is sent at once, not held back as a keyboard choice is.
            assertThat(register.tapSendsAtOnce("Sam Patel", "PRESENT")).isTrue();
            phone.wait.until(driver -> "PRESENT".equals(register.statusOf("Sam Patel")));
            // A keyboard choice still waiting when the page is hidden (the phone locked, the tab
            // closed) is sent then, not lost with the page.
            assertThat(register.pressAndHide("Sam Patel", org.openqa.selenium.Keys.ARROW_RIGHT))
                    .isTrue();
            assertThat(register.statusOf("Sam Patel")).isEqualTo("LATE");

            // An answer saying an earlier choice met another trainer's mark drops a keyboard choice
            // made before the card said so, instead of sending it over their mark.
            assertThat(register.pressThenConflict("Sam Patel", org.openqa.selenium.Keys.ARROW_RIGHT, "LATE"))
                    .isTrue();

            // Every tap was saved: a fresh load shows the same register.
            phone.driver.navigate().refresh();
            var reloaded = new RegisterPage(phone);
            assertThat(reloaded.statusOf("Ben Okoro")).isEqualTo("LATE");
            assertThat(reloaded.choiceShown("Sam Patel")).isEqualTo("LATE");
            assertThat(reloaded.state("Chloe Davies")).contains("Tomás Byrne");

            // A choice made from the keyboard is saved when the trainer moves straight on.
            reloaded.pressAndLeave("Sam Patel", org.openqa.selenium.Keys.ARROW_RIGHT);
            phone.wait.until(ExpectedConditions.urlContains("/attendance"));
            assertThat(statusOf(sessionId, DemoLogins.TRAINEE)).isEqualTo(AttendanceStatus.APOLOGIES);
        }
        try (var trainee = new BrowserSession(360, 740)) {
            new LoginPage(trainee, base).open().logInAs(DemoLogins.TRAINEE, DemoLogins.PASSWORD);
            var attendance = trainee.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-attendance")));
            // Present last week (demo data) and today: 2 of 2.
            assertThat(attendance.getText())
                    .contains("100 %")
                    .contains("2 of 2 sessions attended")
                    .contains("(present + late)");
        }
    }

    @Test
    void aTapOnAMarkSomeoneElseChangedMeanwhileShowsTheirNewerMarkAndWhoMadeIt() throws Exception {
        try (var phone = new BrowserSession(360, 740)) {
            var register = todaysRegisterAsTrainer(phone).choose("Ben Okoro", "Apologies");
            long sessionId = Long.parseLong(phone.driver.getCurrentUrl().replaceAll(".*/sessions/(\\d+).*", "$1"));

            // The chapter lead, on another device, marks Ben absent after the trainer's page was drawn.
            signIn.as(DemoLogins.LEAD);
            try {
                long ben = data.personId("ben.okoro@demo.pathways");
                var row = attendance.register(sessionId).rows().stream()
                        .filter(candidate -> candidate.personId() == ben)
                        .findFirst()
                        .orElseThrow();
                assertThat(attendance
                                .mark(sessionId, ben, AttendanceStatus.ABSENT, "", row.version())
                                .saved())
                        .isTrue();
            } finally {
                SignIn.out();
            }

            register.chooseTooLate("Ben Okoro", "Late");
            assertThat(register.statusOf("Ben Okoro")).isEqualTo("ABSENT");
            assertThat(register.choiceShown("Ben Okoro"))
                    .as("the tap on Late goes back to the newer mark")
                    .isEqualTo("ABSENT");
            assertThat(register.state("Ben Okoro")).contains("changed this meanwhile to Absent");
        }
    }

    @Test
    void aRegisterOfThirtyIsDrawnWholeOnAPhoneAndItsLastCardMarks() throws Exception {
        // A cohort of thirty meeting during today's demo session: more cards than the first screen's
        // worth the page draws at once, so the rest are drawn after (decision 0029).
        DemoDay.duringTodaysSession(clock);
        var today = LocalDate.now(LondonTime.ZONE);
        List<String> names;
        long sessionId;
        signIn.as(DemoLogins.TRAINER);
        try {
            long cohort = scheduling.createCohort(data.telcoCohort("CLT-2", "Thirty on a register", today, today, 30));
            sessionId =
                    scheduling.addSession(cohort, new SessionForm(today, LocalTime.of(18, 30), 120, "Hall", null, 0));
            for (String email : data.trainees("TELCO", 30)) {
                enrolment.enrol(cohort, data.personId(email));
            }
            names = attendance.register(sessionId).rows().stream()
                    .map(RegisterRow::fullName)
                    .toList();
        } finally {
            SignIn.out();
        }

        try (var phone = new BrowserSession(360, 740)) {
            new LoginPage(phone, "http://localhost:" + port).open().logInAs(DemoLogins.TRAINER, DemoLogins.PASSWORD);
            Pages.open(phone, "http://localhost:" + port + "/sessions/" + sessionId);
            var register = new RegisterPage(phone);

            assertThat(names).hasSize(30);
            assertThat(register.names())
                    .as("every card, once, in the register's order")
                    .isEqualTo(names);
            assertThat(Pages.overflowsSideways(phone)).as("fits 360 px").isFalse();
            assertThat(register.showsAWalkInBadge()).as("no one here walked in").isFalse();

            // A remark typed before the choice is saved with it.
            String nextToLast = names.get(28);
            register.typeRemark(nextToLast, "Came with her daughter").choose(nextToLast, "Present");

            String last = names.get(29);
            register.choose(last, "Late");
            assertThat(register.statusOf(last)).isEqualTo("LATE");
            signIn.as(DemoLogins.TRAINER);
            try {
                var rows = attendance.register(sessionId).rows();
                assertThat(rows.get(29).status()).isEqualTo(AttendanceStatus.LATE);
                assertThat(rows.get(28).status()).isEqualTo(AttendanceStatus.PRESENT);
                assertThat(rows.get(28).remark()).isEqualTo("Came with her daughter");
            } finally {
                SignIn.out();
            }
        }
    }

    /** A person's mark on a session as saved, as the chapter lead sees it. */
    private @org.jspecify.annotations.Nullable AttendanceStatus statusOf(long sessionId, String email) {
        signIn.as(DemoLogins.LEAD);
        try {
            long person = data.personId(email);
            return attendance.register(sessionId).rows().stream()
                    .filter(row -> row.personId() == person)
                    .findFirst()
                    .orElseThrow()
                    .status();
        } finally {
            SignIn.out();
        }
    }

    /** How many marks a person's line of history on a session holds, as the chapter lead sees it. */
    private int marksOf(long sessionId, String email) {
        signIn.as(DemoLogins.LEAD);
        try {
            return attendance.history(sessionId, data.personId(email)).size();
        } finally {
            SignIn.out();
        }
    }

    /** The demo trainer's tap from their home to today's register, during the session (18:35). */
    private RegisterPage todaysRegisterAsTrainer(BrowserSession phone) {
        // The register opens 15 minutes before today's 18:30 session.
        DemoDay.duringTodaysSession(clock);
        new LoginPage(phone, "http://localhost:" + port).open().logInAs(DemoLogins.TRAINER, DemoLogins.PASSWORD);
        var today = phone.wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='my-sessions-to-teach']//a[.//span[contains(@class,'badge-today')]]")));
        // The home scrolls inside the app layout, not the window: as a thumb would, bring it up first.
        Pages.script(phone, "arguments[0].scrollIntoView({block: 'center'})", today);
        today.click();
        return new RegisterPage(phone);
    }
}
