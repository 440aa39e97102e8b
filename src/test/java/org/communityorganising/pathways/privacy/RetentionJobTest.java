package org.communityorganising.pathways.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.MutableClock;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The retention schedule, by moving the clock over a cohort that ended today. */
@IntegrationTest
class RetentionJobTest {

    @Autowired
    RetentionJob job;

    @Autowired
    MutableClock clock;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void attemptsGoAfterThirtyDaysRemarksAfterTwoYearsAndTheRegisterAfterSix() {
        long person = data.personId(data.trainees("TELCO", 1).getFirst());
        long cohort = jdbc.sql("""
                        insert into cohort (course_id, chapter_id, name, starts_on, ends_on, capacity, status)
                        select co.id, c.id, 'Retention test', current_date - 30, current_date, 10, 'COMPLETED'
                        from course co, chapter c where co.code = 'CLT-2' and c.name = 'TELCO' returning id""").query(Long.class).single();
        long session = jdbc.sql("""
                        insert into training_session (cohort_id, uid, starts_at, ends_at, venue)
                        values (:cohort, gen_random_uuid() || '@test', now() - interval '2 days', now() - interval '2 days' + interval '1 hour', 'Hall')
                        returning id""").param("cohort", cohort).query(Long.class).single();
        jdbc.sql("""
                        insert into attendance_mark (session_id, person_id, status, remark, source, marked_at)
                        values (:s, :p, 'APOLOGIES', 'Hospital appointment', 'APOLOGY', now())""").param("s", session).param("p", person).update();
        jdbc.sql("""
                        insert into attendance_change (session_id, person_id, to_status, remark, changed_at)
                        values (:s, :p, 'APOLOGIES', 'Hospital appointment', now())""").param("s", session).param("p", person).update();
        jdbc.sql(
                        "insert into check_in_attempt (session_id, person_id, failures, last_failure_at) values (:s, :p, 2, now())")
                .param("s", session)
                .param("p", person)
                .update();

        clock.advance(Duration.ofDays(29));
        job.runNow();
        assertThat(count("check_in_attempt", session))
                .as("29 days: the attempts stay")
                .isOne();

        clock.advance(Duration.ofDays(2));
        job.runNow();
        assertThat(count("check_in_attempt", session)).as("31 days: gone").isZero();
        assertThat(remark(session)).isEqualTo("Hospital appointment");

        clock.advance(Duration.ofDays(2 * 366));
        job.runNow();
        assertThat(remark(session))
                .as("two years after the cohort ended: the reason goes")
                .isEqualTo("(none)");
        assertThat(jdbc.sql("select remark from attendance_change where session_id = :s")
                        .param("s", session)
                        .query(String.class)
                        .list())
                .containsOnlyNulls();
        assertThat(count("attendance_mark", session))
                .as("the mark itself stays")
                .isOne();

        clock.advance(Duration.ofDays(4 * 366));
        job.runNow();
        assertThat(count("attendance_mark", session))
                .as("six years: the register goes")
                .isZero();
        assertThat(count("attendance_change", session)).isZero();
    }

    @Test
    void theJobIsRegisteredOnceInTheSchedulerTableThatEveryNodeShares() {
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'retention'")
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql(
                                "select extract(hour from execution_time at time zone 'Europe/London') from scheduled_tasks where task_name = 'retention'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    private long count(String table, long session) {
        return jdbc.sql("select count(*) from " + table + " where session_id = :s")
                .param("s", session)
                .query(Long.class)
                .single();
    }

    private String remark(long session) {
        return jdbc.sql("select coalesce(remark, '(none)') from attendance_mark where session_id = :s")
                .param("s", session)
                .query(String.class)
                .single();
    }
}
