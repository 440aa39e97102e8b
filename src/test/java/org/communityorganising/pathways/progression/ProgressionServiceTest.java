package org.communityorganising.pathways.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.privacy.PersonalDataService;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.MutableClock;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.SmtpInbox;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The practice log, the path and promotions, through the real services, as each role and as an attacker. */
@IntegrationTest
class ProgressionServiceTest {

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
    MutableClock clock;

    @Autowired
    SmtpInbox inbox;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LondonTime.ZONE);
    }

    /** A TELCO leader with a login, who completed Community Leadership Training with full attendance. */
    private String trainedLeader() {
        String email = data.personWithLogin("TELCO", "TRAINEE");
        long person = data.personId(email);
        long cohort = jdbc.sql("""
                        insert into cohort (course_id, chapter_id, name, starts_on, ends_on, capacity, status)
                        values (:course, :chapter, :name, :starts, :ends, 20, 'COMPLETED') returning id""")
                .param("course", data.courseId("CLT-2"))
                .param("chapter", data.chapterId("TELCO"))
                .param("name", "CLT for " + email)
                .param("starts", today().minusDays(60))
                .param("ends", today().minusDays(59))
                .query(Long.class)
                .single();
        jdbc.sql(
                        "insert into enrolment (cohort_id, person_id, status, enrolled_at) values (:c, :p, 'COMPLETED', now())")
                .param("c", cohort)
                .param("p", person)
                .update();
        for (int day = 60; day >= 59; day--) {
            long session = jdbc.sql("""
                            insert into training_session (cohort_id, uid, starts_at, ends_at, venue)
                            values (:c, gen_random_uuid() || '@test', now() - make_interval(days => :d),
                                    now() - make_interval(days => :d) + interval '6 hours', 'Hall') returning id""")
                    .param("c", cohort)
                    .param("d", day)
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                            insert into attendance_mark (session_id, person_id, status, source, marked_at)
                            values (:s, :p, 'PRESENT', 'REGISTER', now())""").param("s", session).param("p", person).update();
        }
        return email;
    }

    private void confirmedOneToOnes(String email, int count) {
        jdbc.sql("""
                        insert into practice_entry (person_id, kind, occurred_on, status, created_at)
                        select :p, 'ONE_TO_ONE', :on, 'CONFIRMED', now() from generate_series(1, :n)""")
                .param("p", data.personId(email))
                .param("on", today().minusDays(3))
                .param("n", count)
                .update();
    }

    private void holds(String email, int rank) {
        jdbc.sql("""
                        insert into person_tier (person_id, tier_id, since) values (:p, (select id from tier where rank = :r), now())
                        on conflict (person_id) do update set tier_id = excluded.tier_id""").param("p", data.personId(email)).param("r", rank).update();
    }

    private int rankOf(String email) {
        return jdbc.sql("""
                        select coalesce((select t.rank from person_tier pt join tier t on t.id = pt.tier_id
                                         where pt.person_id = :p), 0)""")
                .param("p", data.personId(email))
                .query(Integer.class)
                .single();
    }

    private long reviewRequestedBy(String email) {
        signIn.as(email);
        long id = promotions.askForReview();
        SignIn.out();
        return id;
    }

    private List<String> auditActionsAbout(String subjectType, long subjectId) {
        return jdbc.sql("select action from audit_event where subject_type = :t and subject_id = :id order by id")
                .param("t", subjectType)
                .param("id", subjectId)
                .query(String.class)
                .list();
    }

    @Test
    void sixConfirmedOneToOnesAfterTheCourseMakeTier1AndTheLeadsApprovalPromotesAndTellsTheLeader() {
        String leader = trainedLeader();
        signIn.as(leader);
        List<Long> entries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            var form = new PracticeForm(PracticeKind.ONE_TO_ONE, today().minusDays(i), null, null, null, null, null, 0);
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

        assertThat(rankOf(leader)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from tier_history where request_id = :r")
                        .param("r", request)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        signIn.as(leader);
        assertThat(paths.myPath().current().rank()).isEqualTo(1);
        var notices = paths.myNotices();
        assertThat(notices).hasSize(1);
        assertThat(notices.getFirst().approved()).isTrue();
        assertThat(notices.getFirst().comment()).contains("six one-to-ones");
        paths.dismiss(notices.getFirst().id());
        assertThat(paths.myNotices()).isEmpty();

        assertThat(auditActionsAbout("promotion_request", request))
                .containsExactly("PROMOTION_REQUESTED", "PROMOTION_APPROVED");
        assertThat(auditActionsAbout("person", data.personId(leader))).contains("TIER_CHANGED");
        assertThat(auditActionsAbout("practice_entry", entries.getFirst()))
                .containsExactly("PRACTICE_LOGGED", "PRACTICE_CONFIRMED");
        assertThat(jdbc.sql("""
                        select p.email from audit_event e join person p on p.id = e.actor_id
                        where e.subject_type = 'promotion_request' and e.subject_id = :r and e.action = 'PROMOTION_APPROVED'""").param("r", request).query(String.class).single())
                .isEqualTo(DemoLogins.LEAD);

        String mail = inbox.await(message -> message.contains(leader)).orElseThrow();
        assertThat(mail).contains("Subject: You are now a Trained Leader").contains("six one-to-ones");
    }

    @Test
    void askingForAReviewBeforeEveryRequirementIsMetIsRefused() {
        String leader = trainedLeader();
        confirmedOneToOnes(leader, 5);
        signIn.as(leader);
        assertThat(paths.myPath().mayAskForReview()).isFalse();
        assertThatThrownBy(promotions::askForReview)
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("promotions.error.not-met");
    }

    @Test
    void aTraineeCannotReviewPracticeNorSeeOrDecidePromotions() {
        String leader = trainedLeader();
        confirmedOneToOnes(leader, 6);
        long request = reviewRequestedBy(leader);
        signIn.as(DemoLogins.TRAINER);
        long entry = jdbc.sql("""
                        insert into practice_entry (person_id, kind, occurred_on, status, created_at)
                        values (:p, 'HOUSE_MEETING', :on, 'SUBMITTED', now()) returning id""")
                .param("p", data.personId(leader))
                .param("on", today())
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
        assertThat(rankOf(leader)).isZero();
    }

    @Test
    void aLeadOfAnotherChapterCanNeitherSeeNorDecideNorReview() {
        String leader = trainedLeader();
        confirmedOneToOnes(leader, 6);
        long request = reviewRequestedBy(leader);
        signIn.as(leader);
        long entry =
                practice.log(new PracticeForm(PracticeKind.HOUSE_MEETING, today(), null, null, null, null, null, 0));

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
        assertThat(rankOf(leader)).isZero();
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
        String trained = trainedLeader();
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
        confirmedOneToOnes(lead, 6);
        long own = reviewRequestedBy(lead);
        signIn.as(lead);
        assertThat(promotions.detail(own).notYoursKey()).isEqualTo("promotions.not-yours.self");
        assertThatThrownBy(() -> promotions.approve(own, null)).isInstanceOf(AccessDeniedException.class);
        long mine =
                practice.log(new PracticeForm(PracticeKind.HOUSE_MEETING, today(), null, null, null, null, null, 0));
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
        assertThat(rankOf(nominee)).isEqualTo(1);
        assertThat(rankOf(lead)).isZero();
    }

    @Test
    void seniorLeaderNeedsTwoDifferentApproversTheSecondHoldingThatTier() {
        String leader = data.personWithLogin("TELCO", "TRAINEE");
        holds(leader, 2);
        signIn.as(DemoLogins.TRAINER);
        long request = promotions.nominate(data.personId(leader), "Chaired the assembly of 1,200");

        signIn.as(DemoLogins.LEAD);
        promotions.approve(request, "Yes");
        assertThat(rankOf(leader)).as("one of two approvals").isEqualTo(2);
        assertThat(promotions.detail(request).notYoursKey()).isEqualTo("promotions.not-yours.approved-already");
        assertThatThrownBy(() -> promotions.approve(request, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("promotions.not-yours.approved-already");

        String juniorLead = data.personWithLogin("TELCO", "CHAPTER_LEAD");
        holds(juniorLead, 1);
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
        assertThat(rankOf(leader)).isEqualTo(3);
        assertThat(auditActionsAbout("promotion_request", request))
                .containsExactly("PROMOTION_NOMINATED", "PROMOTION_APPROVAL_GIVEN", "PROMOTION_APPROVED");
    }

    @Test
    void twoLeadsDecidingTheSameRequestAtTheSameMomentDecideItOnce() throws Exception {
        String leader = trainedLeader();
        confirmedOneToOnes(leader, 6);
        long request = reviewRequestedBy(leader);
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
        assertThat(rankOf(leader)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from tier_history where request_id = :r")
                        .param("r", request)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(auditActionsAbout("promotion_request", request)).containsOnlyOnce("PROMOTION_APPROVED");
    }

    @Test
    void aRefusalNeedsACommentAndTheLeaderReadsIt() {
        String leader = trainedLeader();
        confirmedOneToOnes(leader, 6);
        long request = reviewRequestedBy(leader);
        signIn.as(DemoLogins.LEAD);
        assertThatThrownBy(() -> promotions.refuse(request, "  "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("promotions.error.refusal-comment");
        promotions.refuse(request, "Let us talk about the housing action first.");
        assertThat(rankOf(leader)).isZero();
        signIn.as(leader);
        assertThat(paths.myNotices()).singleElement().satisfies(notice -> {
            assertThat(notice.approved()).isFalse();
            assertThat(notice.comment()).isEqualTo("Let us talk about the housing action first.");
            assertThat(notice.decidedBy()).as("who said it").isEqualTo(leadName());
        });
        assertThat(paths.myPath().mayAskForReview())
                .as("refused, they may ask again")
                .isTrue();

        long notice = paths.myNotices().getFirst().id();
        signIn.as(DemoLogins.TRAINEE);
        paths.dismiss(notice);
        signIn.as(leader);
        assertThat(paths.myNotices()).as("someone else cannot dismiss it").hasSize(1);
    }

    @Test
    void aQueriedEntryIsCorrectedAndSubmittedAgainButAConfirmedOneNeverChanges() {
        String leader = trainedLeader();
        signIn.as(leader);
        long entry = practice.log(new PracticeForm(
                PracticeKind.PUBLIC_ACTION, today(), null, PracticeRole.SPEAKER, 200, 150, "not kept", 0));
        signIn.as(DemoLogins.TRAINER);
        assertThatThrownBy(() -> practice.query(entry, 0, ""))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("practice.error.comment");
        practice.query(entry, 0, "Was it 150 or 250?");

        signIn.as(leader);
        var queried = practice.mine(10).getFirst();
        assertThat(queried.status()).isEqualTo(PracticeStatus.QUERIED);
        assertThat(queried.reviewComment()).isEqualTo("Was it 150 or 250?");
        assertThat(queried.privateNote())
                .as("notes belong to one-to-ones and mentoring only")
                .isNull();
        practice.correct(
                entry,
                new PracticeForm(
                        PracticeKind.PUBLIC_ACTION,
                        today(),
                        null,
                        PracticeRole.SPEAKER,
                        200,
                        250,
                        null,
                        queried.version()));
        assertThat(practice.mine(10).getFirst().status()).isEqualTo(PracticeStatus.SUBMITTED);

        signIn.as(DemoLogins.TRAINER);
        var again = practice.waiting(PageRequest.of(0, 500)).stream()
                .filter(item -> item.id() == entry)
                .findFirst()
                .orElseThrow();
        assertThat(again.turnoutDelivered()).isEqualTo(250);
        practice.confirm(entry, again.version());

        signIn.as(leader);
        var confirmed = practice.mine(10).getFirst();
        assertThatThrownBy(() -> practice.correct(entry, confirmed.form()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("practice.error.confirmed");
        assertThat(auditActionsAbout("practice_entry", entry))
                .containsExactly("PRACTICE_LOGGED", "PRACTICE_QUERIED", "PRACTICE_RESUBMITTED", "PRACTICE_CONFIRMED");
    }

    @Test
    void hostileOrImpossibleEntriesAreRefusedWithAReason() {
        String leader = trainedLeader();
        signIn.as(leader);
        assertThatThrownBy(() -> practice.log(new PracticeForm(
                        PracticeKind.ONE_TO_ONE, today().plusDays(1), null, null, null, null, null, 0)))
                .hasMessage("practice.error.date");
        assertThatThrownBy(() -> practice.log(new PracticeForm(
                        PracticeKind.ONE_TO_ONE,
                        today(),
                        null,
                        null,
                        null,
                        null,
                        "=HYPERLINK(\"http://evil\")\u202E",
                        0)))
                .hasMessage("input.error.invisible-characters");
        assertThatThrownBy(() -> practice.log(
                        new PracticeForm(PracticeKind.PUBLIC_ACTION, today(), null, null, 10, 10, null, 0)))
                .hasMessage("practice.error.role");
        assertThatThrownBy(() -> practice.log(
                        new PracticeForm(PracticeKind.ONE_TO_ONE, today(), Long.MAX_VALUE, null, null, null, null, 0)))
                .hasMessage("practice.error.institution");
        long other = practice.log(new PracticeForm(PracticeKind.ONE_TO_ONE, today(), null, null, null, null, null, 0));
        signIn.as(data.personWithLogin("TELCO", "TRAINEE"));
        assertThatThrownBy(() -> practice.correct(
                        other, new PracticeForm(PracticeKind.ONE_TO_ONE, today(), null, null, null, null, null, 0)))
                .as("someone else's entry reads as not found")
                .hasMessage("practice.error.not-found");
    }

    @Test
    void aPrivateNoteIsReturnedToItsAuthorAloneByEveryServiceAndExport() throws Exception {
        String secret = "Worried about her landlord " + System.nanoTime();
        String leader = trainedLeader();
        signIn.as(leader);
        long entry =
                practice.log(new PracticeForm(PracticeKind.ONE_TO_ONE, today(), null, null, null, null, secret, 0));
        assertThat(practice.mine(5))
                .anySatisfy(item -> assertThat(item.privateNote()).isEqualTo(secret));
        String own = new String(
                personalData.exportMine(PersonalDataService.Format.JSON), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(own).contains(secret);

        assertThat(PracticeReviewItem.class.getRecordComponents())
                .extracting(java.lang.reflect.RecordComponent::getName)
                .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).contains("note"));
        signIn.as(DemoLogins.TRAINER);
        assertThat(practice.waiting(PageRequest.of(0, 500)).toString()).doesNotContain(secret);
        practice.confirm(entry, 0);
        confirmedOneToOnes(leader, 5);
        long request = reviewRequestedBy(leader);

        signIn.as(DemoLogins.LEAD);
        assertThat(promotions.detail(request).toString()).doesNotContain(secret);
        signIn.as(DemoLogins.ADMIN);
        for (var format : PersonalDataService.Format.values()) {
            String forAdmin = new String(
                    personalData.exportFor(data.personId(leader), format), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(forAdmin)
                    .as("an export made by an administrator, " + format)
                    .doesNotContain(secret);
        }
        assertThat(jdbc.sql("select count(*) from audit_event where details like :s")
                        .param("s", "%" + secret + "%")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void erasingALeaderRemovesTheirNotesAndTheReasonsAboutThemButKeepsTheirTierAndTheDecision() {
        String leader = trainedLeader();
        signIn.as(leader);
        practice.log(new PracticeForm(PracticeKind.ONE_TO_ONE, today(), null, null, null, null, "About the lift", 0));
        confirmedOneToOnes(leader, 6);
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

    @Test
    void myPathAndThePromotionsQueueRunAFixedNumberOfStatementsHoweverLongTheHistory() {
        String beginner = trainedLeader();
        confirmedOneToOnes(beginner, 1);
        String veteran = trainedLeader();
        confirmedOneToOnes(veteran, 300);
        jdbc.sql("""
                        insert into practice_entry (person_id, kind, occurred_on, status, created_at)
                        select :p, k, :on, 'SUBMITTED', now()
                        from unnest(array['HOUSE_MEETING', 'RESEARCH_ACTION', 'MENTORING']) as k, generate_series(1, 40)""")
                .param("p", data.personId(veteran))
                .param("on", today().minusDays(30))
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
        reviewRequestedBy(veteran);
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

    private String leadName() {
        return jdbc.sql("select full_name from person where email = :email")
                .param("email", DemoLogins.LEAD)
                .query(String.class)
                .single();
    }
}
