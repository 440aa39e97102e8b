package org.communityorganising.pathways.attendance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.attendance.AttendanceStatus;
import org.communityorganising.pathways.attendance.RegisterRow;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.course.EnrolmentService;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.SessionForm;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.FrontendBundle;
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
        assertThat(_find(NativeButton.class, spec -> spec.withId("register-show-code")))
                .as("eleven months ahead")
                .isEmpty();
        UI.getCurrent().navigate("sessions/" + now);
        assertThat(_find(NativeButton.class, spec -> spec.withId("register-show-code")))
                .as("during the session")
                .hasSize(1);
    }

    @Test
    void aCardsCallCountsOnlyForSomeoneOnThisRegisterAndOneOfTheFourStatuses() {
        var people = data.trainees("TELCO", 3);
        long ada = data.personId(people.get(0));
        long ben = data.personId(people.get(1));
        long latecomer = data.personId(people.get(2));
        var register = openedDuringItsSession("Register calls test", List.of(ada, ben));
        long session = register.session();
        var list = register.list();

        list.mark(text(ada), text("LATE"), text("Bus was late"), UNMARKED);
        assertThat(statusOf(session, ada)).isEqualTo(AttendanceStatus.LATE);
        assertThat(remarkOf(session, ada))
                .as("a remark typed before the first choice")
                .isEqualTo("Bus was late");
        list.mark(text(ada), text("LATE"), text(""), versionOf(session, ada));
        assertThat(attendance.history(session, ada))
                .as("the same choice again is no new mark")
                .hasSize(1);

        list.mark(text(ben), text("late"), null, UNMARKED);
        list.mark(text(ben), json.numberNode(1), null, UNMARKED);
        list.mark(json.numberNode(ben), text("PRESENT"), null, UNMARKED);
        list.mark(null, text("PRESENT"), null, UNMARKED);
        list.mark(text(ben), text("PRESENT"), null, text("-1"));
        list.mark(text(ben), text("PRESENT"), null, null);
        list.remark(text(ben), text("not marked yet"), UNMARKED);
        assertThat(statusOf(session, ben)).as("no status, no mark").isNull();

        // Someone the service would now accept, but who is not on the list this page drew: an id
        // the browser may well guess.
        enrolment.enrol(register.cohort(), latecomer);
        list.mark(text(latecomer), text("ABSENT"), null, UNMARKED);
        assertThat(attendance.history(session, latecomer)).isEmpty();
    }

    @Test
    void aChoiceMadeBeforeTheCardShowedAnotherTrainersMarkIsNotSavedAQuickSecondTapIs() {
        var people = data.trainees("TELCO", 2);
        long ada = data.personId(people.get(0));
        long ben = data.personId(people.get(1));
        var register = openedDuringItsSession("Two trainers on a register", List.of(ada, ben));
        long session = register.session();
        var list = register.list();

        // Another trainer marks Ada present after this page was drawn.
        attendance.mark(session, ada, AttendanceStatus.PRESENT, null, RegisterRow.UNMARKED);
        // Two taps on Ada's card, both made before the answer to the first came back: the first
        // meets the other trainer's mark and the card shows it; the second must not overwrite it.
        list.mark(text(ada), text("LATE"), text(""), UNMARKED);
        list.mark(text(ada), text("ABSENT"), text(""), UNMARKED);
        // A remark begun on the card before it showed their mark is not saved over it either.
        list.remark(text(ada), text("Typed on the old card"), UNMARKED);
        assertThat(statusOf(session, ada)).as("the other trainer's mark").isEqualTo(AttendanceStatus.PRESENT);
        assertThat(remarkOf(session, ada)).isNull();
        assertThat(attendance.history(session, ada)).hasSize(1);
        // Chosen again on the card that shows their mark, it is saved.
        list.mark(text(ada), text("ABSENT"), text(""), versionOf(session, ada));
        assertThat(statusOf(session, ada)).isEqualTo(AttendanceStatus.ABSENT);

        // This trainer's own quick second tap, made before the first one's answer, is saved.
        list.mark(text(ben), text("PRESENT"), text(""), UNMARKED);
        list.mark(text(ben), text("LATE"), text(""), UNMARKED);
        assertThat(statusOf(session, ben)).isEqualTo(AttendanceStatus.LATE);
        assertThat(attendance.history(session, ben)).hasSize(2);
    }

    @Test
    void theRestOfALongRegisterComeInOrderAndNothingChangesBeforeItOpens() {
        signIn.as(DemoLogins.TRAINER);
        var today = LocalDate.now(LondonTime.ZONE);
        long cohort = scheduling.createCohort(
                data.telcoCohort("CLT-2", "Fourteen on a register", today, today.plusDays(1), 20));
        long session = scheduling.addSession(cohort, new SessionForm(today, LocalTime.of(18, 0), 120, "Hall", null, 0));
        for (String email : data.trainees("TELCO", 14)) {
            enrolment.enrol(cohort, data.personId(email));
        }
        // The morning before: the register opens at 17:45.
        clock.advance(java.time.Duration.between(
                clock.instant(), today.atTime(9, 0).atZone(LondonTime.ZONE).toInstant()));
        ui.openAs(DemoLogins.TRAINER);
        UI.getCurrent().navigate("sessions/" + session);
        var list = _get(RegisterList.class);
        var rows = attendance.register(session).rows();

        assertThat(list.rest())
                .extracting(person -> person.get("id").asLong())
                .as("the people after the first twelve, in the register's order")
                .containsExactly(rows.get(12).personId(), rows.get(13).personId());
        assertThat(list.rest().get(0).get("readOnly").asBoolean()).isTrue();

        // Apologies may be given before a session, but not through a register that is not open.
        long first = rows.get(0).personId();
        list.mark(text(first), text("APOLOGIES"), null, UNMARKED);
        assertThat(attendance.history(session, first)).isEmpty();
    }

    /**
     * The register draws before its dialogs' forms and fields are loaded: its chunk waits for them
     * (decision 0030). That holds only while everything the register shows is in the first load.
     */
    @Test
    void theRegisterDrawsWithTheFirstLoadAloneAndItsDialogsBringTheirOwnComponents() {
        var chunk = FrontendBundle.chunkOf(SessionView.class);
        assertThat(chunk.triggers())
                .containsExactlyInAnyOrder(
                        WalkInDialog.class.getName(),
                        org.communityorganising.pathways.base.ui.DoorCodeDialog.class.getName(),
                        org.communityorganising.pathways.base.ui.ApologiesDialog.class.getName(),
                        CheckInCodeForm.class.getName());
        assertThat(chunk.modules())
                .as("the dialogs' and the check-in form's components come with the chunk they trigger")
                .contains("@vaadin/dialog/src/vaadin-dialog.js", "@vaadin/text-field/src/vaadin-text-field.js");

        // During its session a register shows the most: every action is offered.
        String trainee = data.personWithLogin("TELCO", "TRAINEE");
        var register = openedDuringItsSession("First load test", List.of(data.personId(trainee)));
        Set<String> shown = FrontendBundle.modulesShownIn(UI.getCurrent());
        assertThat(FrontendBundle.modulesShownIn(_get(SessionView.class)))
                .as("the register draws none of Vaadin's components (decision 0031)")
                .noneMatch(module -> module.startsWith("@vaadin/"));
        assertThat(FrontendBundle.firstLoad()).containsAll(shown);

        // The trainee's page during the session is the check-in form, a trigger of the chunk that
        // holds its text field.
        ui.close();
        ui.openAs(trainee);
        UI.getCurrent().navigate("sessions/" + register.session());
        assertThat(_find(CheckInCodeForm.class)).hasSize(1);
        Set<String> beyond = new java.util.TreeSet<>(FrontendBundle.modulesShownIn(UI.getCurrent()));
        beyond.removeAll(FrontendBundle.firstLoad());
        assertThat(beyond).as("the text field, beyond the first load").isNotEmpty();
        assertThat(chunk.modules()).containsAll(beyond);
    }

    /** A register as the demo trainer opened it, and the cohort and session it is of. */
    private record OpenRegister(long cohort, long session, RegisterList list) {}

    /** Today's 10:00 session of a new cohort of these people, its register opened at 10:30. */
    private OpenRegister openedDuringItsSession(String cohortTitle, List<Long> people) {
        signIn.as(DemoLogins.TRAINER);
        var today = LocalDate.now(LondonTime.ZONE);
        long cohort = scheduling.createCohort(data.telcoCohort("CLT-2", cohortTitle, today, today.plusDays(1), 20));
        long session = scheduling.addSession(cohort, new SessionForm(today, LocalTime.of(10, 0), 120, "Hall", null, 0));
        people.forEach(person -> enrolment.enrol(cohort, person));
        clock.advance(java.time.Duration.between(
                clock.instant(), today.atTime(10, 30).atZone(LondonTime.ZONE).toInstant()));
        ui.openAs(DemoLogins.TRAINER);
        UI.getCurrent().navigate("sessions/" + session);
        return new OpenRegister(cohort, session, _get(RegisterList.class));
    }

    private static final JsonNodeFactory json = JsonNodeFactory.instance;

    /** What a card sends as the version of a mark not yet made. */
    private static final JsonNode UNMARKED = json.numberNode(RegisterRow.UNMARKED);

    private JsonNode versionOf(long session, long person) {
        return json.numberNode(attendance.register(session).rows().stream()
                .filter(row -> row.personId() == person)
                .findFirst()
                .orElseThrow()
                .version());
    }

    private static JsonNode text(Object value) {
        return json.stringNode(String.valueOf(value));
    }

    private @Nullable String remarkOf(long session, long person) {
        return attendance.register(session).rows().stream()
                .filter(row -> row.personId() == person)
                .findFirst()
                .orElseThrow()
                .remark();
    }

    private @Nullable AttendanceStatus statusOf(long session, long person) {
        return attendance.register(session).rows().stream()
                .filter(row -> row.personId() == person)
                .findFirst()
                .orElseThrow()
                .status();
    }
}
