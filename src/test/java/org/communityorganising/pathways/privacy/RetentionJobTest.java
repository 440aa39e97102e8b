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
    void readNoticesGoAfterNinetyDaysReviewCommentsAfterTwoYearsDecisionTextAfterSix() {
        long person = data.personId(data.trainees("TELCO", 1).getFirst());
        long entry = jdbc.sql("""
                        insert into practice_entry (person_id, kind, occurred_on, status, reviewed_at, review_comment,
                            private_note, created_at)
                        values (:p, 'ONE_TO_ONE', current_date, 'CONFIRMED', now(), 'Checked with the parish', 'Mine', now())
                        returning id""").param("p", person).query(Long.class).single();
        long request = jdbc.sql("""
                        insert into promotion_request (person_id, from_tier_id, to_tier_id, reason, approvals_needed, snapshot,
                            status, requested_at, decided_at, decision_comment)
                        values (:p, (select id from tier where rank = 0), (select id from tier where rank = 1), 'Ready', 1,
                                '{"tierRank":1,"results":[]}', 'APPROVED', now(), now(), 'Well done')
                        returning id""").param("p", person).query(Long.class).single();
        jdbc.sql(
                        "insert into progression_notice (person_id, request_id, created_at, read_at) values (:p, :r, now(), now())")
                .param("p", person)
                .param("r", request)
                .update();

        clock.advance(Duration.ofDays(91));
        job.runNow();
        assertThat(jdbc.sql("select count(*) from progression_notice where request_id = :r")
                        .param("r", request)
                        .query(Integer.class)
                        .single())
                .as("a dismissed notice, 91 days on")
                .isZero();
        assertThat(jdbc.sql("select review_comment from practice_entry where id = :e")
                        .param("e", entry)
                        .query(String.class)
                        .single())
                .isEqualTo("Checked with the parish");

        clock.advance(Duration.ofDays(2 * 366));
        job.runNow();
        assertThat(jdbc.sql(
                                "select coalesce(review_comment, '(none)') || ' / ' || private_note from practice_entry where id = :e")
                        .param("e", entry)
                        .query(String.class)
                        .single())
                .as("the reviewer's comment goes; the author's own note and the entry stay")
                .isEqualTo("(none) / Mine");
        assertThat(jdbc.sql("select decision_comment from promotion_request where id = :r")
                        .param("r", request)
                        .query(String.class)
                        .single())
                .isEqualTo("Well done");

        clock.advance(Duration.ofDays(4 * 366));
        job.runNow();
        assertThat(jdbc.sql("""
                        select status || ' ' || coalesce(reason, '-') || ' ' || coalesce(decision_comment, '-')
                        from promotion_request where id = :r""").param("r", request).query(String.class).single())
                .isEqualTo("APPROVED - -");
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
