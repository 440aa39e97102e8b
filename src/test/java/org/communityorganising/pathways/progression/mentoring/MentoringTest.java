package org.communityorganising.pathways.progression.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.privacy.PersonalDataService;
import org.communityorganising.pathways.progression.PathService;
import org.communityorganising.pathways.progression.tiers.LeaderAssessments;
import org.communityorganising.pathways.progression.tiers.RequirementKind;
import org.communityorganising.pathways.progression.tiers.RequirementState;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.LeaderFixtures;
import org.communityorganising.pathways.support.MutableClock;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.StatementCounter;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Mentoring pairs against the real database: who may pair whom, the two of a pair log and confirm
 * meetings and nobody else sees them, the Senior Leader requirement counts mentees with a confirmed
 * meeting (and mentoring logged as practice before pairs existed), overdue pairs, export and erasure.
 */
@IntegrationTest
class MentoringTest {

    @Autowired
    MentoringService mentoring;

    @Autowired
    LeaderAssessments assessments;

    @Autowired
    PathService paths;

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

    /** A TELCO person with a login holding the tier of this rank. */
    private String holding(int rank) {
        String email = data.personWithLogin("TELCO", "TRAINEE");
        if (rank > 0) {
            leaders.holds(email, rank);
        }
        return email;
    }

    private long pair(String mentor, String mentee) {
        signIn.as(DemoLogins.TRAINER);
        long id = mentoring.pair(data.personId(mentor), data.personId(mentee));
        SignIn.out();
        return id;
    }

    private MyPair only(String email) {
        signIn.as(email);
        var mine = mentoring.mine();
        assertThat(mine).hasSize(1);
        return mine.getFirst();
    }

