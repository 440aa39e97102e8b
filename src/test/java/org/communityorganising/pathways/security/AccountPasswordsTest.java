package org.communityorganising.pathways.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The password store is guarded itself, not only by the services that call it. */
@IntegrationTest
class AccountPasswordsTest {

    @Autowired
    AccountPasswords passwords;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void out() {
        SignIn.out();
    }

    @Test
    void nobodyChangesSomeoneElsesPassword() {
        String victim = data.personWithLogin("TELCO", "TRAINEE");
        long victimId = data.personId(victim);
        for (String who : new String[] {DemoLogins.TRAINEE, DemoLogins.TRAINER, DemoLogins.LEAD, DemoLogins.ADMIN}) {
            signIn.as(who);
            assertThatThrownBy(() -> transaction.executeWithoutResult(
                            status -> passwords.change(victimId, victim, DemoLogins.PASSWORD, "taken-over-account")))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        SignIn.out();
        assertThatThrownBy(() -> transaction.executeWithoutResult(
                        status -> passwords.change(victimId, victim, DemoLogins.PASSWORD, "taken-over-account")))
                .as("nobody signed in")
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
