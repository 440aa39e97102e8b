package org.communityorganising.pathways.progression.promotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.mail.demo.EmbeddedMailServer;
import org.communityorganising.pathways.privacy.PersonalDataService;
import org.communityorganising.pathways.progression.PathService;
import org.communityorganising.pathways.progression.practice.PracticeForm;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.communityorganising.pathways.progression.practice.PracticeReviewItem;
import org.communityorganising.pathways.progression.practice.PracticeService;
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
import org.springframework.security.access.AccessDeniedException;

/** Promotions through the real services: asked for, nominated, decided, as each role and as an attacker. */
@IntegrationTest
class PromotionServiceTest {

    @Autowired
    PracticeService practice;

    @Autowired
    PathService paths;

    @Autowired
    PromotionService promotions;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    org.communityorganising.pathways.attendance.AttendanceService attendance;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedMailServer inbox;

    @Autowired
    LeaderFixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void sixConfirmedOneToOnesAfterTheCourseMakeTier1AndTheLeadsApprovalPromotesAndTellsTheLeader() {
        String leader = fixtures.trainedLeader();
        signIn.as(leader);
        List<Long> entries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            var form = new PracticeForm(
                    PracticeKind.ONE_TO_ONE, fixtures.today().minusDays(i), null, null, null, null, null, null, 0);
            entries.add(practice.log(form));
        }
        var before = paths.myPath();
        assertThat(before.assessment()).isNotNull();
        assertThat(before.assessment().results().get(1).waiting()).isEqualTo(6);
        assertThat(before.mayAskForReview()).as("logged is not confirmed").isFalse();

        signIn.as(DemoLogins.TRAINER);
        var waiting = practice.waiting(PageRequest.of(0, 500)).stream()
                .filter(item -> entries.contains(item.id()))
                .toList();
        assertThat(waiting).hasSize(6);
        waiting.forEach(item -> practice.confirm(item.id(), item.version()));

        signIn.as(leader);
        var met = paths.myPath();
        assertThat(met.next().name(java.util.Locale.ENGLISH)).isEqualTo("Trained Leader");
        assertThat(met.assessment().allMet()).isTrue();
        assertThat(met.mayAskForReview()).isTrue();
        long request = promotions.askForReview();
        assertThat(paths.myPath().open()).isNotNull();
        assertThatThrownBy(promotions::askForReview)
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("promotions.error.pending");

        signIn.as(DemoLogins.LEAD);
        assertThat(promotions.queue(PageRequest.of(0, 100)))
                .extracting(PromotionListItem::id)
                .contains(request);
        var detail = promotions.detail(request);
        assertThat(detail.mayDecide()).isTrue();
        assertThat(detail.snapshot().allMet()).isTrue();
        promotions.approve(request, "Well done — six one-to-ones in a week.");

        assertThat(fixtures.rankOf(leader)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from tier_history where request_id = :r")
                        .param("r", request)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        signIn.as(leader);
        assertThat(paths.myPath().current().rank()).isEqualTo(1);
        var notices = promotions.myNotices();
        assertThat(notices).hasSize(1);
        assertThat(notices.getFirst().approved()).isTrue();
        assertThat(notices.getFirst().comment()).contains("six one-to-ones");
        promotions.dismiss(notices.getFirst().id());
        assertThat(promotions.myNotices()).isEmpty();

        assertThat(fixtures.auditActionsAbout("promotion_request", request))
                .containsExactly("PROMOTION_REQUESTED", "PROMOTION_APPROVED");
        assertThat(fixtures.auditActionsAbout("person", data.personId(leader))).contains("TIER_CHANGED");
        assertThat(fixtures.auditActionsAbout("practice_entry", entries.getFirst()))
                .containsExactly("PRACTICE_LOGGED", "PRACTICE_CONFIRMED");
        assertThat(jdbc.sql("""
                        select p.email from audit_event e join person p on p.id = e.actor_id
                        where e.subject_type = 'promotion_request' and e.subject_id = :r and e.action = 'PROMOTION_APPROVED'""").param("r", request).query(String.class).single())
                .isEqualTo(DemoLogins.LEAD);

        var mail = inbox.await(message -> message.to().equals(leader)).orElseThrow();
        assertThat(mail.subject()).isEqualTo("You are now a Trained Leader");
        assertThat(mail.text()).contains("six one-to-ones").contains("/my-path");
        assertThat(mail.language()).isEqualTo("en");
    }