    private org.communityorganising.pathways.progression.tiers.RequirementResult menteesRequirement(String email) {
        signIn.as(email);
        var towards = assessments.mine().towardsNext();
        assertThat(towards).isNotNull();
        return towards.results().stream()
                .filter(result -> result.requirement().kind() == RequirementKind.MENTEES)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theTwoLogAndConfirmMeetingsAndTwoTrainedLeadersMentoredMeetTheSeniorLeaderRequirement() {
        String mentor = holding(2);
        String first = holding(1);
        String second = holding(1);
        long pair = pair(mentor, first);

        var mine = only(mentor);
        assertThat(mine.asMentor()).isTrue();
        assertThat(mine.otherName()).isEqualTo("Test TRAINEE");
        assertThat(only(first).asMentor()).isFalse();

        // Three meetings: the mentor logs two, the mentee one; each is confirmed by the other.
        signIn.as(mentor);
        long a = mentoring.logMeeting(pair, new MeetingForm(leaders.today(), 60));
        long b = mentoring.logMeeting(pair, new MeetingForm(leaders.today(), 45));
        assertThatThrownBy(() -> mentoring.confirmMeeting(a)).hasMessage("mentoring.error.own-meeting");
        assertThat(menteesRequirement(mentor).state()).isEqualTo(RequirementState.MISSING);
        signIn.as(first);
        long c = mentoring.logMeeting(pair, new MeetingForm(leaders.today(), 30));
        mentoring.confirmMeeting(a);
        mentoring.confirmMeeting(b);
        assertThatThrownBy(() -> mentoring.confirmMeeting(b)).hasMessage("mentoring.error.confirmed");
        signIn.as(mentor);
        mentoring.confirmMeeting(c);
        assertThat(only(mentor).pair().confirmed()).isEqualTo(3);
        assertThat(only(first).meetings())
                .allSatisfy(meeting -> assertThat(meeting.confirmed()).isTrue());

        var oneOfTwo = menteesRequirement(mentor);
        assertThat(oneOfTwo.state()).isEqualTo(RequirementState.IN_PROGRESS);
        assertThat(oneOfTwo.have()).isEqualTo(1);
        assertThat(oneOfTwo.need()).isEqualTo(2);

        long other = pair(mentor, second);
        signIn.as(second);
        long d = mentoring.logMeeting(other, new MeetingForm(leaders.today(), 60));
        signIn.as(mentor);
        mentoring.confirmMeeting(d);
        assertThat(menteesRequirement(mentor).state()).isEqualTo(RequirementState.MET);
        assertThat(leaders.auditActionsAbout("person", data.personId(mentor)))
                .contains("MENTORING_MEETING_LOGGED", "MENTORING_MEETING_CONFIRMED");
    }

    @Test
    void mentoringLoggedAsPracticeBeforePairsExistedKeepsCountingOneEach() {
        String mentor = holding(2);
        jdbc.sql("""
                        insert into practice_entry (person_id, kind, occurred_on, status, created_at)
                        values (:p, 'MENTORING', :before, 'CONFIRMED', now()),
                               (:p, 'MENTORING', :today, 'CONFIRMED', now())""")
                .param("p", data.personId(mentor))
                .param("before", leaders.today().minusDays(30))
                .param("today", leaders.today().plusDays(1))
                .update();
        // The one before the day pairs arrived counts; one logged after it does not.
        clock.advance(Duration.ofDays(2));
        var result = menteesRequirement(mentor);
        assertThat(result.have()).isEqualTo(1);
        assertThat(result.state()).isEqualTo(RequirementState.IN_PROGRESS);
    }

    @Test
    void onlyTheTwoOfAPairSeeAndLogItsMeetings() {
        String mentor = holding(2);
        String mentee = holding(1);
        long pair = pair(mentor, mentee);
        signIn.as(mentor);
        long meeting = mentoring.logMeeting(pair, new MeetingForm(leaders.today(), 60));

        String stranger = holding(2);
        signIn.as(stranger);
        assertThat(mentoring.mine()).isEmpty();
        assertThatThrownBy(() -> mentoring.logMeeting(pair, new MeetingForm(leaders.today(), 60)))
                .hasMessage("mentoring.error.not-found");
        assertThatThrownBy(() -> mentoring.confirmMeeting(meeting)).hasMessage("mentoring.error.not-found");
        assertThatThrownBy(() -> mentoring.confirmMeeting(Long.MAX_VALUE)).hasMessage("mentoring.error.not-found");
        assertThatThrownBy(() -> mentoring.pair(data.personId(stranger), data.personId(mentee)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mentoring.menteesOf(java.util.List.of(data.personId(mentor))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mentoring.inChapter(data.chapterId("TELCO"), false, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        // A trainer of another chapter: the pair and its people read as unknown.
        signIn.as(data.personWithLogin("South London Citizens", "TRAINER"));
        assertThatThrownBy(() -> mentoring.pair(data.personId(stranger), data.personId(mentee)))
                .hasMessage("mentoring.error.no-person");
        var version = jdbc.sql("select version from mentoring_pair where id = :id")
                .param("id", pair)
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> mentoring.end(pair, PairOutcome.COMPLETED, version))
                .hasMessage("mentoring.error.not-found");
        assertThatThrownBy(() -> mentoring.inChapter(data.chapterId("TELCO"), false, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mentoring.menteesOf(java.util.List.of(data.personId(mentor))))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.out();
        assertThatThrownBy(() -> mentoring.mine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void pairingRulesAreCheckedInTheServiceAndBadMeetingsAreRefused() {
        String mentor = holding(2);
        String low = holding(1);
        String mentee = holding(0);
        signIn.as(DemoLogins.TRAINER);
        assertThatThrownBy(() -> mentoring.pair(data.personId(mentor), data.personId(mentor)))
                .hasMessage("mentoring.error.same-person");
        assertThatThrownBy(() -> mentoring.pair(data.personId(low), data.personId(mentee)))
                .hasMessage("mentoring.error.mentor-tier");
        long pair = mentoring.pair(data.personId(mentor), data.personId(mentee));
        assertThatThrownBy(() -> mentoring.pair(data.personId(mentor), data.personId(mentee)))
                .hasMessage("mentoring.error.already");
        mentoring.pair(data.personId(mentor), data.personId(holding(0)));
        mentoring.pair(data.personId(mentor), data.personId(holding(0)));
        String fourth = holding(0);
        signIn.as(DemoLogins.TRAINER);
        assertThatThrownBy(() -> mentoring.pair(data.personId(mentor), data.personId(fourth)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("mentoring.error.full");

        signIn.as(mentee);
        assertThatThrownBy(() -> mentoring.logMeeting(
                        pair, new MeetingForm(leaders.today().plusDays(1), 60)))
                .hasMessage("mentoring.error.date");
        assertThatThrownBy(() -> mentoring.logMeeting(
                        pair, new MeetingForm(leaders.today().minusDays(1), 60)))
                .as("before the pair began")
                .hasMessage("mentoring.error.date");
        assertThatThrownBy(() -> mentoring.logMeeting(pair, new MeetingForm(leaders.today(), 0)))
                .hasMessage("mentoring.error.minutes");
        assertThatThrownBy(() -> mentoring.logMeeting(pair, new MeetingForm(leaders.today(), 24 * 60 + 1)))
                .hasMessage("mentoring.error.minutes");

        // Two people end the same pair: the second is told it has ended, and nothing changes.
        signIn.as(DemoLogins.TRAINER);
        var item = mentoring.inChapter(data.chapterId("TELCO"), true, PageRequest.of(0, 500)).stream()
                .filter(p -> p.id() == pair)
                .findFirst()
                .orElseThrow();
        mentoring.end(pair, PairOutcome.COMPLETED, item.version());
        signIn.as(DemoLogins.LEAD);
        assertThatThrownBy(() -> mentoring.end(pair, PairOutcome.ENDED_EARLY, item.version()))
                .hasMessage("mentoring.error.ended");
        assertThat(jdbc.sql("select outcome from mentoring_pair where id = :id")
                        .param("id", pair)
                        .query(String.class)
                        .single())
                .isEqualTo("COMPLETED");
        signIn.as(mentee);
        assertThatThrownBy(() -> mentoring.logMeeting(pair, new MeetingForm(leaders.today(), 60)))
                .hasMessage("mentoring.error.ended");
        signIn.as(DemoLogins.TRAINER);
        // An ended pair frees its place.
        mentoring.pair(data.personId(mentor), data.personId(fourth));
    }

    @Test
    void aPairWithoutAConfirmedMeetingForThreeMonthsIsOverdueOnTheDashboard() {
        String mentor = holding(2);
        String mentee = holding(1);
        long pair = pair(mentor, mentee);
        signIn.as(DemoLogins.LEAD);
        long telco = data.chapterId("TELCO");
        assertThat(paths.overdueMentoring(telco)).noneMatch(p -> p.mentorId() == data.personId(mentor));
        // The demo's Patrick Flynn has not met Teresa Lynch for five months.
        assertThat(paths.overdueMentoring(telco))
                .anySatisfy(p -> assertThat(p.mentorName()).isEqualTo("Patrick Flynn"));

        clock.advance(Duration.ofDays(91));
        assertThat(paths.overdueMentoring(telco)).anyMatch(p -> p.mentorId() == data.personId(mentor));
        signIn.as(mentor);
        assertThat(only(mentor).pair().overdue()).isTrue();
        long meeting = mentoring.logMeeting(pair, new MeetingForm(leaders.today(), 60));
        signIn.as(mentee);
        mentoring.confirmMeeting(meeting);
        signIn.as(DemoLogins.LEAD);
        assertThat(paths.overdueMentoring(telco)).noneMatch(p -> p.mentorId() == data.personId(mentor));
        signIn.as(data.personWithLogin("South London Citizens", "CHAPTER_LEAD"));
        assertThatThrownBy(() -> paths.overdueMentoring(telco)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMentorsPageCostsTheSameStatementsWithOneMeetingOrTwenty() {
        String mentor = holding(2);
        String mentee = holding(1);
        long pair = pair(mentor, mentee);
        signIn.as(mentor);
        mentoring.logMeeting(pair, new MeetingForm(leaders.today(), 60));
        int few = StatementCounter.sqlOf(() -> mentoring.mine()).size();
        for (int i = 0; i < 19; i++) {
            mentoring.logMeeting(pair, new MeetingForm(leaders.today(), 30));
        }
        pair(mentor, holding(1));
        signIn.as(mentor);
        assertThat(StatementCounter.sqlOf(() -> mentoring.mine())).hasSize(few);
    }

    @Test
    void pairsAreExportedAndErasureEndsThemNamingNobody() {
        String mentor = holding(2);
        String mentee = holding(1);
        long pair = pair(mentor, mentee);
        signIn.as(mentee);
        mentoring.logMeeting(pair, new MeetingForm(leaders.today(), 50));
        String exported = new String(privacy.exportMine(PersonalDataService.Format.JSON), StandardCharsets.UTF_8);
        assertThat(exported).contains("MENTEE", "50");

        signIn.as(DemoLogins.ADMIN);
        privacy.erase(data.personId(mentee), "Test TRAINEE");
        assertThat(jdbc.sql("select outcome from mentoring_pair where id = :id")
                        .param("id", pair)
                        .query(String.class)
                        .single())
                .isEqualTo("ENDED_EARLY");
        signIn.as(mentor);
        assertThat(only(mentor).otherName()).isNotEqualTo("Test TRAINEE");
    }
}
