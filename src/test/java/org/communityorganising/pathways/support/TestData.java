package org.communityorganising.pathways.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rows a test needs beyond the demo data, each with a unique marker so tests never collide. */
@Component
public class TestData {

    private final JdbcClient jdbc;

    TestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long chapterId(String name) {
        return jdbc.sql("select id from chapter where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    public long courseId(String code) {
        return jdbc.sql("select id from course where code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    public long personId(String email) {
        return jdbc.sql("select id from person where lower(email) = lower(:email)")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    /** Creates trainees of a chapter (no login) and returns their e-mails. */
    public List<String> trainees(String chapter, int count) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        List<String> emails = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            String email = "t" + n + "-" + marker + "@example.org";
            jdbc.sql("""
                            insert into person (full_name, email, chapter_id)
                            values (:name, :email, (select id from chapter where name = :chapter))""")
                    .param("name", "Trainee " + n + " " + marker)
                    .param("email", email)
                    .param("chapter", chapter)
                    .update();
            jdbc.sql("insert into person_role (person_id, role) select id, 'TRAINEE' from person where email = :email")
                    .param("email", email)
                    .update();
            emails.add(email);
        }
        return emails;
    }

    /** Creates a person of a chapter with one role and the demo password; returns their e-mail. */
    public String personWithLogin(String chapter, String role) {
        String email = role.toLowerCase(java.util.Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        jdbc.sql("""
                        insert into person (full_name, email, chapter_id)
                        values (:name, :email, (select id from chapter where name = :chapter))""")
                .param("name", "Test " + role)
                .param("email", email)
                .param("chapter", chapter)
                .update();
        jdbc.sql("insert into person_role (person_id, role) select id, :role from person where email = :email")
                .param("role", role)
                .param("email", email)
                .update();
        jdbc.sql("""
                        insert into account (person_id, password_hash)
                        select p.id, (select a.password_hash from account a join person d on d.id = a.person_id where d.email = 'trainer@demo.pathways')
                        from person p where p.email = :email""").param("email", email).update();
        return email;
    }

    /** A TELCO cohort delivered by the demo trainer: what most scheduling and attendance tests start from. */
    public org.communityorganising.pathways.course.CohortForm telcoCohort(
            String courseCode, String name, java.time.LocalDate startsOn, java.time.LocalDate endsOn, int capacity) {
        return new org.communityorganising.pathways.course.CohortForm(
                courseId(courseCode),
                chapterId("TELCO"),
                name,
                startsOn,
                endsOn,
                capacity,
                org.communityorganising.pathways.course.CohortStatus.RUNNING,
                java.util.Set.of(personId(DemoLogins.TRAINER)),
                0);
    }

    public void setLanguage(String email, String language) {
        jdbc.sql("update person set language = :language where lower(email) = lower(:email)")
                .param("language", language)
                .param("email", email)
                .update();
    }

    /** The first session of a cohort, by the cohort's name. */
    public long sessionOf(String cohortName) {
        return jdbc.sql(
                        "select s.id from training_session s join cohort c on c.id = s.cohort_id where c.name = :name order by s.starts_at limit 1")
                .param("name", cohortName)
                .query(Long.class)
                .single();
    }

    /** The failed sign-ins counted against the account with this e-mail. */
    public int failedLogins(String email) {
        return jdbc.sql(
                        "select a.failed_logins from account a join person p on p.id = a.person_id where p.email = :email")
                .param("email", email)
                .query(Integer.class)
                .single();
    }

    /** Every account's failed sign-ins and lock cleared, as a test that signs in wrongly leaves them. */
    public void clearFailedLogins() {
        jdbc.sql("update account set failed_logins = 0, locked_until = null").update();
    }
}
