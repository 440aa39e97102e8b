package org.communityorganising.pathways.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.progression.practice.PracticeService;
import org.communityorganising.pathways.progression.promotions.PromotionFilter;
import org.communityorganising.pathways.progression.promotions.PromotionListItem;
import org.communityorganising.pathways.progression.promotions.PromotionService;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.StatementCounter;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Readiness across many people — a chapter's "ready for review", a trainer's cohorts — what waits
 * for each person, and the promotions queue's marks, over the demo's year of TELCO.
 */
@IntegrationTest
class ChapterReadinessTest {

    @Autowired
    PathService paths;

    @Autowired
    PromotionService promotions;

    @Autowired
    AttendanceService attendance;

    @Autowired
    PracticeService practice;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @Autowired
    org.communityorganising.pathways.support.LeaderFixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void readyForReviewIsEveryRequirementMetAndNoRequestInFixedStatements() {
        String leader = fixtures.trainedLeader();
        fixtures.confirmedOneToOnes(leader, 6);
        long id = data.personId(leader);
        // One short of the six one-to-ones: not ready.
        String almost = fixtures.trainedLeader();
        fixtures.confirmedOneToOnes(almost, 5);
        String asked = fixtures.trainedLeader();
        fixtures.confirmedOneToOnes(asked, 6);
        fixtures.reviewRequestedBy(asked);
        signIn.as(DemoLogins.LEAD);
        long telco = data.chapterId("TELCO");
        var ready = paths.readyForReview(telco);
        assertThat(ready).extracting(LeaderReadiness::personId).contains(id).doesNotContain(data.personId(asked));
        assertThat(ready).extracting(LeaderReadiness::fullName).doesNotContain("Priya Patel");
        assertThat(ready).extracting(LeaderReadiness::personId).doesNotContain(data.personId(almost));
        assertThat(ready)
                .filteredOn(found -> found.personId() == id)
                .extracting(found -> found.nextTier(java.util.Locale.forLanguageTag("cy")))
                .containsExactly("Arweinydd Hyfforddedig");

        signIn.as(DemoLogins.ADMIN);
        data.trainees("Nottingham Citizens", 2);
        long nottingham = data.chapterId("Nottingham Citizens");
        var telcoStatements = StatementCounter.sqlOf(() -> paths.readyForReview(telco));
        var small = StatementCounter.sqlOf(() -> paths.readyForReview(nottingham));
        // People, requests, attendance, practice, tiers, the ladder (two), whom each mentors and
        // their named roles at actions: one statement each, whatever the chapter's size.
        assertThat(telcoStatements).hasSameSizeAs(small).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void manyPeopleAreReadOnlyWithinOnesChapter() {
        long telco = data.chapterId("TELCO");
        var telcoPeople = List.of(data.personId(DemoLogins.TRAINEE), data.personId("abena.mensah@demo.pathways"));
        signIn.as(data.personWithLogin("South London Citizens", "CHAPTER_LEAD"));
        assertThatThrownBy(() -> paths.readyForReview(telco)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.attendanceOfPeople(telcoPeople)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.factsOfPeople(telcoPeople)).isInstanceOf(AccessDeniedException.class);

        // The other chapter's lead lists no TELCO request, decided or waiting.
        assertThat(promotions.list(new PromotionFilter(null, ""), PageRequest.of(0, 500)))
                .extracting(PromotionListItem::personName)
                .doesNotContain("Priya Patel", "Maria Santos", "Yusuf Rahman");
        assertThat(promotions.toDecide().count()).isZero();

        signIn.as(DemoLogins.TRAINEE);
        assertThatThrownBy(() -> promotions.list(PromotionFilter.waiting(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> promotions.toDecide()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> paths.readyForReview(telco)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.attendanceOfPeople(telcoPeople)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.factsOfPeople(telcoPeople)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> paths.myCohortsReadiness()).isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoLogins.TRAINER);
        assertThatThrownBy(() -> paths.readyForReview(telco)).isInstanceOf(AccessDeniedException.class);
        // A trainer reads their own chapter's practice facts: Abena's public action is there.
        assertThat(practice.factsOfPeople(telcoPeople)).containsKey(data.personId("abena.mensah@demo.pathways"));
    }

    @Test
    void aTrainerSeesTheirCohortsPeopleClosestFirst() {
        signIn.as(DemoLogins.TRAINER);
        var people = paths.myCohortsReadiness();
        assertThat(people)
                .extracting(LeaderReadiness::fullName)
                .contains("Sam Patel", "Abena Mensah", "Blessing Okafor");
        assertThat(people)
                .extracting(LeaderReadiness::progress)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(people).extracting(LeaderReadiness::fullName).doesNotContain("Tomás Byrne");
    }

    @Test
    void eachHomeSaysWhatWaitsForItsPerson() {
        signIn.as(DemoLogins.LEAD);
        var lead = paths.whatWaitsForMe();
        // Priya's and Teresa's wait for Grace; Yusuf's she approved already, so it waits for another.
        assertThat(lead.promotionsToDecide()).isGreaterThanOrEqualTo(2);
        assertThat(lead.oldestPromotionDays()).isGreaterThanOrEqualTo(12);
        assertThat(lead.practiceToReview()).isGreaterThanOrEqualTo(6);

        signIn.as(DemoLogins.TRAINER);
        var trainer = paths.whatWaitsForMe();
        assertThat(trainer.practiceToReview()).isGreaterThanOrEqualTo(6);
        assertThat(trainer.promotionsToDecide()).isZero();

        signIn.as(DemoLogins.TRAINEE);
        var trainee = paths.whatWaitsForMe();
        assertThat(trainee.practiceToReview()).isZero();
        assertThat(trainee.promotionsToDecide()).isZero();
    }

    @Test
    void theQueueMarksWhatThisLeadMayNotDecideAndKeepsDecidedRequests() {
        signIn.as(DemoLogins.LEAD);
        var waiting = promotions.list(PromotionFilter.waiting(), PageRequest.of(0, 200));
        assertThat(mark(waiting, "Yusuf Rahman")).isEqualTo("promotions.not-yours.approved-already");
        assertThat(mark(waiting, "Priya Patel")).isNull();

        signIn.as(DemoLogins.ADMIN);
        var admin = promotions.list(PromotionFilter.waiting(), PageRequest.of(0, 200));
        assertThat(mark(admin, "Yusuf Rahman")).isNull();

        signIn.as(DemoLogins.LEAD);
        var approved = promotions.list(new PromotionFilter("APPROVED", "santos"), PageRequest.of(0, 50));
        assertThat(approved).extracting(PromotionListItem::personName).containsExactly("Maria Santos");
        assertThat(approved.getFirst().decidedAt()).isNotNull();
        assertThat(promotions.count(new PromotionFilter("REFUSED", ""))).isGreaterThanOrEqualTo(1);
        assertThat(promotions.list(new PromotionFilter(null, "100%_"), PageRequest.of(0, 5)))
                .isEmpty();
    }

    private static String mark(List<PromotionListItem> items, String name) {
        return items.stream()
                .filter(item -> item.personName().equals(name))
                .findFirst()
                .orElseThrow()
                .mayNotDecide();
    }
}
