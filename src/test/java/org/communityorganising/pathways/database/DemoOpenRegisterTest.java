package org.communityorganising.pathways.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.attendance.AttendanceStatus;
import org.communityorganising.pathways.attendance.MarkingWindow;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's changeset that runs on every start (context demo-live, which the tests do not load):
 * run here by hand, twice, in a transaction rolled back, at whatever hour the suite runs.
 */
@IntegrationTest
class DemoOpenRegisterTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AttendanceService attendance;

    @Autowired
    SignIn signIn;

    @AfterEach
    void out() {
        SignIn.out();
    }

    @Test
    void whateverTheHourTheDemoTrainerFindsARegisterOpenAndMarksIt() throws Exception {
        String changeset = new ClassPathResource("db/changelog/demo/demo-open-register.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql(changeset).update();
            jdbc.sql(changeset).update();
            // A session of an earlier start, ended and untouched, goes on the next start.
            jdbc.sql("""
                            insert into training_session (cohort_id, uid, starts_at, ends_at, venue)
                            select id, 'earlier-start@pathways', now() - interval '3 days', now() - interval '3 days' + interval '2 hours', 'Hall'
                            from cohort where name = 'TELCO drop-in practice'""").update();
            jdbc.sql(changeset).update();
            var sessions = jdbc.sql("""
                            select s.id from training_session s join cohort c on c.id = s.cohort_id
                            where c.name = 'TELCO drop-in practice'""").query(Long.class).list();
            assertThat(sessions).as("a second start makes no second session").hasSize(1);

            signIn.as(DemoLogins.TRAINER);
            var register = attendance.register(sessions.getFirst());
            assertThat(MarkingWindow.isOpen(register.session(), java.time.Instant.now()))
                    .isTrue();
            assertThat(register.rows()).hasSize(6);
            var first = register.rows().getFirst();
            var outcome = attendance.mark(
                    register.session().id(), first.personId(), AttendanceStatus.PRESENT, null, first.version());
            assertThat(outcome.saved()).isTrue();
        });
    }
}
