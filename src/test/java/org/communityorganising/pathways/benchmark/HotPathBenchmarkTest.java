package org.communityorganising.pathways.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.communityorganising.pathways.actions.ActionService;
import org.communityorganising.pathways.attendance.AttendanceReportService;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.attendance.AttendanceStatus;
import org.communityorganising.pathways.dashboard.DashboardService;
import org.communityorganising.pathways.listening.ListeningService;
import org.communityorganising.pathways.people.PeopleFilter;
import org.communityorganising.pathways.people.PeopleService;
import org.communityorganising.pathways.progression.PathService;
import org.communityorganising.pathways.progression.mentoring.MentoringService;
import org.communityorganising.pathways.progression.promotions.PromotionService;
import org.communityorganising.pathways.progression.tiers.TierService;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.StatementCounter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times the hot paths through the real services (security and transactions included) on an
 * alliance at national scale ({@link NationalData}), each beside its floor: the same rows read by
 * the best single hand-written query over plain JDBC in the same run. Reports p50 / p95 / p99
 * after warm-up, the statements one call runs, and the ratio to the floor. Not a test: it asserts
 * nothing and is left out of `./pw test`. Rerun with `./pw test -Pbenchmark`; results go to
 * target/benchmarks/hot-paths.md (docs/benchmarks.md records a run).
 */
@Tag("benchmark")
@IntegrationTest
class HotPathBenchmarkTest {

    private static final Logger log = LoggerFactory.getLogger(HotPathBenchmarkTest.class);
    private static final int WARM_UP = 30;
    private static final int RUNS = 200;

    @Autowired
    PeopleService people;

    @Autowired
    AttendanceService attendance;

    @Autowired
    AttendanceReportService reports;

    @Autowired
    PathService paths;

    @Autowired
    MentoringService mentoring;

    @Autowired
    ListeningService listening;

    @Autowired
    ActionService actions;

    @Autowired
    TierService tiers;

    @Autowired
    PromotionService promotions;

