package org.communityorganising.pathways.progression.tiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.communityorganising.pathways.privacy.PersonalDataService;
import org.communityorganising.pathways.progression.PathService;
import org.communityorganising.pathways.progression.practice.PracticeForm;
import org.communityorganising.pathways.progression.practice.PracticeService;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.LeaderFixtures;
import org.communityorganising.pathways.support.MutableClock;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Tiers kept by practice, against the real database: the standing job records renewal due and
 * lapsed, tells the leader and their trainer, keeps every state in the history; confirmed practice
 * restores the tier at once; leads see who needs practice in their own chapter only.
 */
@IntegrationTest
class TierStandingTest {

    @Autowired
    TierStandings standings;

    @Autowired
    TierService tiers;

    @Autowired
    PathService paths;

    @Autowired
    PracticeService practice;

    @Autowired
    PersonalDataService privacy;

    @Autowired
    LeaderFixtures leaders;

    @Autowired
    TestData data;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    /** A Trained Leader for two years, taught by the demo trainer, whose last practice was seven months ago. */
    private String quietLeader() {
        String email = leaders.trainedLeader();
        long person = data.personId(email);
        leaders.holds(email, 1);
        jdbc.sql("update person_tier set since = now() - interval '2 years' where person_id = :p")
                .param("p", person)
                .update();
        jdbc.sql("""
                        insert into cohort_trainer (cohort_id, person_id)
                        select e.cohort_id, t.id from enrolment e, person t
                        where e.person_id = :p and t.email = :trainer""").param("p", person).param("trainer", DemoLogins.TRAINER).update();
        jdbc.sql("""
                        insert into practice_entry (person_id, kind, occurred_on, status, created_at)
                        values (:p, 'ONE_TO_ONE', :on, 'CONFIRMED', now()), (:p, 'HOUSE_MEETING', :on, 'CONFIRMED', now())""")
                .param("p", person)
                .param("on", leaders.today().minusMonths(7))
                .update();
        return email;
    }

    private List<String> history(long person) {
        return jdbc.sql("select state from tier_standing_history where person_id = :p order by id")
                .param("p", person)
                .query(String.class)
                .list();
    }

    private int notices(long about) {
        return jdbc.sql("select count(*) from standing_notice where about_id = :p")
                .param("p", about)
                .query(Integer.class)
                .single();
    }