    @Test
    void askingForAReviewBeforeEveryRequirementIsMetIsRefused() {
        String leader = fixtures.trainedLeader();
        fixtures.confirmedOneToOnes(leader, 5);
        signIn.as(leader);
        assertThat(paths.myPath().mayAskForReview()).isFalse();
        assertThatThrownBy(promotions::askForReview)
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("promotions.error.not-met");
    }

    @Test
    void aTraineeCannotReviewPracticeNorSeeOrDecidePromotions() {
        String leader = fixtures.trainedLeader();
        fixtures.confirmedOneToOnes(leader, 6);
        long request = fixtures.reviewRequestedBy(leader);
        signIn.as(DemoLogins.TRAINER);
        long entry = jdbc.sql("""
                        insert into practice_entry (person_id, kind, occurred_on, status, created_at)
                        values (:p, 'HOUSE_MEETING', :on, 'SUBMITTED', now()) returning id""")
                .param("p", data.personId(leader))
                .param("on", fixtures.today())
                .query(Long.class)
                .single();

        signIn.as(DemoLogins.TRAINEE);
        assertThatThrownBy(() -> practice.waiting(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.confirm(entry, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.query(entry, 0, "why?")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> promotions.queue(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> promotions.detail(request)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> promotions.approve(request, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> promotions.refuse(request, "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> promotions.nominate(data.personId(leader), "ready"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.rankOf(leader)).isZero();
    }

    @Test
    void aLeadOfAnotherChapterCanNeitherSeeNorDecideNorReview() {
        String leader = fixtures.trainedLeader();
        fixtures.confirmedOneToOnes(leader, 6);
        long request = fixtures.reviewRequestedBy(leader);
        signIn.as(leader);
        long entry = practice.log(
                new PracticeForm(PracticeKind.HOUSE_MEETING, fixtures.today(), null, null, null, null, null, null, 0));

        String otherLead = data.personWithLogin("South London Citizens", "CHAPTER_LEAD");
        signIn.as(otherLead);
        assertThat(promotions.queue(PageRequest.of(0, 500)))
                .extracting(PromotionListItem::id)
                .doesNotContain(request);
        assertThat(practice.waiting(PageRequest.of(0, 500)))
                .extracting(PracticeReviewItem::id)
                .doesNotContain(entry);
        assertThatThrownBy(() -> promotions.detail(request)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> promotions.approve(request, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> promotions.refuse(request, "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.confirm(entry, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> promotions.nominate(data.personId(leader), "ready"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.attendanceOf(data.personId(leader)))
                .as("the evidence progression reads is scoped like the person's record")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.rankOf(leader)).isZero();
    }

    @Test
    void aDeactivatedPersonCannotBeNominated() {
        String gone = data.personWithLogin("TELCO", "TRAINEE");
        jdbc.sql("update person set active = false where email = :e")
                .param("e", gone)
                .update();
        signIn.as(DemoLogins.TRAINER);
        assertThatThrownBy(() -> promotions.nominate(data.personId(gone), "Ready"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("people.error.not-found");
        assertThatThrownBy(() -> promotions.nominate(Long.MAX_VALUE, "Ready")).hasMessage("people.error.not-found");
    }

    @Test
    void nobodyDecidesTheirOwnRequestNorOneTheyNominatedNorConfirmsTheirOwnPractice() {
        // A chapter lead who is themselves at the entry tier, with tier 1 met.
        String lead = data.personWithLogin("TELCO", "CHAPTER_LEAD");
        String trained = fixtures.trainedLeader();
        jdbc.sql("update cohort set name = name || ' (lead)' where name = :n")
                .param("n", "CLT for " + trained)
                .update();
        jdbc.sql("update enrolment set person_id = :lead where person_id = :t")
                .param("lead", data.personId(lead))
                .param("t", data.personId(trained))
                .update();
        jdbc.sql("update attendance_mark set person_id = :lead where person_id = :t")
                .param("lead", data.personId(lead))
                .param("t", data.personId(trained))
                .update();
        fixtures.confirmedOneToOnes(lead, 6);
        long own = fixtures.reviewRequestedBy(lead);
        signIn.as(lead);
        assertThat(promotions.detail(own).notYoursKey()).isEqualTo("promotions.not-yours.self");
        assertThatThrownBy(() -> promotions.approve(own, null)).isInstanceOf(AccessDeniedException.class);
        long mine = practice.log(
                new PracticeForm(PracticeKind.HOUSE_MEETING, fixtures.today(), null, null, null, null, null, null, 0));
        assertThat(practice.waiting(PageRequest.of(0, 500)))
                .extracting(PracticeReviewItem::id)
                .doesNotContain(mine);
        assertThatThrownBy(() -> practice.confirm(mine, 0)).isInstanceOf(AccessDeniedException.class);

        String nominee = data.personWithLogin("TELCO", "TRAINEE");
        signIn.as(lead);
        long nominated = promotions.nominate(data.personId(nominee), "Carried the housing campaign");
        assertThat(promotions.detail(nominated).snapshot().allMet())
                .as("nominated with requirements unmet")
                .isFalse();
        assertThatThrownBy(() -> promotions.approve(nominated, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> promotions.refuse(nominated, "no")).isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoLogins.LEAD);
        promotions.approve(nominated, null);
        assertThat(fixtures.rankOf(nominee)).isEqualTo(1);
        assertThat(fixtures.rankOf(lead)).isZero();
    }

    @Test
    void seniorLeaderNeedsTwoDifferentApproversTheSecondHoldingThatTier() {
        String leader = data.personWithLogin("TELCO", "TRAINEE");
        fixtures.holds(leader, 2);
        signIn.as(DemoLogins.TRAINER);
        long request = promotions.nominate(data.personId(leader), "Chaired the assembly of 1,200");

        signIn.as(DemoLogins.LEAD);
        promotions.approve(request, "Yes");
        assertThat(fixtures.rankOf(leader)).as("one of two approvals").isEqualTo(2);
        assertThat(promotions.detail(request).notYoursKey()).isEqualTo("promotions.not-yours.approved-already");
        assertThatThrownBy(() -> promotions.approve(request, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("promotions.not-yours.approved-already");

        String juniorLead = data.personWithLogin("TELCO", "CHAPTER_LEAD");
        fixtures.holds(juniorLead, 1);
        signIn.as(juniorLead);
        var seenByJunior = promotions.detail(request);
        assertThat(seenByJunior.mayApprove())
                .as("the page knows before anyone types a comment")
                .isFalse();
        assertThat(seenByJunior.mayNotApproveKey()).isEqualTo("promotions.error.second-approver");
        assertThat(seenByJunior.mayDecide()).as("refusing is still theirs").isTrue();
        assertThatThrownBy(() -> promotions.approve(request, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("promotions.error.second-approver");

        signIn.as(DemoLogins.ADMIN);
        promotions.approve(request, "Agreed");
        assertThat(fixtures.rankOf(leader)).isEqualTo(3);
        assertThat(fixtures.auditActionsAbout("promotion_request", request))
                .containsExactly("PROMOTION_NOMINATED", "PROMOTION_APPROVAL_GIVEN", "PROMOTION_APPROVED");
    }

    @Test
    void twoLeadsDecidingTheSameRequestAtTheSameMomentDecideItOnce() throws Exception {
        String leader = fixtures.trainedLeader();
        fixtures.confirmedOneToOnes(leader, 6);
        long request = fixtures.reviewRequestedBy(leader);
        String secondLead = data.personWithLogin("TELCO", "CHAPTER_LEAD");

        var ready = new CountDownLatch(2);
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (String decider : List.of(DemoLogins.LEAD, secondLead)) {
            Callable<String> decide = () -> {
                signIn.as(decider);
                ready.countDown();
                go.await();
                try {
                    promotions.approve(request, "from " + decider);
                    return "approved";
                } catch (InvalidInputException refused) {
                    return refused.getMessage();
                } finally {
                    SignIn.out();
                }
            };
            outcomes.add(pool.submit(decide));
        }
        ready.await();
        go.countDown();
        List<String> results = new ArrayList<>();
        for (var outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).containsExactlyInAnyOrder("approved", "promotions.not-yours.decided");
        assertThat(fixtures.rankOf(leader)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from tier_history where request_id = :r")
                        .param("r", request)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(fixtures.auditActionsAbout("promotion_request", request)).containsOnlyOnce("PROMOTION_APPROVED");
    }

    @Test
    void aRefusalNeedsACommentAndTheLeaderReadsIt() {
        String leader = fixtures.trainedLeader();
        fixtures.confirmedOneToOnes(leader, 6);
        long request = fixtures.reviewRequestedBy(leader);
        signIn.as(DemoLogins.LEAD);
        assertThatThrownBy(() -> promotions.refuse(request, "  "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("promotions.error.refusal-comment");
        promotions.refuse(request, "Let us talk about the housing action first.");
        assertThat(fixtures.rankOf(leader)).isZero();
        signIn.as(leader);
        assertThat(promotions.myNotices()).singleElement().satisfies(notice -> {
            assertThat(notice.approved()).isFalse();
            assertThat(notice.comment()).isEqualTo("Let us talk about the housing action first.");
            assertThat(notice.decidedBy()).as("who said it").isEqualTo(fixtures.leadName());
        });
        assertThat(paths.myPath().mayAskForReview())
                .as("refused, they may ask again")
                .isTrue();

        long notice = promotions.myNotices().getFirst().id();
        signIn.as(DemoLogins.TRAINEE);
        promotions.dismiss(notice);
        signIn.as(leader);
        assertThat(promotions.myNotices()).as("someone else cannot dismiss it").hasSize(1);
    }

    @Test
    void erasingALeaderRemovesTheirNotesAndTheReasonsAboutThemButKeepsTheirTierAndTheDecision() {
        String leader = fixtures.trainedLeader();
        signIn.as(leader);
        practice.log(new PracticeForm(
                PracticeKind.ONE_TO_ONE, fixtures.today(), null, null, null, null, "About the lift", null, 0));
        fixtures.confirmedOneToOnes(leader, 6);
        signIn.as(DemoLogins.TRAINER);
        long request = promotions.nominate(data.personId(leader), "Spoke for the tenants");
        signIn.as(DemoLogins.LEAD);
        promotions.approve(request, "Deserved");

        signIn.as(DemoLogins.ADMIN);
        String name = jdbc.sql("select full_name from person where email = :e")
                .param("e", leader)
                .query(String.class)
                .single();
        personalData.erase(data.personId(leader), name);

        long person = jdbc.sql("select person_id from promotion_request where id = :r")
                .param("r", request)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select count(*) from practice_entry where person_id = :p and private_note is not null")
                        .param("p", person)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                "select coalesce(reason, '') || coalesce(decision_comment, '') from promotion_request where id = :r")
                        .param("r", request)
                        .query(String.class)
                        .single())
                .isEmpty();
        assertThat(jdbc.sql("select status from promotion_request where id = :r")
                        .param("r", request)
                        .query(String.class)
                        .single())
                .isEqualTo("APPROVED");
        assertThat(jdbc.sql(
                                "select t.rank from person_tier pt join tier t on t.id = pt.tier_id where pt.person_id = :p")
                        .param("p", person)
                        .query(Integer.class)
                        .single())
                .as("the chapter's pipeline still counts them, naming nobody")
                .isEqualTo(1);
    }
}
