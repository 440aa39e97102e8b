package org.communityorganising.pathways.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.communityorganising.pathways.course.CohortForm;
import org.communityorganising.pathways.course.CohortStatus;
import org.communityorganising.pathways.course.EnrolmentService;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.WeeklySeriesForm;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Feeds are fetched over HTTP like a calendar app does, and parsed back by ical4j. */
@IntegrationTest
class CalendarFeedTest {

    @Autowired
    SchedulingService scheduling;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** GET, with header names and values in pairs, as a calendar app sends its validators. */
    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static ZonedDateTime start(VEvent event) {
        DtStart<Temporal> start = event.<Temporal>getStartDate().orElseThrow();
        return ZonedDateTime.from(start.getDate());
    }

    @Test
    void anEnrolledTraineesFeedShowsTheSessionsAtLondonTimesAndACancellationAsCancelled() throws Exception {
        String traineeEmail = data.personWithLogin("TELCO", "TRAINEE");
        signIn.as(DemoLogins.TRAINER);
        long cohort = scheduling.createCohort(new CohortForm(
                data.courseId("LT"),
                data.chapterId("TELCO"),
                "Autumn Thursdays",
                LocalDate.of(2026, 10, 12),
                LocalDate.of(2026, 12, 31),
                20,
                CohortStatus.PLANNED,
                Set.of(data.personId(DemoLogins.TRAINER)),
                0));
        List<Long> sessions = scheduling.addWeeklySeries(
                cohort,
                new WeeklySeriesForm(
                        LocalDate.of(2026, 10, 12), DayOfWeek.THURSDAY, LocalTime.of(18, 30), 75, 6, "Bow Hall", null));
        enrolment.enrol(cohort, data.personId(traineeEmail));

        signIn.as(traineeEmail);
        String token = feeds.myFeedToken();
        SignIn.out();

        var response = get("/calendar/feed/" + token + ".ics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        var calendar = parse(response.body());
        assertThat(calendar.getComponent("VTIMEZONE")).isPresent();
        List<VEvent> events = calendar.getComponents("VEVENT");
        var ours = events.stream()
                .filter(event -> event.getProperty(Property.SUMMARY)
                        .orElseThrow()
                        .getValue()
                        .endsWith("Autumn Thursdays"))
                .toList();
        assertThat(ours).hasSize(6).allSatisfy(event -> {
            assertThat(event.getProperty(Property.DTSTART)
                            .orElseThrow()
                            .getParameter(Parameter.TZID)
                            .orElseThrow()
                            .getValue())
                    .isEqualTo("Europe/London");
            assertThat(start(event).toLocalTime()).isEqualTo(LocalTime.of(18, 30));
            assertThat(start(event).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        });
        // Across the clock change on 25 October the instants move by an hour, the local time does not.
        assertThat(ours.stream()
                        .map(event -> start(event).toInstant().toString())
                        .toList())
                .contains("2026-10-22T17:30:00Z", "2026-10-29T18:30:00Z");

        signIn.as(DemoLogins.TRAINER);
        long first = sessions.getFirst();
        scheduling.cancelSession(
                first, "Venue closed", scheduling.session(first).version());
        String uid = scheduling.session(first).uid();
        SignIn.out();

        var cancelled = parse(get("/calendar/feed/" + token + ".ics").body()).<VEvent>getComponents("VEVENT").stream()
                .filter(event ->
                        event.getProperty(Property.UID).orElseThrow().getValue().equals(uid))
                .findFirst()
                .orElseThrow();
        assertThat(cancelled.getProperty(Property.STATUS).orElseThrow().getValue())
                .isEqualTo("CANCELLED");
        assertThat(cancelled.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .isEqualTo("1");
        assertThat(cancelled.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .as("every calendar app shows it as off")
                .startsWith("Cancelled: ");

        signIn.as(DemoLogins.TRAINER);
        scheduling.reinstateSession(first, scheduling.session(first).version());
        SignIn.out();
        var reinstated = parse(get("/calendar/feed/" + token + ".ics").body()).<VEvent>getComponents("VEVENT").stream()
                .filter(event ->
                        event.getProperty(Property.UID).orElseThrow().getValue().equals(uid))
                .findFirst()
                .orElseThrow();
        assertThat(reinstated.getProperty(Property.STATUS).orElseThrow().getValue())
                .isEqualTo("CONFIRMED");
        assertThat(reinstated.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .as("raised again")
                .isEqualTo("2");
        assertThat(reinstated.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .doesNotStartWith("Cancelled");
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aWelshSpeakersFeedSaysCancelledInWelshAndNoFeedCarriesAMethodNorLogsWarnings(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        String traineeEmail = data.personWithLogin("TELCO", "TRAINEE");
        data.setLanguage(traineeEmail, "cy");
        signIn.as(DemoLogins.TRAINER);
        long cohort = scheduling.createCohort(data.telcoCohort(
                "LT", "Welsh feed", LocalDate.now().plusDays(1), LocalDate.now().plusWeeks(3), 10));
        long session = scheduling.addSession(
                cohort,
                new org.communityorganising.pathways.course.SessionForm(
                        LocalDate.now().plusDays(2), LocalTime.of(18, 30), 60, "Neuadd", null, 0));
        enrolment.enrol(cohort, data.personId(traineeEmail));
        scheduling.cancelSession(session, "Storm", scheduling.session(session).version());
        signIn.as(traineeEmail);
        String token = feeds.myFeedToken();
        SignIn.out();

        String body = get("/calendar/feed/" + token + ".ics").body();
        assertThat(body).doesNotContain("METHOD:");
        var event = parse(body).<VEvent>getComponents("VEVENT").stream()
                .filter(e ->
                        e.getProperty(Property.SUMMARY).orElseThrow().getValue().endsWith("Welsh feed"))
                .findFirst()
                .orElseThrow();
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).startsWith("Wedi’i ganslo: ");
        assertThat(output.getAll())
                .as("no warning per event")
                .doesNotContain("WARN")
                .doesNotContain("ORGANIZER");
    }

    @Test
    void addressesUnderTheFeedsThatAreNotAFeedAreNotFound() throws Exception {
        signIn.as(DemoLogins.TRAINER);
        String token = feeds.myFeedToken();
        SignIn.out();
        for (String path : List.of(
                "/calendar/feed", "/calendar/feed/", "/calendar/feed/" + token, "/calendar/feed/" + token + "/x")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("<html");
        }
    }

    @Test
    void aSignedInPersonDownloadsTheirSessionButNotAnotherChaptersOrAnUnknownOne() throws Exception {
        var web = new org.communityorganising.pathways.support.WebClient(port);
        String cookie = web.login(DemoLogins.TRAINEE, DemoLogins.PASSWORD).orElseThrow();
        long demoSession = data.sessionOf("TELCO evening cohort");
        var mine = web.send(HttpRequest.newBuilder(web.uri("/calendar/session/" + demoSession + ".ics"))
                .header("Cookie", cookie)
                .GET()
                .build());
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).contains("attachment"));
        assertThat(parse(mine.body()).<VEvent>getComponents("VEVENT")).hasSize(1);

        long welshTrainer = data.personId(data.personWithLogin("Citizens Cymru Wales", "TRAINER"));
        signIn.as(DemoLogins.ADMIN);
        long welshCohort = scheduling.createCohort(new CohortForm(
                data.courseId("LT"),
                data.chapterId("Citizens Cymru Wales"),
                "Cardiff only",
                LocalDate.now().plusDays(1),
                LocalDate.now().plusWeeks(2),
                10,
                CohortStatus.PLANNED,
                Set.of(welshTrainer),
                0));
        long welshSession = scheduling.addSession(
                welshCohort,
                new org.communityorganising.pathways.course.SessionForm(
                        LocalDate.now().plusDays(3), LocalTime.of(18, 0), 60, "Cardiff", null, 0));
        SignIn.out();
        for (String other : List.of(welshSession + ".ics", "99999999.ics", "99999999999999999999999.ics", "abc", "")) {
            var response = web.send(HttpRequest.newBuilder(web.uri("/calendar/session/" + other))
                    .header("Cookie", cookie)
                    .GET()
                    .build());
            assertThat(response.statusCode()).as("session %s", other).isEqualTo(404);
        }
    }

    private HttpResponse<String> poll(String token, String header, String value) throws Exception {
        return get("/calendar/feed/" + token + ".ics", header, value);
    }

    @Test
    void aCalendarAppPollingAgainIsToldNotModifiedUntilItsFeedChanges() throws Exception {
        String traineeEmail = data.personWithLogin("TELCO", "TRAINEE");
        signIn.as(DemoLogins.TRAINER);
        long cohort = scheduling.createCohort(new CohortForm(
                data.courseId("LT"),
                data.chapterId("TELCO"),
                "Polled Tuesdays",
                LocalDate.now(),
                LocalDate.now().plusWeeks(4),
                20,
                CohortStatus.PLANNED,
                Set.of(data.personId(DemoLogins.TRAINER)),
                0));
        long session = scheduling.addSession(
                cohort,
                new org.communityorganising.pathways.course.SessionForm(
                        LocalDate.now().plusDays(5), LocalTime.of(18, 0), 60, "Bow Hall", null, 0));
        enrolment.enrol(cohort, data.personId(traineeEmail));
        signIn.as(traineeEmail);
        String token = feeds.myFeedToken();
        SignIn.out();

        var first = get("/calendar/feed/" + token + ".ics");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().allValues("ETag")).hasSize(1);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(get("/calendar/feed/" + token + ".ics").body())
                .as("the same bytes while nothing changes, event stamps included")
                .isEqualTo(first.body());

        for (var current :
                List.of(poll(token, "If-None-Match", etag), poll(token, "If-Modified-Since", lastModified))) {
            assertThat(current.statusCode()).isEqualTo(304);
            assertThat(current.body()).isEmpty();
            assertThat(current.headers().firstValue("ETag")).hasValue(etag);
            assertThat(current.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(rule -> assertThat(rule).contains("no-cache"));
        }

        signIn.as(DemoLogins.TRAINER);
        scheduling.cancelSession(
                session, "Hall flooded", scheduling.session(session).version());
        SignIn.out();
        var moved = poll(token, "If-None-Match", etag);
        assertThat(moved.statusCode()).as("a cancellation reaches the app").isEqualTo(200);
        assertThat(moved.body()).contains("Hall flooded");
        String movedTag = moved.headers().firstValue("ETag").orElseThrow();
        assertThat(movedTag).isNotEqualTo(etag);
        var byDate = poll(token, "If-Modified-Since", lastModified);
        assertThat(byDate.statusCode())
                .as("an app that only sends dates sees it too, even within the same second")
                .isEqualTo(200);

        signIn.as(DemoLogins.TRAINER);
        var enrolled = jdbc.sql("select id, version from enrolment where cohort_id = :c")
                .param("c", cohort)
                .query((rs, row) -> new long[] {rs.getLong("id"), rs.getLong("version")})
                .single();
        enrolment.withdraw(enrolled[0], enrolled[1]);
        SignIn.out();
        var withdrawn = poll(token, "If-None-Match", movedTag);
        assertThat(withdrawn.statusCode())
                .as("a withdrawal takes the cohort away")
                .isEqualTo(200);
        assertThat(withdrawn.body()).doesNotContain("Polled Tuesdays");
    }

    @Test
    void regeneratingTheTokenRevokesTheOldFeedUrl() throws Exception {
        String traineeEmail = data.personWithLogin("TELCO", "TRAINEE");
        signIn.as(traineeEmail);
        String old = feeds.myFeedToken();
        assertThat(feeds.myFeedToken()).as("stable until regenerated").isEqualTo(old);
        String fresh = feeds.regenerateMyFeedToken();
        SignIn.out();

        assertThat(fresh).isNotEqualTo(old).hasSizeGreaterThanOrEqualTo(43);
        assertThat(get("/calendar/feed/" + old + ".ics").statusCode()).isEqualTo(404);
        assertThat(get("/calendar/feed/" + fresh + ".ics").statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionDownloadNeedsALoginButTheFeedDoesNot() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/calendar/session/1.ics"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(get("/calendar/feed/" + "x".repeat(43) + ".ics").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aTrainersFeedShowsTheSessionsTheyTeach() throws Exception {
        signIn.as(DemoLogins.TRAINER);
        String token = feeds.myFeedToken();
        SignIn.out();
        var calendar = parse(get("/calendar/feed/" + token + ".ics").body());
        assertThat(calendar.<VEvent>getComponents("VEVENT"))
                .anySatisfy(event -> assertThat(event.getProperty(Property.SUMMARY)
                                .orElseThrow()
                                .getValue())
                        .endsWith("TELCO evening cohort"));
    }

    @Autowired
    org.communityorganising.pathways.people.PeopleService people;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void deactivatingAPersonRevokesTheirFeedAfterTheCommitThroughTheEventRegistry() throws Exception {
        String trainee = data.personWithLogin("TELCO", "TRAINEE");
        signIn.as(trainee);
        String token = feeds.myFeedToken();
        signIn.as(DemoLogins.LEAD);
        long id = data.personId(trainee);
        people.setActive(id, false, people.load(id).version());
        SignIn.out();

        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (feedRows(id) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(feedRows(id)).as("the secret address is gone").isZero();
        assertThat(get("/calendar/feed/" + token + ".ics").statusCode()).isEqualTo(404);
        while (incompletePublications() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(incompletePublications())
                .as("the registry holds nothing unfinished")
                .isZero();
    }

    private long feedRows(long person) {
        return jdbc.sql("select count(*) from calendar_feed where person_id = :p")
                .param("p", person)
                .query(Long.class)
                .single();
    }

    private long incompletePublications() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class)
                .single();
    }
}