    @Test
    void sevenMonthsWithoutPracticeIsRenewalDueToldToTheLeaderAndTheirTrainerAndPracticeRestoresIt() {
        String leader = quietLeader();
        long person = data.personId(leader);

        signIn.as(leader);
        assertThat(paths.myPath().standing().state()).as("live, before the job").isEqualTo(StandingState.RENEWAL_DUE);
        SignIn.out();

        standings.refreshAll();
        assertThat(history(person)).containsExactly("RENEWAL_DUE");
        // Run again: nothing moved, nobody is told twice.
        standings.refreshAll();
        assertThat(history(person)).containsExactly("RENEWAL_DUE");
        assertThat(notices(person)).isEqualTo(2);

        signIn.as(leader);
        var mine = paths.myStandingReminders();
        assertThat(mine).singleElement().satisfies(reminder -> {
            assertThat(reminder.aboutMe()).isTrue();
            assertThat(reminder.lapsed()).isFalse();
            assertThat(reminder.keptUntil())
                    .isEqualTo(leaders.today().minusMonths(7).plusMonths(9));
        });
        long leadersNotice = mine.getFirst().id();

        assertThat(jdbc.sql("select person_id from standing_notice where about_id = :p order by id")
                        .param("p", person)
                        .query(Long.class)
                        .list())
                .containsExactly(person, data.personId(DemoLogins.TRAINER));
        signIn.as(DemoLogins.TRAINER);
        assertThat(paths.myStandingReminders())
                .isNotEmpty()
                .allSatisfy(reminder -> assertThat(reminder.aboutMe()).isFalse());
        // Nobody dismisses another's notice: the leader's stays unread.
        paths.dismissStandingReminder(leadersNotice);
        signIn.as(leader);
        assertThat(paths.myStandingReminders()).extracting(r -> r.id()).containsExactly(leadersNotice);
        paths.dismissStandingReminder(leadersNotice);
        assertThat(paths.myStandingReminders()).isEmpty();

        // Two entries logged and confirmed by the trainer keep the tier again, at once.
        long first = practice.log(PracticeForm.oneToOne(leaders.today()));
        long second = practice.log(PracticeForm.oneToOne(leaders.today()));
        signIn.as(DemoLogins.TRAINER);
        practice.confirm(first, 0);
        assertThat(history(person)).as("one is not enough").containsExactly("RENEWAL_DUE");
        practice.confirm(second, 0);
        assertThat(history(person)).containsExactly("RENEWAL_DUE", "ACTIVE");
        assertThat(leaders.auditActionsAbout("person", person)).contains("STANDING_RENEWAL_DUE", "STANDING_KEPT");

        // Ten months on without more, the tier has lapsed: still recorded, the history keeps every state.
        clock.advance(Duration.ofDays(310));
        standings.refreshAll();
        assertThat(history(person)).containsExactly("RENEWAL_DUE", "ACTIVE", "LAPSED");
        assertThat(leaders.rankOf(leader)).as("nothing is taken away").isEqualTo(1);
        signIn.as(leader);
        var path = paths.myPath();
        assertThat(path.standing().state()).isEqualTo(StandingState.LAPSED);
        assertThat(path.standing().needed()).isEqualTo(2);
        assertThat(paths.myStandingReminders())
                .singleElement()
                .satisfies(r -> assertThat(r.lapsed()).isTrue());
    }

    @Test
    void leadsSeeWhoNeedsPracticeInTheirOwnChapterOnly() {
        String leader = quietLeader();
        long person = data.personId(leader);
        standings.refreshAll();

        signIn.as(DemoLogins.LEAD);
        long telco = data.chapterId("TELCO");
        assertThat(tiers.needingPractice(telco))
                .filteredOn(line -> line.personId() == person)
                .singleElement()
                .satisfies(line -> assertThat(line.state()).isEqualTo(StandingState.RENEWAL_DUE));
        // The demo's lapsed Trained Leader comes first.
        assertThat(tiers.needingPractice(telco).getFirst().state()).isEqualTo(StandingState.LAPSED);

        String otherLead = data.personWithLogin("South London Citizens", "CHAPTER_LEAD");
        signIn.as(otherLead);
        assertThatThrownBy(() -> tiers.needingPractice(telco)).isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoLogins.TRAINER);
        assertThatThrownBy(() -> tiers.needingPractice(telco)).isInstanceOf(AccessDeniedException.class);
        signIn.as(leader);
        assertThatThrownBy(() -> tiers.needingPractice(telco)).isInstanceOf(AccessDeniedException.class);
        SignIn.out();
        assertThatThrownBy(() -> tiers.needingPractice(telco))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theStandingIsExportedAndErasureLeavesNoNoticeNamingThePerson() {
        String leader = quietLeader();
        long person = data.personId(leader);
        standings.refreshAll();
        assertThat(notices(person)).isEqualTo(2);

        signIn.as(leader);
        String exported = new String(privacy.exportMine(PersonalDataService.Format.JSON), StandardCharsets.UTF_8);
        assertThat(exported).contains("RENEWAL_DUE");

        signIn.as(DemoLogins.ADMIN);
        privacy.erase(person, "Test TRAINEE");
        assertThat(notices(person)).isZero();
        assertThat(history(person)).as("kept, naming nobody").containsExactly("RENEWAL_DUE");
    }

