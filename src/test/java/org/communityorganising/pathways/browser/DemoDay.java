package org.communityorganising.pathways.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.support.MutableClock;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Today in the demo data: the TELCO evening cohort meets at 18:30 London time. */
final class DemoDay {

    static final String COHORT = "TELCO evening cohort";

    private DemoDay() {}

    /** Moves the app's clock to today at this London time. */
    static void at(MutableClock clock, LocalTime londonTime) {
        var then = ZonedDateTime.of(LocalDate.now(LondonTime.ZONE), londonTime, LondonTime.ZONE)
                .toInstant();
        clock.advance(Duration.between(clock.instant(), then));
    }

    /** Five minutes into today's session: its register is open. */
    static void duringTodaysSession(MutableClock clock) {
        at(clock, LocalTime.of(18, 35));
    }

    static long todaysSession(JdbcClient jdbc) {
        return jdbc.sql("""
                        select s.id from training_session s join cohort c on c.id = s.cohort_id
                        where c.name = :cohort and (s.starts_at at time zone 'Europe/London')::date = :today""")
                .param("cohort", COHORT)
                .param("today", LocalDate.now(LondonTime.ZONE))
                .query(Long.class)
                .single();
    }

    static long cohort(JdbcClient jdbc) {
        return jdbc.sql("select id from cohort where name = :cohort")
                .param("cohort", COHORT)
                .query(Long.class)
                .single();
    }
}
