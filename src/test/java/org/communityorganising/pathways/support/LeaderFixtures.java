package org.communityorganising.pathways.support;

import java.time.LocalDate;
import java.util.List;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.progression.promotions.PromotionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Leaders in the states progression's tests start from, written straight into the test database. */
@Component
public class LeaderFixtures {

    private final TestData data;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;
    private final SignIn signIn;
    private final PromotionService promotions;

    LeaderFixtures(TestData data, JdbcClient jdbc, java.time.Clock clock, SignIn signIn, PromotionService promotions) {
        this.data = data;
        this.jdbc = jdbc;
        this.clock = clock;
        this.signIn = signIn;
        this.promotions = promotions;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LondonTime.ZONE);
    }

    /** A TELCO leader with a login, who completed Community Leadership Training with full attendance. */
    public String trainedLeader() {
        String email = data.personWithLogin("TELCO", "TRAINEE");
        long person = data.personId(email);
        long cohort = jdbc.sql("""
                        insert into cohort (course_id, chapter_id, name, starts_on, ends_on, capacity, status)
                        values (:course, :chapter, :name, :starts, :ends, 20, 'COMPLETED') returning id""")
                .param("course", data.courseId("CLT-2"))
                .param("chapter", data.chapterId("TELCO"))
                .param("name", "CLT for " + email)
                .param("starts", today().minusDays(60))
                .param("ends", today().minusDays(59))
                .query(Long.class)
                .single();
        jdbc.sql(
                        "insert into enrolment (cohort_id, person_id, status, enrolled_at) values (:c, :p, 'COMPLETED', now())")
                .param("c", cohort)
                .param("p", person)
                .update();
        for (int day = 60; day >= 59; day--) {
            long session = jdbc.sql("""
                            insert into training_session (cohort_id, uid, starts_at, ends_at, venue)
                            values (:c, gen_random_uuid() || '@test', now() - make_interval(days => :d),
                                    now() - make_interval(days => :d) + interval '6 hours', 'Hall') returning id""")
                    .param("c", cohort)
                    .param("d", day)
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                            insert into attendance_mark (session_id, person_id, status, source, marked_at)
                            values (:s, :p, 'PRESENT', 'REGISTER', now())""").param("s", session).param("p", person).update();
        }
        return email;
    }

    public void confirmedOneToOnes(String email, int count) {
        jdbc.sql("""
                        insert into practice_entry (person_id, kind, occurred_on, status, created_at)
                        select :p, 'ONE_TO_ONE', :on, 'CONFIRMED', now() from generate_series(1, :n)""")
                .param("p", data.personId(email))
                .param("on", today().minusDays(3))
                .param("n", count)
                .update();
    }

    public void holds(String email, int rank) {
        jdbc.sql("""
                        insert into person_tier (person_id, tier_id, since) values (:p, (select id from tier where rank = :r), now())
                        on conflict (person_id) do update set tier_id = excluded.tier_id""").param("p", data.personId(email)).param("r", rank).update();
    }

    public int rankOf(String email) {
        return jdbc.sql("""
                        select coalesce((select t.rank from person_tier pt join tier t on t.id = pt.tier_id
                                         where pt.person_id = :p), 0)""")
                .param("p", data.personId(email))
                .query(Integer.class)
                .single();
    }

    public long reviewRequestedBy(String email) {
        signIn.as(email);
        long id = promotions.askForReview();
        SignIn.out();
        return id;
    }

    public List<String> auditActionsAbout(String subjectType, long subjectId) {
        return jdbc.sql("select action from audit_event where subject_type = :t and subject_id = :id order by id")
                .param("t", subjectType)
                .param("id", subjectId)
                .query(String.class)
                .list();
    }

    public String leadName() {
        return jdbc.sql("select full_name from person where email = :email")
                .param("email", DemoLogins.LEAD)
                .query(String.class)
                .single();
    }
}
