package org.communityorganising.pathways.progression.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.privacy.PersonalDataService;
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
import org.springframework.security.access.AccessDeniedException;

/** The practice log through the real service: as its author, as reviewers and as an attacker. */
@IntegrationTest
class PracticeServiceTest {

    @Autowired
    PracticeService practice;

    @Autowired
    PromotionService promotions;

    @Autowired
    PersonalDataService personalData;

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
    void aQueriedEntryIsCorrectedAndSubmittedAgainButAConfirmedOneNeverChanges() {
        String leader = fixtures.trainedLeader();
        signIn.as(leader);
        long entry = practice.log(new PracticeForm(
                PracticeKind.PUBLIC_ACTION,
                fixtures.today(),
                null,
                PracticeRole.SPEAKER,
                200,
                150,
                "not kept",
                null,
                0));
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
                        fixtures.today(),
                        null,
                        PracticeRole.SPEAKER,
                        200,
                        250,
                        null,
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
        assertThat(fixtures.auditActionsAbout("practice_entry", entry))
                .containsExactly("PRACTICE_LOGGED", "PRACTICE_QUERIED", "PRACTICE_RESUBMITTED", "PRACTICE_CONFIRMED");
    }

    @Test
    void hostileOrImpossibleEntriesAreRefusedWithAReason() {
        String leader = fixtures.trainedLeader();
        signIn.as(leader);
        assertThatThrownBy(() -> practice.log(new PracticeForm(
                        PracticeKind.ONE_TO_ONE, fixtures.today().plusDays(1), null, null, null, null, null, null, 0)))
                .hasMessage("practice.error.date");
        assertThatThrownBy(() -> practice.log(new PracticeForm(
                        PracticeKind.ONE_TO_ONE,
                        fixtures.today(),
                        null,
                        null,
                        null,
                        null,
                        "=HYPERLINK(\"http://evil\")\u202E",
                        null,
                        0)))
                .hasMessage("input.error.invisible-characters");
        assertThatThrownBy(() -> practice.log(new PracticeForm(
                        PracticeKind.PUBLIC_ACTION, fixtures.today(), null, null, 10, 10, null, null, 0)))
                .hasMessage("practice.error.role");
        assertThatThrownBy(() -> practice.log(new PracticeForm(
                        PracticeKind.ONE_TO_ONE, fixtures.today(), Long.MAX_VALUE, null, null, null, null, null, 0)))
                .hasMessage("practice.error.institution");
        long other = practice.log(
                new PracticeForm(PracticeKind.ONE_TO_ONE, fixtures.today(), null, null, null, null, null, null, 0));
        signIn.as(data.personWithLogin("TELCO", "TRAINEE"));
        assertThatThrownBy(() -> practice.correct(
                        other,
                        new PracticeForm(
                                PracticeKind.ONE_TO_ONE, fixtures.today(), null, null, null, null, null, null, 0)))
                .as("someone else's entry reads as not found")
                .hasMessage("practice.error.not-found");
    }

    @Test
    void aPrivateNoteIsReturnedToItsAuthorAloneByEveryServiceAndExport() throws Exception {
        String secret = "Worried about her landlord " + System.nanoTime();
        String leader = fixtures.trainedLeader();
        signIn.as(leader);
        long entry = practice.log(
                new PracticeForm(PracticeKind.ONE_TO_ONE, fixtures.today(), null, null, null, null, secret, null, 0));
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
        fixtures.confirmedOneToOnes(leader, 5);
        long request = fixtures.reviewRequestedBy(leader);

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
    void theFactsTheTierRulesCountAreOnesOwnOrThoseOfOnesChapterForStaffOnly() {
        String leader = data.personWithLogin("TELCO", "TRAINEE");
        fixtures.confirmedOneToOnes(leader, 2);
        long leaderId = data.personId(leader);

        signIn.as(leader);
        assertThat(practice.facts(leaderId)).hasSize(2);
        signIn.as(DemoLogins.TRAINEE);
        assertThatThrownBy(() -> practice.facts(leaderId))
                .as("another trainee")
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(data.personWithLogin("South London Citizens", "CHAPTER_LEAD"));
        assertThatThrownBy(() -> practice.facts(leaderId))
                .as("a lead of another chapter")
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoLogins.TRAINER);
        assertThat(practice.facts(leaderId)).as("a trainer of their chapter").hasSize(2);
    }
}
