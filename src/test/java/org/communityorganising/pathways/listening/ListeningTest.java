package org.communityorganising.pathways.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.privacy.PersonalDataService;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.LeaderFixtures;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.StatementCounter;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Listening campaigns against the real database: a lead opens one, leaders of the chapter log
 * counts with tags and undo their own mistaps, progress and the tally add up, other chapters read
 * nothing, and nothing stored names anyone.
 */
@IntegrationTest
class ListeningTest {

    @Autowired
    ListeningService listening;

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

    @AfterEach
    void out() {
        SignIn.out();
    }

    private long telco() {
        return data.chapterId("TELCO");
    }

    private CampaignForm form(String name, String tags) {
        LocalDate today = leaders.today();
        return new CampaignForm(name, today.minusDays(1), today.plusDays(30), 10, 40, tags);
    }

    private long opened(String tags) {
        signIn.as(DemoLogins.LEAD);
        long id = listening.open(telco(), form("Test listening " + System.nanoTime(), tags));
        SignIn.out();
        return id;
    }

    private List<ListeningTag> tagsOf(long campaign, String leader) {
        signIn.as(leader);
        return listening.mine().stream()
                .filter(mine -> mine.campaign().id() == campaign)
                .findFirst()
                .orElseThrow()
                .tags();
    }

    @Test
    void leadersLogCountsWithTagsAndTheProgressAndTallyAddUp() {
        long campaign = opened("Housing\nwages\n\n  Wages \nYouth provision");
        String first = data.personWithLogin("TELCO", "TRAINEE");
        String second = data.personWithLogin("TELCO", "TRAINEE");
        var tags = tagsOf(campaign, first);
        assertThat(tags).extracting(ListeningTag::label).containsExactly("Housing", "wages", "Youth provision");
        long housing = tags.get(0).id();
        long wages = tags.get(1).id();

        signIn.as(first);
        for (int i = 0; i < 10; i++) {
            // A conversation is one person, whatever the form says.
            listening.log(
                    campaign,
                    new LogForm(ListeningKind.CONVERSATION, 7, i % 2 == 0 ? Set.of(housing) : Set.of(housing, wages)));
        }
        signIn.as(second);
        listening.log(campaign, new LogForm(ListeningKind.HOUSE_MEETING, 8, Set.of(wages)));
        var mine = listening.mine().stream()
                .filter(m -> m.campaign().id() == campaign)
                .findFirst()
                .orElseThrow();
        assertThat(mine.mine()).isEqualTo(8);
        assertThat(mine.today())
                .singleElement()
                .satisfies(line -> assertThat(line.tags()).isEqualTo("wages"));

        signIn.as(DemoLogins.TRAINER);
        var progress = listening.progress(campaign);
        assertThat(progress.campaign().people()).isEqualTo(18);
        assertThat(progress.campaign().leaders()).isEqualTo(2);
        assertThat(progress.leaders())
                .extracting(CampaignProgress.Leader::people)
                .containsExactly(10, 8);
        assertThat(progress.leaders().getFirst().conversations()).isEqualTo(10);
        assertThat(progress.leaders().get(1).houseMeetings()).isEqualTo(1);
        // Housing: ten conversations; wages: five conversations and a house meeting of eight.
        assertThat(progress.chapterTally()).containsExactly(10, 13, 0);
        assertThat(progress.institutions())
                .filteredOn(institution -> institution.id() == null)
                .singleElement()
                .satisfies(none -> assertThat(none.people()).isEqualTo(18));
        assertThat(progress.institutions())
                .anySatisfy(institution -> assertThat(institution.name()).isEqualTo("St Anne's Parish, Stratford"));
    }

