package org.communityorganising.pathways.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.MutableClock;
import org.communityorganising.pathways.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The audit trail as administrators browse it: newest first, by action, by words, by days. */
@IntegrationTest
class AuditServiceTest {

    @Autowired
    AuditService audit;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    org.communityorganising.pathways.support.TestData data;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void event(String action, String actorEmail, String details, java.time.Instant at) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor_id, action, subject_type, subject_id, details)
                        values (:at, (select id from person where email = :actor), :action, 'test', 1, :details)""")
                .param("at", java.sql.Timestamp.from(at))
                .param("actor", actorEmail)
                .param("action", action)
                .param("details", details)
                .update();
    }

    @Test
    void filtersByActionWordsAndDaysNewestFirst() {
        var now = clock.instant();
        String marker = "marker-" + System.nanoTime();
        event("TEST_OLD", DemoLogins.LEAD, marker + " old", now.minus(java.time.Duration.ofDays(10)));
        event("TEST_NEW", DemoLogins.TRAINER, marker + " new 100%_done", now);

        signIn.as(DemoLogins.ADMIN);
        var both = audit.search(new AuditFilter(null, marker, null, null), PageRequest.of(0, 10));
        assertThat(both).extracting(AuditEntry::action).containsExactly("TEST_NEW", "TEST_OLD");
        assertThat(both.getFirst().actor()).isEqualTo("Tomás Byrne");
        assertThat(audit.count(new AuditFilter("TEST_OLD", marker, null, null))).isEqualTo(1);
        assertThat(audit.search(new AuditFilter(null, "grace adeyemi", null, null), PageRequest.of(0, 500)))
                .extracting(AuditEntry::action)
                .contains("TEST_OLD");
        LocalDate today = LocalDate.ofInstant(now, LondonTime.ZONE);
        assertThat(audit.search(new AuditFilter(null, marker, today, today), PageRequest.of(0, 10)))
                .extracting(AuditEntry::action)
                .containsExactly("TEST_NEW");
        assertThat(audit.count(new AuditFilter(null, "100%_", null, null)))
                .as("% and _ are letters, not wildcards")
                .isEqualTo(1);
        assertThat(audit.actions()).contains("TEST_NEW", "TEST_OLD");
    }

    @Test
    void onlyAdministratorsReadTheTrail() {
        for (String email : new String[] {DemoLogins.LEAD, DemoLogins.TRAINER, DemoLogins.TRAINEE}) {
            signIn.as(email);
            assertThatThrownBy(() -> audit.search(AuditFilter.none(), PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(audit::actions).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void everythingAboutOnePersonIsWhatTheyDidAndWhatWasDoneToTheirRecords() {
        long sam = jdbc.sql("select id from person where email = :e")
                .param("e", DemoLogins.TRAINEE)
                .query(Long.class)
                .single();
        long priya = jdbc.sql("select id from person where email = 'priya.patel@telco.demo.pathways'")
                .query(Long.class)
                .single();
        signIn.as(DemoLogins.ADMIN);

        var aboutSam = audit.search(AuditFilter.about(sam), PageRequest.of(0, 100));
        assertThat(aboutSam).extracting(AuditEntry::action).contains("PERSON_CREATED", "INVITATION_ACCEPTED");
        assertThat(aboutSam)
                .allSatisfy(entry -> assertThat(java.util.Objects.equals(entry.aboutId(), sam)
                                || java.util.Objects.equals(entry.actorId(), sam))
                        .isTrue());
        assertThat(aboutSam)
                .filteredOn(entry -> entry.action().equals("PERSON_CREATED"))
                .allSatisfy(entry -> {
                    assertThat(entry.actor()).isEqualTo("Amira Okafor");
                    assertThat(entry.about()).isEqualTo("Sam Patel");
                });
        // A request is about its person: Priya's, made by herself, is in her trail under her name.
        var aboutPriya = audit.search(AuditFilter.about(priya), PageRequest.of(0, 100));
        assertThat(aboutPriya).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("PROMOTION_REQUESTED");
            assertThat(entry.subjectType()).isEqualTo("promotion_request");
            assertThat(entry.about()).isEqualTo("Priya Patel");
        });
        assertThat(audit.count(AuditFilter.about(priya))).isEqualTo(aboutPriya.size());
        assertThat(audit.search(AuditFilter.about(sam), PageRequest.of(0, 100)))
                .noneMatch(entry -> "Priya Patel".equals(entry.about()));
    }

    @Test
    void aLeadCannotAskWhoSomeoneIs() {
        signIn.as(DemoLogins.LEAD);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> audit.search(AuditFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> audit.personName(1))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> audit.export(AuditFilter.none()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void practiceAboutSomeoneIsInTheirTrailAndDownloadingTheTrailIsOnItToo() {
        String email = data.trainees("TELCO", 1).getFirst();
        long person = jdbc.sql("select id from person where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
        long entry = jdbc.sql("""
                        insert into practice_entry (person_id, kind, occurred_on, status, created_at)
                        values (:p, 'ONE_TO_ONE', current_date, 'SUBMITTED', now()) returning id""").param("p", person).query(Long.class).single();
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor_id, action, subject_type, subject_id, details)
                        values (now(), (select id from person where email = :trainer), 'PRACTICE_CONFIRMED',
                                'practice_entry', :entry, '')""").param("trainer", DemoLogins.TRAINER).param("entry", entry).update();
        signIn.as(DemoLogins.ADMIN);

        var trail = audit.export(AuditFilter.about(person));
        assertThat(trail).singleElement().satisfies(line -> {
            assertThat(line.action()).isEqualTo("PRACTICE_CONFIRMED");
            assertThat(line.actor()).isEqualTo("Tomás Byrne");
            assertThat(line.aboutId()).isEqualTo(person);
        });
        // The download is itself recorded, about the person whose trail it was.
        assertThat(audit.search(AuditFilter.about(person), PageRequest.of(0, 10)))
                .extracting(AuditEntry::action)
                .containsExactly("AUDIT_EXPORTED", "PRACTICE_CONFIRMED");
        assertThat(audit.count(AuditFilter.about(person))).isEqualTo(2);
    }
}
