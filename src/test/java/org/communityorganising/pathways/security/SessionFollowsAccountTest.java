package org.communityorganising.pathways.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.communityorganising.pathways.people.PeopleService;
import org.communityorganising.pathways.people.PersonForm;
import org.communityorganising.pathways.people.ProfileService;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.communityorganising.pathways.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Sessions already open act on the account as it is now, at their very next request. */
@IntegrationTest
class SessionFollowsAccountTest {

    @LocalServerPort
    int port;

    @Autowired
    PeopleService people;

    @Autowired
    ProfileService profile;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private String signedInSession(String email) {
        var web = new WebClient(port);
        String cookie = web.login(email, DemoLogins.PASSWORD).orElseThrow();
        assertThat(web.signedIn(cookie)).isTrue();
        return cookie;
    }

    @Test
    void aTrainerWhoseRoleIsRemovedIsTurnedAwayAtTheNextRequest() {
        String trainer = data.personWithLogin("TELCO", AppRoles.TRAINER);
        String cookie = signedInSession(trainer);

        signIn.as(DemoLogins.LEAD);
        long id = data.personId(trainer);
        var form = people.load(id);
        people.update(
                id,
                new PersonForm(
                        form.fullName(),
                        form.email(),
                        form.phone(),
                        form.chapterId(),
                        null,
                        Set.of(AppRoles.TRAINEE),
                        form.version()));

        assertThat(new WebClient(port).signedIn(cookie)).isFalse();
        assertThat(signIn.as(trainer).roles())
                .as("signing in again gives the new roles")
                .containsExactly(AppRoles.TRAINEE);
    }

    @Test
    void aDeactivatedPersonsOpenSessionEnds() {
        String trainee = data.personWithLogin("TELCO", AppRoles.TRAINEE);
        String cookie = signedInSession(trainee);
        signIn.as(DemoLogins.LEAD);
        long id = data.personId(trainee);
        people.setActive(id, false, people.load(id).version());
        assertThat(new WebClient(port).signedIn(cookie)).isFalse();
    }

    @org.springframework.beans.factory.annotation.Autowired
    AccountLinks links;

    @org.springframework.beans.factory.annotation.Autowired
    org.communityorganising.pathways.mail.demo.EmbeddedMailServer mail;

    @Test
    void aPasswordResetEndsEverySessionOpenWithTheOldPassword() {
        String trainee = data.personWithLogin("TELCO", AppRoles.TRAINEE);
        String cookie = signedInSession(trainee);
        SignIn.out();
        links.requestPasswordReset(trainee, null);
        String token = org.communityorganising.pathways.support.MailLinks.openedTokenIn(
                org.communityorganising.pathways.support.MailLinks.mailTo(
                        mail, trainee, "Reset your Pathways password"),
                links);
        links.choosePassword(token, "a brand new passphrase");
        assertThat(new WebClient(port).signedIn(cookie)).isFalse();
    }

    @Test
    void anUnrelatedEditLeavesSessionsAlone() {
        String trainee = data.personWithLogin("TELCO", AppRoles.TRAINEE);
        String cookie = signedInSession(trainee);
        signIn.as(DemoLogins.LEAD);
        long id = data.personId(trainee);
        var form = people.load(id);
        people.update(
                id,
                new PersonForm(
                        "A New Name",
                        form.email(),
                        "07700 900000",
                        form.chapterId(),
                        null,
                        form.roles(),
                        form.version()));
        assertThat(new WebClient(port).signedIn(cookie)).isTrue();
    }

    @Test
    void someoneChangingTheirOwnPasswordStaysSignedInHereButNotElsewhere() {
        String trainee = data.personWithLogin("TELCO", AppRoles.TRAINEE);
        String otherDevice = signedInSession(trainee);

        signIn.as(trainee);
        profile.changeMyPassword(DemoLogins.PASSWORD, "my own new secret");

        var here = (PathwaysUser)
                SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        long version = jdbc.sql("select security_version from account where person_id = :id")
                .param("id", here.personId())
                .query(Long.class)
                .single();
        assertThat(here.securityVersion())
                .as("this session was brought up to date")
                .isEqualTo(version);
        assertThat(new WebClient(port).signedIn(otherDevice))
                .as("the other device must sign in again")
                .isFalse();
        assertThat(new WebClient(port).login(trainee, "my own new secret")).isPresent();
    }
}