    @Autowired
    DashboardService dashboards;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void hotPaths() throws Exception {
        Map<String, Duration> steps = transactions.execute(status -> NationalData.generate(jdbc));
        var generation = new StringBuilder("## Data generation\n\n| step | seconds |\n|---|---|\n");
        steps.forEach(
                (step, took) -> generation.append(String.format("| %s | %.1f |%n", step, took.toMillis() / 1000.0)));
        generation.append(String.format(
                "| **total** | **%.1f** |%n%n",
                steps.values().stream().mapToLong(Duration::toMillis).sum() / 1000.0));
        for (String table : List.of(
                "institution",
                "person",
                "cohort",
                "training_session",
                "enrolment",
                "attendance_mark",
                "practice_entry",
                "promotion_request",
                "mentoring_pair",
                "mentoring_meeting",
                "tier_standing",
                "listening_log",
                "action_attendance")) {
            generation.append(String.format("- %s: %,d rows%n", table, id("select count(*) from " + table)));
        }

        if (System.getProperty("benchmark.profile") != null) {
            // A quick look at where the dashboard's time goes, without the timed runs (-Dbenchmark.profile).
            long biggest = id("""
                    select chapter_id from person where chapter_id is not null group by chapter_id
                    order by count(*) desc, chapter_id limit 1""");
            signIn.as(DemoLogins.ADMIN);
            String quick = profile("chapter dashboard", () -> dashboards.recomputeChapter(biggest))
                    + profile("national view", () -> dashboards.recomputeNational());
            SignIn.out();
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.writeString(Path.of("target/benchmarks/profile.md"), quick);
            log.info("Profile:\n{}", quick);
            return;
        }

        // The register: the national cohort with the most people, its latest session held.
        long cohort = id("""
                select e.cohort_id from enrolment e join cohort c on c.id = e.cohort_id
                where c.name like 'National cohort %' and c.starts_on < current_date - 60
                group by e.cohort_id order by count(*) desc, e.cohort_id limit 1""");
        long session = id("select max(id) from training_session where cohort_id = " + cohort + " and not cancelled");
        int size = (int) id("select count(*) from enrolment where cohort_id = " + cohort);
        // The leader with the longest history: most enrolments, then most practice.
        long veteran = id("""
                select e.person_id from enrolment e join person p on p.id = e.person_id and p.email like '%national.example.org'
                group by e.person_id order by count(*) desc, e.person_id limit 1""");
        String veteranEmail = jdbc.sql("select email from person where id = :p")
                .param("p", veteran)
                .query(String.class)
                .single();
        jdbc.sql("""
                        insert into account (person_id, password_hash)
                        select :p, a.password_hash from account a join person d on d.id = a.person_id
                        where d.email = 'trainer@demo.pathways' on conflict do nothing""").param("p", veteran).update();
        String history = String.format(
                "%d cohorts, %d marks, %d practice entries over three years",
                id("select count(*) from enrolment where person_id = " + veteran),
                id("select count(*) from attendance_mark where person_id = " + veteran),
                id("select count(*) from practice_entry where person_id = " + veteran));

        var rows = new ArrayList<String>();
        signIn.as(DemoLogins.ADMIN);
        Supplier<?> registerFloor = () ->
                jdbc.sql("""
                        select e.person_id, p.full_name, i.name, m.status, m.remark, m.version
                        from enrolment e join person p on p.id = e.person_id
                        left join institution i on i.id = p.institution_id
                        left join attendance_mark m on m.session_id = :s and m.person_id = e.person_id
                        where e.cohort_id = :c and e.status <> 'WITHDRAWN' order by p.full_name""").param("s", session).param("c", cohort).query().listOfRows();
        rows.add(measure("open a register of " + size, () -> attendance.register(session), registerFloor));
        var statuses = AttendanceStatus.values();
        int[] turn = {0};
        rows.add(measure(
                "mark one person (reopening the register first)",
                () -> {
                    var row = attendance.register(session).rows().get(turn[0] % size);
                    return attendance.mark(
                            session, row.personId(), statuses[turn[0]++ % statuses.length], null, row.version());
                },
                () -> registerFloor.get() != null
                        && jdbc.sql("""
                                update attendance_mark set status = :status, version = version + 1
                                where session_id = :s and person_id = (select person_id from enrolment where cohort_id = :c
                                                                        order by person_id limit 1)""")
                                        .param("status", statuses[turn[0]++ % statuses.length].name())
                                        .param("s", session)
                                        .param("c", cohort)
                                        .update()
                                >= 0));
        rows.add(measure(
                "cohort report (" + size + " people × 8 sessions)",
                () -> reports.cohortReport(cohort),
                () -> jdbc.sql("""
                                select e.person_id, p.full_name, s.id, m.status
                                from enrolment e join person p on p.id = e.person_id
                                join training_session s on s.cohort_id = e.cohort_id
                                left join attendance_mark m on m.session_id = s.id and m.person_id = e.person_id
                                where e.cohort_id = :c order by p.full_name, s.starts_at""").param("c", cohort).query().listOfRows()));
        rows.add(measure(
                "people search, first page of 20,000+",
                () -> people.find(PeopleFilter.text(""), PageRequest.of(0, 50)),
                () -> jdbc.sql("""
                                select p.id, p.full_name, p.email, c.name, i.name from person p
                                left join chapter c on c.id = p.chapter_id left join institution i on i.id = p.institution_id
                                order by lower(p.full_name), p.id limit 51""").query().listOfRows()));
        rows.add(measure(
                "a person's attendance record (" + history + ")",
                () -> attendance.personAttendance(veteran),
                () -> jdbc.sql("""
                                select c.id, count(m.id) filter (where m.status in ('PRESENT', 'LATE')), count(s.id)
                                from enrolment e join cohort c on c.id = e.cohort_id
                                join training_session s on s.cohort_id = c.id and not s.cancelled
                                left join attendance_mark m on m.session_id = s.id and m.person_id = e.person_id
                                where e.person_id = :p group by c.id""").param("p", veteran).query().listOfRows()));
        rows.add(measure(
                "promotions queue, first page (all chapters)",
                () -> promotions.queue(PageRequest.of(0, 50)),
                () -> jdbc.sql("""
                                select r.id, p.full_name, t.name_en, r.requested_at from promotion_request r
                                join person p on p.id = r.person_id join tier t on t.id = r.to_tier_id
                                where r.status = 'PENDING' order by r.requested_at, r.id limit 50""").query().listOfRows()));
        // The chapter dashboard of the largest chapter, and every chapter side by side. The floor is
        // the dashboard's core in one hand-written query: people by institution and tier, with the
        // one-to-ones of the last 90 days.
        long largest = id("""
                select chapter_id from person where chapter_id is not null group by chapter_id
                order by count(*) desc, chapter_id limit 1""");
        String chapterSize = String.format(
                "%,d people, %,d institutions",
                id("select count(*) from person where chapter_id = " + largest),
                id("select count(*) from institution where chapter_id = " + largest));
        Supplier<?> dashboardFloor =
                () -> jdbc.sql("""
                                select p.institution_id, t.rank, count(distinct p.id),
                                       count(f.id) filter (where f.kind = 'ONE_TO_ONE' and f.status = 'CONFIRMED'
                                                           and f.occurred_on > current_date - 90)
                                from person p join v_person_tier t on t.person_id = p.id
                                left join practice_entry f on f.person_id = p.id
                                where p.chapter_id = :c and p.active group by p.institution_id, t.rank""").param("c", largest).query().listOfRows();
        // Computed: the Refresh, a first open, or the background recomputation after a minute.
        rows.add(measure(
                "chapter dashboard, computed (" + chapterSize + ")",
                () -> dashboards.recomputeChapter(largest),
                dashboardFloor));
        // Opened: what a lead waits for, from the snapshot (at most a minute old, or being redrawn).
        rows.add(measure("chapter dashboard, opened", () -> dashboards.chapter(largest), dashboardFloor));
        String profile = profile("chapter dashboard", () -> dashboards.recomputeChapter(largest))
                + profile("national view", () -> dashboards.recomputeNational());
        Supplier<?> nationalFloor = () -> jdbc.sql("""
                        select p.chapter_id, count(*), count(*) filter (where t.rank >= 1)
                        from person p join v_person_tier t on t.person_id = p.id
                        where p.active group by p.chapter_id""").query().listOfRows();
        rows.add(measure(
                "national view, computed (every chapter)", () -> dashboards.recomputeNational(), nationalFloor));
        rows.add(measure("national view, opened", () -> dashboards.national(), nationalFloor));
        // An institution's page (the largest of the largest chapter): its health row, its people by
        // tier, a year's practice by kind and attendance. The floor reads the same in one statement.
        long institution = id(
                "select institution_id from person where chapter_id = " + largest
                        + " and institution_id is not null group by institution_id order by count(*) desc, institution_id limit 1");
        rows.add(measure(
                String.format(
                        "an institution's page (%,d people)",
                        id("select count(*) from person where active and institution_id = " + institution)),
                () -> dashboards.institution(institution),
                () -> jdbc.sql("""
                                select 'member', p.id, t.rank, 0 from person p join v_person_tier t on t.person_id = p.id
                                where p.institution_id = :i and p.active
                                union all
                                select f.kind, 0, 0, count(*) from practice_entry f join person p on p.id = f.person_id
                                where p.institution_id = :i and p.active and f.status = 'CONFIRMED'
                                  and f.occurred_on > current_date - 365 group by f.kind
                                union all
                                select 'attendance', 0, count(*) filter (where m.status in ('PRESENT', 'LATE')), count(*)
                                from attendance_mark m join person p on p.id = m.person_id
                                join training_session s on s.id = m.session_id
                                where p.institution_id = :i and p.active and s.starts_at > now() - interval '365 days'""").param("i", institution).query().listOfRows()));
        profile += profile("an institution's page", () -> dashboards.institution(institution));
        // Mentoring and tiers kept by practice (issue 18): a chapter's pairs and who needs practice.
        rows.add(measure(
                "mentoring pairs of the largest chapter, first page",
                () -> mentoring.inChapter(largest, false, PageRequest.of(0, 50)),
                () -> jdbc.sql("""
                                select pr.id, m.full_name, e.full_name, pr.started_on,
                                       (select count(*) from mentoring_meeting mm where mm.pair_id = pr.id)
                                from mentoring_pair pr join person m on m.id = pr.mentor_id join person e on e.id = pr.mentee_id
                                where pr.chapter_id = :c order by pr.ended_on is not null, pr.started_on desc, pr.id desc
                                limit 50""").param("c", largest).query().listOfRows()));
        rows.add(measure(
                "leaders needing practice (largest chapter)",
                () -> tiers.needingPractice(largest),
                () -> jdbc.sql("""
                                select s.person_id, p.full_name, t.name_en, s.state, s.kept_until
                                from tier_standing s join person p on p.id = s.person_id join tier t on t.id = s.tier_id
                                where s.state <> 'ACTIVE' and p.chapter_id = :c and p.active""").param("c", largest).query().listOfRows()));
        signIn.as(veteranEmail);
        rows.add(measure(
                "my path (the same person)",
                () -> paths.myPath(),
                () -> jdbc.sql("""
                                select 'course', c.id, count(m.id) filter (where m.status in ('PRESENT', 'LATE')), count(s.id)
                                from enrolment e join cohort c on c.id = e.cohort_id
                                join training_session s on s.cohort_id = c.id and not s.cancelled
                                left join attendance_mark m on m.session_id = s.id and m.person_id = e.person_id
                                where e.person_id = :p group by c.id
                                union all
                                select kind || '/' || status, 0, count(*), 0 from practice_entry where person_id = :p
                                group by kind, status""").param("p", veteran).query().listOfRows()));
        // Organising (issue 18): the largest chapter's listening campaign and its assembly's ledger.
        signIn.as(DemoLogins.ADMIN);
        long campaign =
                id("select id from listening_campaign where name = 'National listening' and chapter_id = " + largest);
        rows.add(measure(
                String.format(
                        "listening campaign progress and tally (%,d logs)",
                        id("select count(*) from listening_log where campaign_id = " + campaign)),
                () -> listening.progress(campaign),
                () -> jdbc.sql("""
                                select l.person_id, l.institution_id, t.tag_id, sum(l.people)
                                from listening_log l join listening_log_tag t on t.log_id = l.id
                                where l.campaign_id = :c group by l.person_id, l.institution_id, t.tag_id""").param("c", campaign).query().listOfRows()));
        long assembly =
                id("select id from organising_action where title = 'National assembly' and chapter_id = " + largest);
        rows.add(measure(
                String.format(
                        "an assembly's ledger (%,d people came)",
                        id("select count(*) from action_attendance where action_id = " + assembly)),
                () -> actions.detail(assembly),
                () -> jdbc.sql("""
                                select i.id, i.name, p.pledged, count(t.id) from institution i
                                left join action_pledge p on p.action_id = :a and p.institution_id = i.id
                                left join action_attendance t on t.action_id = :a and t.institution_id = i.id
                                where i.chapter_id = :c group by i.id, i.name, p.pledged""")
                        .param("a", assembly)
                        .param("c", largest)
                        .query()
                        .listOfRows()));
        // The busiest mentor: the most meetings across their pairs.
        long mentor = id("""
                select pr.mentor_id from mentoring_pair pr join mentoring_meeting mm on mm.pair_id = pr.id
                group by pr.mentor_id order by count(*) desc, pr.mentor_id limit 1""");
        jdbc.sql("""
                        insert into account (person_id, password_hash)
                        select :p, a.password_hash from account a join person d on d.id = a.person_id
                        where d.email = 'trainer@demo.pathways' on conflict do nothing""").param("p", mentor).update();
        signIn.as(jdbc.sql("select email from person where id = :p")
                .param("p", mentor)
                .query(String.class)
                .single());
        rows.add(measure(
                String.format(
                        "my mentoring (%d pairs, %d meetings)",
                        id("select count(*) from mentoring_pair where mentor_id = " + mentor + " or mentee_id = "
                                + mentor),
                        id("select count(*) from mentoring_meeting mm join mentoring_pair pr on pr.id = mm.pair_id"
                                + " where pr.mentor_id = " + mentor + " or pr.mentee_id = " + mentor)),
                () -> mentoring.mine(),
                () -> jdbc.sql("""
                                select pr.id, mm.met_on, mm.minutes, mm.confirmed_at from mentoring_pair pr
                                left join mentoring_meeting mm on mm.pair_id = pr.id
                                where pr.mentor_id = :p or pr.mentee_id = :p order by pr.id, mm.met_on desc""").param("p", mentor).query().listOfRows()));
        rows.add(measure(
                "my path (the same mentor)",
                () -> paths.myPath(),
                () -> jdbc.sql("""
                        select 'course', c.id, count(m.id) filter (where m.status in ('PRESENT', 'LATE')), count(s.id)
                        from enrolment e join cohort c on c.id = e.cohort_id
                        join training_session s on s.cohort_id = c.id and not s.cancelled
                        left join attendance_mark m on m.session_id = s.id and m.person_id = e.person_id
                        where e.person_id = :p group by c.id
                        union all
                        select kind || '/' || status, 0, count(*), 0 from practice_entry where person_id = :p
                        group by kind, status
                        union all
                        select 'mentee', pr.mentee_id, count(mm.id), 0 from mentoring_pair pr
                        join mentoring_meeting mm on mm.pair_id = pr.id and mm.confirmed_at is not null
                        where pr.mentor_id = :p group by pr.mentee_id""").param("p", mentor).query().listOfRows()));
        SignIn.out();

        var report = "# Hot paths at national scale\n\n" + generation
                + "## Timings (ms, after " + WARM_UP + " warm-up calls, " + RUNS + " timed)\n\n"
                + "| path | p50 | p95 | p99 | statements | floor p50 | ÷ floor |\n|---|---|---|---|---|---|---|\n"
                + String.join("\n", rows) + "\n\n## Where the dashboard's time goes (one call, slowest statements)\n\n"
                + profile;
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/hot-paths.md"), report);
        log.info("\n{}", report);
    }

