package org.communityorganising.pathways.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.mail.demo.EmbeddedMailServer;
import org.communityorganising.pathways.people.PeopleService;
import org.communityorganising.pathways.people.PersonForm;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.EventsHandled;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.MailLinks;
import org.communityorganising.pathways.support.MutableClock;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.StatementCounter;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Invitation and reset links: each way a link dies, and what an attacker learns (nothing). */
@IntegrationTest
class AccountLinksTest {

    @Autowired
    AccountLinks links;

    @Autowired
    PeopleService people;

    @Autowired
    EmbeddedMailServer mail;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void reset() {
        SignIn.out();
        clock.reset();
    }

    private String invited() {
        String email = "invited-" + System.nanoTime() + "@example.org";
        signIn.as(DemoLogins.LEAD);
        people.create(
                new PersonForm("Iolo Invited", email, null, data.chapterId("TELCO"), null, Set.of("TRAINEE"), 0), true);
        SignIn.out();
        return email;
    }

    private String tokenOf(String email) {
        return MailLinks.openedTokenIn(MailLinks.mailTo(mail, email, "You are invited to Pathways"), links);
    }

    private void closed(String token) {
        assertThat(links.open(token)).isEmpty();
        assertThatThrownBy(() -> links.choosePassword(token, "a perfectly good passphrase"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("link.error.closed"));
    }

    @Test
    void anInvitationDiesWhenItExpiresIsResentIsRevokedOrThePersonIsDeactivatedOrReaddressed() {
        String expiring = invited();
        String token = tokenOf(expiring);
        clock.advance(Duration.ofDays(15));
        closed(token);
        clock.reset();

        String resent = invited();
        String first = tokenOf(resent);
        long resentId = data.personId(resent);
        signIn.as(DemoLogins.LEAD);
        people.invite(resentId);
        SignIn.out();
        var second = mail.await(
                        m -> m.to().equals(resent) && !MailLinks.tokenIn(m).equals(first))
                .orElseThrow();
        closed(first);
        assertThat(links.open(MailLinks.openedTokenIn(second, links))).isPresent();

        String copied = invited();
        String mailed = tokenOf(copied);
        signIn.as(DemoLogins.LEAD);
        String link = people.copyInvitationLink(data.personId(copied));
        people.revokeInvitation(data.personId(copied));
        SignIn.out();
        closed(mailed);
        closed(link.substring(link.lastIndexOf('/') + 1));

        String deactivated = invited();
        String beforeDeactivation = tokenOf(deactivated);
        long deactivatedId = data.personId(deactivated);
        signIn.as(DemoLogins.LEAD);
        people.setActive(deactivatedId, false, people.load(deactivatedId).version());
        SignIn.out();
        closed(beforeDeactivation);

        String readdressed = invited();
        String toOldAddress = tokenOf(readdressed);
        long readdressedId = data.personId(readdressed);
        signIn.as(DemoLogins.LEAD);
        var form = people.load(readdressedId);
        people.update(
                readdressedId,
                new PersonForm(
                        form.fullName(),
                        "new-" + readdressed,
                        form.phone(),
                        form.chapterId(),
                        form.institutionId(),
                        form.roles(),
                        form.version()));
        SignIn.out();
        closed(toOldAddress);
    }

    @Test
    void onlyTheHashOfALinkIsStoredAndAGuessedTokenOpensNothing() {
        String email = invited();
        String token = tokenOf(email);
        assertThat(jdbc.sql("select count(*) from account_link where encode(token_hash, 'escape') like :t")
                        .param("t", "%" + token + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(links.open(token.substring(1) + "A")).isEmpty();
        assertThat(links.open("../../etc/passwd")).isEmpty();
        assertThat(links.open("")).isEmpty();
    }

    @Test
    void aResetForAnUnknownAddressSendsNothingAndRunsTheSameStatementsAsForAKnownOne() {
        String known = data.personWithLogin("TELCO", "TRAINEE");
        var forKnown = StatementCounter.sqlOf(() -> links.requestPasswordReset(known, null));
        var forUnknown = new java.util.ArrayList<String>();
        EventsHandled.after(
                jdbc,
                () -> forUnknown.addAll(
                        StatementCounter.sqlOf(() -> links.requestPasswordReset("nobody-" + known, null))));
        assertThat(forUnknown)
                .as("the page's own work does not depend on the address")
                .isEqualTo(forKnown);
        assertThat(MailLinks.mailTo(mail, known, "Reset your Pathways password"))
                .isNotNull();
        assertThat(mail.received()).noneMatch(m -> m.to().equals("nobody-" + known));
    }

    @Test
    void aDeactivatedPersonGetsNoResetAndNobodyGetsMoreThanThreeAnHour() {
        String asker = data.personWithLogin("TELCO", "TRAINEE");
        EventsHandled.after(jdbc, () -> {
            for (int n = 0; n < 5; n++) {
                links.requestPasswordReset(asker, null);
            }
        });
        assertThat(mail.received().stream().filter(m -> m.to().equals(asker)).count())
                .as("per account: at most three an hour")
                .isEqualTo(AccountLinkStore.RESETS_PER_HOUR);

        String gone = data.personWithLogin("TELCO", "TRAINEE");
        jdbc.sql("update person set active = false where email = :e")
                .param("e", gone)
                .update();
        EventsHandled.after(jdbc, () -> links.requestPasswordReset(gone, null));
        assertThat(mail.received()).noneMatch(m -> m.to().equals(gone));
    }

    @Test
    void oneClientAddressAsksForResetsAFewTimesAnHourWhateverTheAddressesTyped() {
        for (int n = 0; n < LoginThrottle.RESETS; n++) {
            links.requestPasswordReset("someone-" + n + "@example.org", "198.51.100.44");
        }
        String real = data.personWithLogin("TELCO", "TRAINEE");
        EventsHandled.after(jdbc, () -> links.requestPasswordReset(real, "198.51.100.44"));
        assertThat(mail.received()).as("the address's budget is spent").noneMatch(m -> m.to().equals(real));
    }

    @Test
    void aTrainerInvitesNobody() {
        signIn.as(DemoLogins.TRAINER);
        long trainee = data.personId(DemoLogins.TRAINEE);
        assertThatThrownBy(() -> people.invite(trainee))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> people.copyInvitationLink(trainee))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        // Nor reads whose invitation stands or who has a password: not through the service, and
        // not in the people picker a trainer uses.
        assertThatThrownBy(() -> links.accountStates(java.util.List.of(trainee)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(people.find(
                                org.communityorganising.pathways.people.PeopleFilter.text(DemoLogins.TRAINEE),
                                org.springframework.data.domain.PageRequest.of(0, 5))
                        .getContent())
                .isNotEmpty()
                .allSatisfy(item -> {
                    assertThat(item.invitation()).isNull();
                    assertThat(item.hasPassword()).isFalse();
                });
    }

    @Test
    void nobodyIsInvitedOverAPasswordTheyChoseAndAReAddressedAccountTellsItsOldAddress() {
        String holder = data.personWithLogin("TELCO", "TRAINEE");
        long holderId = data.personId(holder);
        signIn.as(DemoLogins.LEAD);
        for (Runnable takeOver :
                new Runnable[] {() -> people.invite(holderId), () -> people.copyInvitationLink(holderId)}) {
            assertThatThrownBy(takeOver::run)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("invitation.error.has-password"));
        }
        var form = people.load(holderId);
        people.update(
                holderId,
                new PersonForm(
                        form.fullName(),
                        "moved-" + holder,
                        form.phone(),
                        form.chapterId(),
                        form.institutionId(),
                        form.roles(),
                        form.version()));
        SignIn.out();
        assertThat(MailLinks.mailTo(mail, holder, "The e-mail address of your Pathways account was changed")
                        .text())
                .contains("moved-" + holder)
                .contains("If this was not you");
    }
}
