package org.communityorganising.pathways.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityorganising.pathways.mail.demo.EmbeddedMailServer;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new installation's first administrator: invited when no active administrator exists, never
 * once one does. Run in a transaction rolled back, with the demo's administrators set aside.
 */
@IntegrationTest
class FirstAdministratorTest {

    @Autowired
    PersonRepository people;

    @Autowired
    jakarta.persistence.EntityManager entityManager;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.communityorganising.pathways.security.AccountLinks links;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EmbeddedMailServer mail;

    private FirstAdministrator bootstrap(String email) {
        return new FirstAdministrator(email, "Nia National", people, entityManager, jdbc, links, events, transaction);
    }

    @Test
    void withNoAdministratorTheConfiguredAddressIsAddedAndInvitedOnceAndNeverAgain() {
        String email = "first-admin-" + System.nanoTime() + "@example.org";
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            assertThat(bootstrap(email).inviteIfNoAdministrator())
                    .as("the demo has administrators")
                    .isFalse();
            jdbc.sql(
                            "update person set active = false where id in (select person_id from person_role where role = 'ADMIN')")
                    .update();
            assertThat(bootstrap(email).inviteIfNoAdministrator()).isTrue();
            assertThat(jdbc.sql("""
                            select count(*) from account_link l join person p on p.id = l.person_id
                            where p.email = :e and l.purpose = 'INVITATION' and p.chapter_id is null""").param("e", email).query(Long.class).single())
                    .isEqualTo(1);
            jdbc.sql(
                            "update person set active = true where id in (select person_id from person_role where role = 'ADMIN')")
                    .update();
            assertThat(bootstrap(email).inviteIfNoAdministrator())
                    .as("once an administrator exists, nothing")
                    .isFalse();
        });
        assertThat(mail.await(m -> m.to().equals(email)))
                .as("rolled back: no mail")
                .isEmpty();
    }
}