    /** The five slowest statements of one call, with their time: where to look first. */
    private static String profile(String what, Supplier<?> path) {
        // Past PostgreSQL's five custom plans, so that what is profiled is what repeated calls get.
        for (int warm = 0; warm < 8; warm++) {
            path.get();
        }
        long start = System.nanoTime();
        var times = StatementCounter.timesOf(path::get);
        double total = (System.nanoTime() - start) / 1e6;
        var out = new StringBuilder(String.format(
                "### %s: %.1f ms in all, %.1f in its %d statements%n%n| ms | statement |%n|---|---|%n",
                what, total, times.values().stream().mapToLong(Long::longValue).sum() / 1e6, times.size()));
        times.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(5)
                .forEach(entry -> out.append(String.format(
                        "| %.1f | `%s` |%n",
                        entry.getValue() / 1e6,
                        entry.getKey()
                                .replaceAll("\\s+", " ")
                                .substring(
                                        0,
                                        Math.min(
                                                160,
                                                entry.getKey()
                                                        .replaceAll("\\s+", " ")
                                                        .length())))));
        return out.append('\n').toString();
    }

    private static String measure(String what, Supplier<?> path, Supplier<?> floor) {
        double[] through = time(path);
        StatementCounter.reset();
        path.get();
        int statements = StatementCounter.count();
        double[] bare = time(floor);
        return String.format(
                "| %s | %.1f | %.1f | %.1f | %d | %.1f | %.1f |",
                what, through[0], through[1], through[2], statements, bare[0], through[0] / bare[0]);
    }

    private static double[] time(Supplier<?> action) {
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
        return new double[] {nanos[RUNS / 2] / 1e6, nanos[RUNS * 95 / 100] / 1e6, nanos[RUNS * 99 / 100] / 1e6};
    }
}