    @Test
    void aCampaignIsCheckedWhenOpenedAndOnlyLeadsOfTheChapterOpenOrCloseIt() {
        signIn.as(DemoLogins.LEAD);
        LocalDate today = leaders.today();
        assertThatThrownBy(() -> listening.open(telco(), form("No tags", " \n ")))
                .hasMessage("listening.error.tags-typed");
        assertThatThrownBy(() -> listening.open(telco(), form("Too many", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13")))
                .hasMessage("listening.error.tags-typed");
        assertThatThrownBy(() -> listening.open(telco(), form("Long tag", "x".repeat(41))))
                .hasMessage("listening.error.tag");
        assertThatThrownBy(() -> listening.open(telco(), form("Bidi \u202Etag", "Housing")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> listening.open(
                        telco(), new CampaignForm("Backwards", today, today.minusDays(1), null, null, "Housing")))
                .hasMessage("listening.error.dates");
        assertThatThrownBy(() -> listening.open(
                        telco(), new CampaignForm("Too long", today, today.plusDays(367), null, null, "Housing")))
                .hasMessage("listening.error.dates");
        assertThatThrownBy(() ->
                        listening.open(telco(), new CampaignForm("Zero", today, today.plusDays(7), 0, null, "Housing")))
                .hasMessage("listening.error.target");

        signIn.as(DemoLogins.TRAINER);
        assertThatThrownBy(() -> listening.open(telco(), form("Trainer", "Housing")))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(data.personWithLogin("South London Citizens", "CHAPTER_LEAD"));
        assertThatThrownBy(() -> listening.open(telco(), form("Other chapter", "Housing")))
                .isInstanceOf(AccessDeniedException.class);
        long campaign = opened("Housing");
        signIn.as(data.personWithLogin("South London Citizens", "CHAPTER_LEAD"));
        assertThatThrownBy(() -> listening.close(campaign, 0)).hasMessage("listening.error.not-found");
        assertThatThrownBy(() -> listening.progress(campaign)).hasMessage("listening.error.not-found");
        assertThatThrownBy(() -> listening.campaigns(telco())).isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoLogins.LEAD);
        listening.close(campaign, 0);
        String leader = data.personWithLogin("TELCO", "TRAINEE");
        signIn.as(leader);
        long tag = jdbc.sql("select id from listening_tag where campaign_id = :c")
                .param("c", campaign)
                .query(Long.class)
                .single();
        // Closed today: it ran until today, so today's logs still go in; tomorrow's would not.
        listening.log(campaign, new LogForm(ListeningKind.CONVERSATION, 1, Set.of(tag)));
    }

    @Test
    void onlyTheChaptersPeopleLogOnlyWithItsTagsAndEachUndoesOnlyTheirOwnOfToday() {
        long campaign = opened("Housing\nWages");
        long other = opened("Safety");
        String leader = data.personWithLogin("TELCO", "TRAINEE");
        var tags = tagsOf(campaign, leader);
        long otherTag = tagsOf(other, leader).getFirst().id();

        signIn.as(leader);
        assertThatThrownBy(() -> listening.log(campaign, new LogForm(ListeningKind.CONVERSATION, 1, Set.of())))
                .hasMessage("listening.error.tags");
        assertThatThrownBy(() -> listening.log(campaign, new LogForm(ListeningKind.CONVERSATION, 1, Set.of(otherTag))))
                .hasMessage("listening.error.tags");
        assertThatThrownBy(() -> listening.log(
                        campaign,
                        new LogForm(
                                ListeningKind.HOUSE_MEETING,
                                501,
                                Set.of(tags.getFirst().id()))))
                .hasMessage("listening.error.people");
        long log = listening.log(
                campaign,
                new LogForm(
                        ListeningKind.CONVERSATION, 1, Set.of(tags.getFirst().id())));

        signIn.as(data.personWithLogin("TELCO", "TRAINEE"));
        assertThatThrownBy(() -> listening.remove(log)).hasMessage("listening.error.not-found");
        assertThatThrownBy(() -> listening.progress(campaign)).isInstanceOf(AccessDeniedException.class);
        signIn.as(data.personWithLogin("South London Citizens", "TRAINEE"));
        assertThat(listening.mine()).noneMatch(mine -> mine.campaign().id() == campaign);
        assertThatThrownBy(() -> listening.log(
                        campaign,
                        new LogForm(
                                ListeningKind.CONVERSATION,
                                1,
                                Set.of(tags.getFirst().id()))))
                .hasMessage("listening.error.not-found");

        signIn.as(leader);
        listening.remove(log);
        assertThat(jdbc.sql("select count(*) from listening_log where id = :id")
                        .param("id", log)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(leaders.auditActionsAbout("person", data.personId(leader)))
                .containsSubsequence("LISTENING_LOGGED", "LISTENING_LOG_REMOVED");

        // A campaign that has not started yet takes no logs.
        signIn.as(DemoLogins.LEAD);
        LocalDate today = leaders.today();
        long later = listening.open(
                telco(), new CampaignForm("Later", today.plusDays(3), today.plusDays(9), null, null, "Housing"));
        long laterTag = jdbc.sql("select id from listening_tag where campaign_id = :c")
                .param("c", later)
                .query(Long.class)
                .single();
        signIn.as(leader);
        assertThatThrownBy(() -> listening.log(later, new LogForm(ListeningKind.CONVERSATION, 1, Set.of(laterTag))))
                .hasMessage("listening.error.not-running");
        SignIn.out();
        assertThatThrownBy(() -> listening.mine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theProgressPageCostsTheSameStatementsWithOneLogOrForty() {
        long campaign = opened("Housing\nWages");
        String leader = data.personWithLogin("TELCO", "TRAINEE");
        long tag = tagsOf(campaign, leader).getFirst().id();
        signIn.as(leader);
        listening.log(campaign, new LogForm(ListeningKind.CONVERSATION, 1, Set.of(tag)));
        signIn.as(DemoLogins.LEAD);
        int few = StatementCounter.sqlOf(() -> listening.progress(campaign)).size();
        int fewMine = StatementCounter.sqlOf(() -> listening.mine()).size();
        for (int i = 0; i < 4; i++) {
            signIn.as(data.personWithLogin("TELCO", "TRAINEE"));
            for (int j = 0; j < 10; j++) {
                listening.log(campaign, new LogForm(ListeningKind.CONVERSATION, 1, Set.of(tag)));
            }
        }
        signIn.as(DemoLogins.LEAD);
        assertThat(StatementCounter.sqlOf(() -> listening.progress(campaign))).hasSize(few);
        assertThat(StatementCounter.sqlOf(() -> listening.mine())).hasSize(fewMine);
    }

    @Test
    void whatALeaderLoggedIsInTheirExportAndStaysCountedAfterErasure() {
        long campaign = opened("Housing");
        String leader = data.personWithLogin("TELCO", "TRAINEE");
        long tag = tagsOf(campaign, leader).getFirst().id();
        signIn.as(leader);
        listening.log(campaign, new LogForm(ListeningKind.HOUSE_MEETING, 12, Set.of(tag)));
        String exported = new String(privacy.exportMine(PersonalDataService.Format.JSON), StandardCharsets.UTF_8);
        assertThat(exported).contains("HOUSE_MEETING", "Housing");

        signIn.as(DemoLogins.ADMIN);
        privacy.erase(data.personId(leader), "Test TRAINEE");
        signIn.as(DemoLogins.LEAD);
        var progress = listening.progress(campaign);
        assertThat(progress.campaign().people()).isEqualTo(12);
        assertThat(progress.leaders()).noneMatch(line -> line.fullName().equals("Test TRAINEE"));
    }
}
