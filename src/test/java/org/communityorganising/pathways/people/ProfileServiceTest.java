package org.communityorganising.pathways.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class ProfileServiceTest {

    @Autowired
    ProfileService profiles;

    @Autowired
    SignIn signIn;

    @AfterEach
    void restoreEnglish() {
        signIn.as(DemoLogins.TRAINEE);
        profiles.changeMyLanguage("en");
        SignIn.out();
    }

    @Test
    void aTraineeSeesTheirOwnStanding() {
        signIn.as(DemoLogins.TRAINEE);
        var me = profiles.myProfile();
        assertThat(me.fullName()).isEqualTo("Sam Patel");
        assertThat(me.firstName()).isEqualTo("Sam");
        assertThat(me.chapterName()).isEqualTo("TELCO");
        assertThat(me.institutionName()).isEqualTo("Newham Sixth Form College");
    }

    @Test
    void theLanguageChoiceIsStoredForTheNextLogin() {
        signIn.as(DemoLogins.TRAINEE);
        profiles.changeMyLanguage("cy");
        var again = signIn.as(DemoLogins.TRAINEE);
        assertThat(again.language()).isEqualTo("cy");
        assertThat(profiles.myProfile().language()).isEqualTo("cy");
    }

    @Test
    void anUnknownLanguageIsRefused() {
        signIn.as(DemoLogins.TRAINEE);
        assertThatThrownBy(() -> profiles.changeMyLanguage("fr")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nobodySignedInHasAProfile() {
        assertThatThrownBy(() -> profiles.myProfile()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
