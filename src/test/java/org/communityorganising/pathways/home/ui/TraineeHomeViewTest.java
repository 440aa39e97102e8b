package org.communityorganising.pathways.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextArea;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.attendance.AttendanceStatus;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A trainee's home: next sessions, apologies in one go, attendance with its rule, the calendar feed. */
@IntegrationTest
class TraineeHomeViewTest {

    @Autowired
    BrowserlessUi ui;

    @Autowired
    AttendanceService attendance;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void aTraineeSendsApologiesForAComingSessionStraightFromTheirHome() {
        String trainee = data.personWithLogin("TELCO", "TRAINEE");
        jdbc.sql("""
                        insert into enrolment (cohort_id, person_id, enrolled_at)
                        select id, :person, now() from cohort where name = 'TELCO evening cohort'""").param("person", data.personId(trainee)).update();
        ui.openAs(trainee);

        assertThat(_get(Div.class, spec -> spec.withId("my-sessions-to-attend")))
                .isNotNull();
        assertThat(_find(Div.class, spec -> spec.withId("calendar-subscription")))
                .hasSize(1);
        var subscribe = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("calendar-subscribe"));
        var https = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("calendar-https"));
        assertThat(subscribe.getHref()).startsWith("webcal://").endsWith(".ics");
        assertThat(https.getHref())
                .as("the same feed for apps that want https")
                .startsWith("http")
                .endsWith(".ics")
                .isEqualTo(subscribe
                        .getHref()
                        .replaceFirst("^webcal://", https.getHref().startsWith("https") ? "https://" : "http://"));
        assertThat(_get(org.communityorganising.pathways.base.ui.AddressBox.class)
                        .getValue())
                .as("the address to copy is the https one")
                .isEqualTo(https.getHref());
        assertThat(_get(NativeButton.class, spec -> spec.withId("calendar-copy"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Copy");
        var send = _find(NativeButton.class, spec -> spec.withText("Send apologies"))
                .getFirst();
        long sessionId = Long.parseLong(send.getId().orElseThrow().substring("apologies-".length()));
        _click(send);
        _get(TextArea.class, spec -> spec.withId("apologies-reason")).setValue("Hospital appointment");
        _click(_get(Button.class, spec -> spec.withId("form-save")));

        assertThat(attendance.myMarks(java.util.List.of(sessionId)))
                .containsEntry(sessionId, AttendanceStatus.APOLOGIES);
        SignIn.out();
    }
}
