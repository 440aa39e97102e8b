package org.communityorganising.pathways.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Pattern;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.attendance.AttendanceStatus;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.course.EnrolmentService;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.SessionForm;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

/**
 * What an operator scrapes at /actuator/prometheus: only with the metrics token (or as an
 * administrator), and the application's own counters move as the app is used.
 */
@IntegrationTest
class OperatorMetricsTest {

    @LocalServerPort
    int port;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @Autowired
    SchedulingService scheduling;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    AttendanceService attendance;

    @Autowired
    AuthenticationManager authenticationManager;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private HttpResponse<String> scrape(String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private double value(String metrics, String series) {
        var line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics);
        if (!line.find()) {
            throw new AssertionError("no " + series + " in the scrape");
        }
        return Double.parseDouble(line.group(1));
    }

    @Test
    void onlyTheTokenOrAnAdministratorReadsTheMetrics() throws Exception {
        assertThat(scrape(null).statusCode()).as("anonymous").isEqualTo(302);
        assertThat(scrape("Bearer not-the-token").statusCode())
                .as("a wrong token is no one")
                .isEqualTo(302);
        assertThat(scrape("Basic dGVzdC1tZXRyaWNzLXRva2Vu").statusCode()).isEqualTo(302);
        var scraped = scrape("bearer test-metrics-token-of-at-least-32-characters");
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body())
                .contains("jvm_memory_used_bytes")
                .contains("hikaricp_connections_active")
                .contains("disk_free_bytes")
                .contains("pathways_events_incomplete")
                .contains("pathways_events_oldest_incomplete_seconds")
                .contains("pathways_retention_last_success_seconds")
                .contains("pathways_mail_total{outcome=\"sent\"}")
                .as("requests are timed as a whole, not filter by filter (application.properties)")
                .contains("http_server_requests_seconds")
                .doesNotContain("spring_security_filterchains");
    }

    @Test
    void signInsRefusalsAndMarksMoveTheirCounters() throws Exception {
        String before =
                scrape("Bearer test-metrics-token-of-at-least-32-characters").body();

        String trainee = data.personWithLogin("TELCO", AppRoles.TRAINEE);
        authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(trainee, DemoLogins.PASSWORD));
        assertThatThrownBy(() -> authenticationManager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(trainee, "not the password")))
                .isInstanceOf(AuthenticationException.class);

        signIn.as(DemoLogins.TRAINER);
        var today = LocalDate.now(LondonTime.ZONE);
        long cohort = scheduling.createCohort(data.telcoCohort("CLT-2", "Metrics", today, today.plusWeeks(2), 10));
        long session = scheduling.addSession(cohort, new SessionForm(today, LocalTime.MIDNIGHT, 60, "Hall", null, 0));
        String learner = data.trainees("TELCO", 1).getFirst();
        enrolment.enrol(cohort, data.personId(learner));
        var row = attendance.register(session).rows().getFirst();
        assertThat(attendance
                        .mark(session, row.personId(), AttendanceStatus.PRESENT, null, row.version())
                        .saved())
                .isTrue();
        assertThat(attendance
                        .mark(session, row.personId(), AttendanceStatus.LATE, null, row.version())
                        .saved())
                .as("based on the mark before")
                .isFalse();

        String after =
                scrape("Bearer test-metrics-token-of-at-least-32-characters").body();
        for (String series : new String[] {
            "pathways_signins_total{outcome=\"success\"}",
            "pathways_signins_total{outcome=\"refused\"}",
            "pathways_marks_total{outcome=\"saved\"}",
            "pathways_marks_total{outcome=\"conflict\"}"
        }) {
            assertThat(value(after, series) - value(before, series)).as(series).isEqualTo(1.0);
        }
    }
}
