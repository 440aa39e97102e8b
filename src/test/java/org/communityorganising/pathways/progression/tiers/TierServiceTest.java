package org.communityorganising.pathways.progression.tiers;

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
class TierServiceTest {

    @Autowired
    TierService tiers;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everySignedInPersonReadsTheDefaultLadderLowestFirst() {
        signIn.as(DemoLogins.TRAINEE);
        assertThat(tiers.ladder())
                .extracting(LadderStep::nameEn)
                .containsExactly(
                        "Participant", "Trained Leader", "Core Team Leader", "Senior Leader", "Leader-Trainer");
        assertThat(tiers.ladder().get(3).approval()).isEqualTo(TierApproval.CHAPTER_LEAD_AND_SENIOR);
    }

    @Test
    void theLadderIsNotPublic() {
        assertThatThrownBy(() -> tiers.ladder()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aPersonsTierIsProgressionsRecordOrElseTheEntryTier() {
        signIn.as(DemoLogins.TRAINEE);
        assertThat(tiers.myTier().rank()).isZero();
        assertThat(tiers.myTier().nameCy()).isEqualTo("Cyfranogwr");
        signIn.as(DemoLogins.TRAINER);
        assertThat(tiers.myTier().rank())
                .as("moved from person.tier_id by the migration")
                .isEqualTo(3);
        assertThat(tiers.myTier().nameEn()).isEqualTo("Senior Leader");
    }

    @Autowired
    org.communityorganising.pathways.support.TestData data;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void aTierIsGrantedOnlyByADeciderOfThePersonsChapterNeverToThemselves() {
        String leader = data.personWithLogin("TELCO", "TRAINEE");
        long leaderId = data.personId(leader);
        signIn.as(data.personWithLogin("South London Citizens", "CHAPTER_LEAD"));
        long tier1 = tiers.definitions().get(1).id();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> tiers.grant(leaderId, tier1, 0, 1)))
                .as("a lead of another chapter")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        signIn.as(DemoLogins.TRAINER);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> tiers.grant(leaderId, tier1, 0, 1)))
                .as("a trainer")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        String lead = data.personWithLogin("TELCO", "CHAPTER_LEAD");
        signIn.as(lead);
        long leadId = data.personId(lead);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> tiers.grant(leadId, tier1, 0, 1)))
                .as("a lead, to themselves")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> tiers.grant(leaderId, tier1, 0, 1))
                .as("outside a decision's transaction")
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }
}
