package org.communityorganising.pathways.progression;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityorganising.pathways.progression.practice.PracticeService;
import org.communityorganising.pathways.progression.promotions.PromotionService;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.LeaderFixtures;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** My path, composed from tiers, practice and promotions. */
@IntegrationTest
class PathServiceTest {

    @Autowired
    PracticeService practice;

    @Autowired
    PathService paths;

    @Autowired
    PromotionService promotions;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LeaderFixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void myPathAndThePromotionsQueueRunAFixedNumberOfStatementsHoweverLongTheHistory() {
        String beginner = fixtures.trainedLeader();
        fixtures.confirmedOneToOnes(beginner, 1);
        String veteran = fixtures.trainedLeader();
        fixtures.confirmedOneToOnes(veteran, 300);
        jdbc.sql("""
                        insert into practice_entry (person_id, kind, occurred_on, status, created_at)
                        select :p, k, :on, 'SUBMITTED', now()
                        from unnest(array['HOUSE_MEETING', 'RESEARCH_ACTION', 'MENTORING']) as k, generate_series(1, 40)""")
                .param("p", data.personId(veteran))
                .param("on", fixtures.today().minusDays(30))
                .update();

        int[] statements = new int[2];
        String[] leaders = {beginner, veteran};
        for (int i = 0; i < 2; i++) {
            signIn.as(leaders[i]);
            org.communityorganising.pathways.support.StatementCounter.reset();
            var path = paths.myPath();
            statements[i] = org.communityorganising.pathways.support.StatementCounter.count();
            assertThat(path.assessment()).isNotNull();
        }
        assertThat(statements[1])
                .as("my path, 1 vs 420 entries")
                .isEqualTo(statements[0])
                .isLessThanOrEqualTo(10);

        signIn.as(DemoLogins.LEAD);
        org.communityorganising.pathways.support.StatementCounter.reset();
        int before = promotions.queue(PageRequest.of(0, 50)).size();
        int few = org.communityorganising.pathways.support.StatementCounter.count();
        fixtures.reviewRequestedBy(veteran);
        signIn.as(DemoLogins.TRAINER);
        for (int i = 0; i < 5; i++) {
            promotions.nominate(data.personId(data.personWithLogin("TELCO", "TRAINEE")), "Ready " + i);
        }
        signIn.as(DemoLogins.LEAD);
        org.communityorganising.pathways.support.StatementCounter.reset();
        assertThat(promotions.queue(PageRequest.of(0, 50))).hasSizeGreaterThanOrEqualTo(Math.min(50, before + 6));
        assertThat(org.communityorganising.pathways.support.StatementCounter.count())
                .as("the queue, six more requests")
                .isEqualTo(few)
                .isLessThanOrEqualTo(2);
    }
}
