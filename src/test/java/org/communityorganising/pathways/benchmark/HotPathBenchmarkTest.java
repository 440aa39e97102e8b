package org.communityorganising.pathways.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.Supplier;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.attendance.AttendanceStatus;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.course.EnrolmentService;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.SessionForm;
import org.communityorganising.pathways.people.PeopleFilter;
import org.communityorganising.pathways.people.PeopleService;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times the hot paths on real PostgreSQL with realistic sizes: a people search among 20,000 and a
 * register of 60 (open, and mark one). Not a test: it asserts nothing and is left out of
 * `./pw test`. Rerun with `./pw test -Pbenchmark`; results go to target/benchmarks/hot-paths.md
 * (docs/benchmarks.md records a run).
 */
@Tag("benchmark")
@IntegrationTest
class HotPathBenchmarkTest {

    private static final Logger log = LoggerFactory.getLogger(HotPathBenchmarkTest.class);
    private static final int WARM_UP = 50;
    private static final int RUNS = 200;

    @Autowired
    PeopleService people;

    @Autowired
    SchedulingService scheduling;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    AttendanceService attendance;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hotPaths() throws Exception {
        jdbc.sql("""
                        insert into person (full_name, email, chapter_id)
                        select 'Bench Person ' || n, 'bench' || n || '@example.org', (select id from chapter where name = 'TELCO')
                        from generate_series(1, 20000) as n""").update();
        jdbc.sql(
                        "insert into person_role (person_id, role) select id, 'TRAINEE' from person where email like 'bench%@example.org'")
                .update();
        jdbc.sql("analyze").update();
        try {
            signIn.as(DemoLogins.TRAINER);
            var today = LocalDate.now(LondonTime.ZONE);
            long cohort =
                    scheduling.createCohort(data.telcoCohort("CLT-2", "Benchmark", today, today.plusWeeks(1), 100));
            long session =
                    scheduling.addSession(cohort, new SessionForm(today, LocalTime.MIDNIGHT, 60, "Hall", null, 0));
            for (int n = 1; n <= 60; n++) {
                enrolment.enrol(cohort, data.personId("bench" + n + "@example.org"));
            }
            var results = new ArrayList<String>();
            signIn.as(DemoLogins.ADMIN);
            results.add(time(
                    "people search, 50 of 20,000 by name",
                    () -> people.find(PeopleFilter.text("bench person 1"), PageRequest.of(0, 50))));
            results.add(time(
                    "people search, first page unfiltered",
                    () -> people.find(PeopleFilter.text(""), PageRequest.of(0, 50))));
            signIn.as(DemoLogins.TRAINER);
            results.add(time("open a register of 60", () -> attendance.register(session)));
            var statuses = AttendanceStatus.values();
            int[] turn = {0};
            results.add(time("mark one person on a register of 60", () -> {
                var row = attendance.register(session).rows().get(turn[0] % 60);
                return attendance.mark(
                        session, row.personId(), statuses[turn[0]++ % statuses.length], null, row.version());
            }));
            var report = "# Hot paths (median / 95th percentile, ms)\n\n" + String.join("\n", results) + "\n";
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.writeString(Path.of("target/benchmarks/hot-paths.md"), report);
            log.info("\n{}", report);
        } finally {
            SignIn.out();
            jdbc.sql(
                            "delete from attendance_change where person_id in (select id from person where email like 'bench%@example.org')")
                    .update();
            jdbc.sql(
                            "delete from attendance_mark where person_id in (select id from person where email like 'bench%@example.org')")
                    .update();
            jdbc.sql(
                            "delete from enrolment where person_id in (select id from person where email like 'bench%@example.org')")
                    .update();
            jdbc.sql("delete from person where email like 'bench%@example.org'").update();
        }
    }

    private static String time(String what, Supplier<?> action) {
        for (int i = 0; i < WARM_UP; i++) {
            action.get();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format("- %s: %.1f / %.1f", what, nanos[RUNS / 2] / 1e6, nanos[RUNS * 95 / 100] / 1e6);
    }
}