    @Test
    void administratorsSetTheKeepUpRuleWithTheTierAndNonsenseIsRefused() {
        signIn.as(DemoLogins.ADMIN);
        var trained = tiers.definitions().stream()
                .filter(t -> t.rank() == 1)
                .findFirst()
                .orElseThrow();
        var entry = tiers.definitions().getFirst();
        var original = TierForm.of(trained);
        var form = original;
        assertThat(trained.keepUp()).isNotNull();
        try {
            for (var numbers : List.of(
                    new Integer[] {0, 9, 120}, new Integer[] {2, 61, 120}, new Integer[] {2, 9, 366}, new Integer[] {
                        2, null, 120
                    })) {
                var bad = new TierForm(
                        form.nameEn(),
                        form.nameCy(),
                        form.summaryEn(),
                        form.summaryCy(),
                        form.approval(),
                        form.requirements(),
                        numbers[0],
                        numbers[1],
                        numbers[2],
                        form.version());
                assertThatThrownBy(() -> tiers.edit(trained.id(), bad)).hasMessage("tiers.error.keep-up");
            }
            var entryForm = TierForm.of(entry);
            var entryRule = new TierForm(
                    entryForm.nameEn(),
                    entryForm.nameCy(),
                    entryForm.summaryEn(),
                    entryForm.summaryCy(),
                    entryForm.approval(),
                    List.of(),
                    1,
                    6,
                    30,
                    entryForm.version());
            assertThatThrownBy(() -> tiers.edit(entry.id(), entryRule)).hasMessage("tiers.error.entry-keep-up");

            // Another warning is not a stricter rule: nobody's grace starts again.
            var sinceBefore = trained.keepUp().since();
            tiers.edit(
                    trained.id(),
                    new TierForm(
                            form.nameEn(),
                            form.nameCy(),
                            form.summaryEn(),
                            form.summaryCy(),
                            form.approval(),
                            form.requirements(),
                            2,
                            9,
                            60,
                            form.version()));
            var warned = tiers.definitions().stream()
                    .filter(t -> t.rank() == 1)
                    .findFirst()
                    .orElseThrow();
            assertThat(warned.keepUp()).isNotNull();
            assertThat(warned.keepUp().since()).isEqualTo(sinceBefore);
            form = TierForm.of(warned);

            // A stricter rule starts its own grace: nobody lapses the day it changes.
            String leader = quietLeader();
            signIn.as(DemoLogins.ADMIN);
            var stricter = new TierForm(
                    form.nameEn(),
                    form.nameCy(),
                    form.summaryEn(),
                    form.summaryCy(),
                    form.approval(),
                    form.requirements(),
                    3,
                    6,
                    30,
                    form.version());
            tiers.edit(trained.id(), stricter);
            var edited = tiers.definitions().stream()
                    .filter(t -> t.rank() == 1)
                    .findFirst()
                    .orElseThrow();
            assertThat(edited.keepUp()).isNotNull();
            assertThat(edited.keepUp().since()).isEqualTo(leaders.today());
            signIn.as(leader);
            assertThat(paths.myPath().standing().state()).isEqualTo(StandingState.ACTIVE);
            assertThat(paths.myPath().standing().keptUntil())
                    .isEqualTo(leaders.today().plusMonths(6));
        } finally {
            signIn.as(DemoLogins.ADMIN);
            var now = tiers.definitions().stream()
                    .filter(t -> t.rank() == 1)
                    .findFirst()
                    .orElseThrow();
            tiers.edit(trained.id(), original.atVersion(now.version()));
            // Back to the demo's rule and its two years in place.
            jdbc.sql("update tier set keep_since = :since where id = :id")
                    .param(
                            "since",
                            java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(730))))
                    .param("id", trained.id())
                    .update();
            standings.refreshAll();
        }
    }

    @Test
    void theLadderSaysHowEachTierIsKept() {
        signIn.as(DemoLogins.TRAINEE);
        assertThat(tiers.definitions())
                .filteredOn(t -> t.rank() >= 1)
                .allSatisfy(tier -> assertThat(tier.keepUp())
                        .isEqualTo(new KeepUp(2, 9, 120, tier.keepUp().since())));
        assertThat(tiers.definitions().getFirst().keepUp()).isNull();
    }
}
