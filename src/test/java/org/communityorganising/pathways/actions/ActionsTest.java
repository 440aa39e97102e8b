package org.communityorganising.pathways.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import org.communityorganising.pathways.attendance.CheckInCode;
import org.communityorganising.pathways.privacy.PersonalDataService;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Actions and assemblies against the real database: the turnout ledger (pledges, check-ins with
 * the rotating code, walk-ins, leaders credited), named roles counting for the ladder, the roll
 * call, quorum and one vote per institution, and nobody of another chapter reading or writing any
 * of it.
 */
@IntegrationTest
class ActionsTest {

    @Autowired
    ActionService actions;

    @Autowired
    LeaderAssessments assessments;

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

    private long telco() {
        return data.chapterId("TELCO");
    }

    private long institution(String name) {
        return jdbc.sql("select id from institution where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    /** An action of TELCO starting within the hour, so that its doors are open now. */
    private long startingSoon(ActionKind kind, Long campaign) {
        var start = clock.londonNowWithRoomBeforeMidnight().plusMinutes(30);
        var end = start.plusHours(2);
        signIn.as(DemoLogins.LEAD);
        long id = actions.create(
                telco(),
                new ActionForm(
                        kind,
                        "Test " + kind + " " + System.nanoTime(),
                        "",
                        "St Anne's Hall",
                        start.toLocalDate(),
                        start.toLocalTime(),
                        end.toLocalTime(),
                        campaign,
                        kind == ActionKind.DELEGATES_ASSEMBLY ? 50 : null));
        SignIn.out();
        return id;
    }

    private String code(long action) {
        signIn.as(DemoLogins.TRAINER);
        String code = actions.currentCode(action).code();
        SignIn.out();
        return code;
    }

    @Test
    void pledgesCheckInsAndWalkInsMakeThePledgedAgainstDeliveredLedger() {
        long action = startingSoon(ActionKind.ASSEMBLY, null);
        long stAnnes = institution("St Anne's Parish, Stratford");
        long mosque = institution("Bow Community Mosque");
        String leader = data.personWithLogin("TELCO", "TRAINEE");
        leaders.holds(leader, 1);
        signIn.as(DemoLogins.TRAINER);
        actions.pledge(action, stAnnes, 10);
        actions.pledge(action, mosque, 5);
        actions.pledgeByLeader(action, data.personId(leader), 4);
        String code = actions.currentCode(action).code();

        // Thirty people check in from their phones: their own institution, some brought by the leader.
        for (int i = 0; i < 30; i++) {
            signIn.as(data.personWithLogin("TELCO", "TRAINEE"));
            assertThat(actions.checkIn(action, code, i < 20 ? stAnnes : mosque, i < 3 ? data.personId(leader) : null))
                    .isTrue();
            assertThat(actions.checkIn(action, code, stAnnes, null))
                    .as("once only")
                    .isFalse();
        }
        signIn.as(DemoLogins.TRAINER);
        actions.addWalkIns(action, mosque, 2, data.personId(leader));
        var detail = actions.detail(action);
        assertThat(detail.action().pledged()).isEqualTo(15);
        assertThat(detail.action().delivered()).isEqualTo(32);
        assertThat(detail.walkIns()).isEqualTo(2);
        assertThat(detail.institutions())
                .filteredOn(line -> line.id() == stAnnes)
                .singleElement()
                .satisfies(line ->
                        assertThat(line.pledged() + "/" + line.delivered()).isEqualTo("10/20"));
        assertThat(detail.institutions())
                .filteredOn(line -> line.id() == mosque)
                .singleElement()
                .satisfies(line ->
                        assertThat(line.pledged() + "/" + line.delivered()).isEqualTo("5/12"));
        assertThat(detail.leaders())
                .singleElement()
                .satisfies(line ->
                        assertThat(line.pledged() + "/" + line.brought()).isEqualTo("4/5"));
    }

    @Test
    void aWrongOrStaleCodeIsRefusedAndFiveLockThePersonOut() {
        long action = startingSoon(ActionKind.PUBLIC_ACTION, null);
        String code = code(action);
        String person = data.personWithLogin("TELCO", "TRAINEE");
        signIn.as(person);
        String wrong = code.equals("000000") ? "000001" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> actions.checkIn(action, wrong, null, null)).hasMessage("checkin.error.wrong-code");
        }
        assertThatThrownBy(() -> actions.checkIn(action, code, null, null)).hasMessage("checkin.error.too-many");

        String other = data.personWithLogin("TELCO", "TRAINEE");
        signIn.as(other);
        // Two minutes later a scanned code still works (time to fill the page in); three later it does not.
        clock.advance(Duration.ofSeconds(CheckInCode.STEP_SECONDS * 5L));
        assertThatThrownBy(() -> actions.checkIn(action, code, null, null)).hasMessage("checkin.error.wrong-code");
        String secret = jdbc.sql("select secret from action_check_in_secret where action_id = :a")
                .param("a", action)
                .query(String.class)
                .single();
        String fresh = CheckInCode.current(HexFormat.of().parseHex(secret), clock.instant());
        assertThatThrownBy(() -> actions.checkIn(action, fresh, null, data.personId(other)))
                .as("nobody brought themselves")
                .hasMessage("actions.error.brought-by");
        assertThat(actions.checkIn(action, fresh, null, null)).isTrue();

        // After the end the doors are closed.
        clock.advance(Duration.ofHours(4));
        signIn.as(data.personWithLogin("TELCO", "TRAINEE"));
        assertThatThrownBy(() -> actions.checkIn(action, fresh, null, null)).hasMessage("actions.error.doors-closed");
    }

    @Test
    void anotherChaptersPeopleNeitherReadNorWriteTheLedger() {
        long action = startingSoon(ActionKind.ASSEMBLY, null);
        String code = code(action);
        long stAnnes = institution("St Anne's Parish, Stratford");
        signIn.as(data.personWithLogin("South London Citizens", "TRAINEE"));
        assertThatThrownBy(() -> actions.checkInOptions(action)).hasMessage("actions.error.not-found");
        assertThatThrownBy(() -> actions.checkIn(action, code, null, null)).hasMessage("actions.error.not-found");
        signIn.as(data.personWithLogin("South London Citizens", "CHAPTER_LEAD"));
        assertThatThrownBy(() -> actions.detail(action)).hasMessage("actions.error.not-found");
        assertThatThrownBy(() -> actions.pledge(action, stAnnes, 3)).hasMessage("actions.error.not-found");
        assertThatThrownBy(() -> actions.currentCode(action)).hasMessage("actions.error.not-found");
        assertThatThrownBy(() -> actions.actions(telco())).isInstanceOf(AccessDeniedException.class);
        signIn.as(data.personWithLogin("TELCO", "TRAINEE"));
        assertThatThrownBy(() -> actions.detail(action)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.currentCode(action)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.addWalkIns(action, null, 3, null)).isInstanceOf(AccessDeniedException.class);
        // A TELCO person credited to another chapter's institution is refused.
        long other = jdbc.sql("""
                        select i.id from institution i join chapter c on c.id = i.chapter_id
                        where c.name = 'South London Citizens' limit 1""").query(Long.class).single();
        assertThatThrownBy(() -> actions.checkIn(action, code, other, null)).hasMessage("actions.error.institution");
        SignIn.out();
        assertThatThrownBy(() -> actions.checkInOptions(action))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aNamedRoleRecordedAtAnActionWithTurnoutCountsForSeniorLeader() {
        long action = startingSoon(ActionKind.PUBLIC_ACTION, null);
        String candidate = data.personWithLogin("TELCO", "TRAINEE");
        leaders.holds(candidate, 2);
        signIn.as(DemoLogins.TRAINER);
        actions.recordRole(action, data.personId(candidate), NamedRole.SPEAKER);
        assertThat(namedRole(candidate)).as("nobody came yet").isEqualTo(RequirementState.MISSING);
        signIn.as(DemoLogins.TRAINER);
        actions.addWalkIns(action, null, 25, null);
        assertThat(namedRole(candidate)).isEqualTo(RequirementState.MET);
        signIn.as(DemoLogins.TRAINER);
        // Two roles at one action are one public action, not two.
        actions.recordRole(action, data.personId(candidate), NamedRole.CHAIR);
        assertThat(actions.namedRolesOf(List.of(data.personId(candidate))).get(data.personId(candidate)))
                .hasSize(1);
        actions.removeRole(action, data.personId(candidate), NamedRole.SPEAKER);
        actions.removeRole(action, data.personId(candidate), NamedRole.CHAIR);
        assertThat(namedRole(candidate)).isEqualTo(RequirementState.MISSING);

        // Nobody records their own role: it would count for their own tier.
        signIn.as(DemoLogins.TRAINER);
        assertThatThrownBy(() -> actions.recordRole(action, data.personId(DemoLogins.TRAINER), NamedRole.SPEAKER))
                .hasMessage("actions.error.own-role");
    }

    @Test
    void theDoorsOpenTwoHoursBeforeTheStartAndOnlyLeadersBringPeople() {
        signIn.as(DemoLogins.LEAD);
        var day = leaders.today().plusDays(5);
        long later = actions.create(
                telco(),
                new ActionForm(
                        ActionKind.ASSEMBLY,
                        "Later " + System.nanoTime(),
                        "",
                        "Hall",
                        day,
                        LocalTime.of(19, 0),
                        LocalTime.of(20, 0),
                        null,
                        null));
        assertThatThrownBy(() -> actions.currentCode(later)).hasMessage("actions.error.doors-closed");
        signIn.as(data.personWithLogin("TELCO", "TRAINEE"));
        assertThatThrownBy(() -> actions.checkInOptions(later)).hasMessage("actions.error.doors-closed");

        long now = startingSoon(ActionKind.ASSEMBLY, null);
        String code = code(now);
        String newcomer = data.personWithLogin("TELCO", "TRAINEE");
        signIn.as(data.personWithLogin("TELCO", "TRAINEE"));
        assertThatThrownBy(() -> actions.checkIn(now, code, null, data.personId(newcomer)))
                .as("a participant, not a leader")
                .hasMessage("actions.error.brought-by");
        signIn.as(DemoLogins.TRAINER);
        assertThatThrownBy(() -> actions.pledgeByLeader(now, data.personId(newcomer), 3))
                .hasMessage("actions.error.leader");
    }

    private RequirementState namedRole(String email) {
        signIn.as(email);
        var towards = assessments.mine().towardsNext();
        assertThat(towards).isNotNull();
        return towards.results().stream()
                .filter(result -> result.requirement().kind() == RequirementKind.PRACTICE
                        && result.requirement().namedRole())
                .findFirst()
                .orElseThrow()
                .state();
    }

    @Test
    void aDelegatesAssemblyTakesTheRollCallShowsTheQuorumAndTakesOneVotePerInstitution() {
        long campaign = jdbc.sql("select id from listening_campaign where name = 'Autumn listening'")
                .query(Long.class)
                .single();
        long action = startingSoon(ActionKind.DELEGATES_ASSEMBLY, campaign);
        List<Long> issues = jdbc.sql("select id from listening_tag where campaign_id = :c order by position")
                .param("c", campaign)
                .query(Long.class)
                .list();
        long stAnnes = institution("St Anne's Parish, Stratford");
        long mosque = institution("Bow Community Mosque");
        long college = institution("Newham Sixth Form College");
        signIn.as(DemoLogins.LEAD);
        var before = actions.detail(action);
        assertThat(before.quorate()).isFalse();
        assertThatThrownBy(() -> actions.vote(action, stAnnes, issues.getFirst()))
                .hasMessage("actions.error.not-present");
        for (long institution : List.of(stAnnes, mosque, college)) {
            actions.rollCall(action, institution, true);
        }
        actions.vote(action, stAnnes, issues.get(0));
        actions.vote(action, mosque, issues.get(1));
        actions.vote(action, mosque, issues.get(0));
        long otherIssue = jdbc.sql("select id from listening_tag where campaign_id <> :c limit 1")
                .param("c", campaign)
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> actions.vote(action, college, otherIssue)).hasMessage("actions.error.issue");
        var detail = actions.detail(action);
        assertThat(detail.present()).isEqualTo(3);
        assertThat(detail.quorum()).isEqualTo((detail.institutions().size() + 1) / 2);
        assertThat(detail.issues().getFirst().votes())
                .as("one vote per institution, the latest")
                .isEqualTo(2);
        assertThat(detail.issues().get(1).votes()).isZero();
        // Leaving the roll call withdraws the institution's vote.
        actions.rollCall(action, mosque, false);
        assertThat(actions.detail(action).issues().getFirst().votes()).isEqualTo(1);

        long plain = startingSoon(ActionKind.ASSEMBLY, null);
        signIn.as(DemoLogins.LEAD);
        assertThatThrownBy(() -> actions.rollCall(plain, stAnnes, true)).hasMessage("actions.error.not-delegates");
    }

    @Test
    void anActionIsCheckedWhenCreatedAndItsLedgerCostsTheSameStatementsAtAnyTurnout() {
        signIn.as(DemoLogins.LEAD);
        var day = leaders.today().plusDays(3);
        assertThatThrownBy(() -> actions.create(
                        telco(),
                        new ActionForm(
                                ActionKind.ASSEMBLY,
                                "Backwards",
                                "",
                                "Hall",
                                day,
                                LocalTime.of(20, 0),
                                LocalTime.of(19, 0),
                                null,
                                null)))
                .hasMessage("actions.error.times");
        assertThatThrownBy(() -> actions.create(
                        telco(),
                        new ActionForm(
                                ActionKind.ASSEMBLY,
                                "Bad\u0000title",
                                "",
                                "Hall",
                                day,
                                LocalTime.of(19, 0),
                                LocalTime.of(20, 0),
                                null,
                                null)))
                .isInstanceOf(org.communityorganising.pathways.base.InvalidInputException.class);
        long southLondonCampaign = jdbc.sql("""
                        insert into listening_campaign (chapter_id, name, starts_on, ends_on, created_at)
                        select id, 'Elsewhere', current_date, current_date + 7, now() from chapter where name = 'South London Citizens'
                        returning id""").query(Long.class).single();
        jdbc.sql("insert into listening_tag (campaign_id, position, label) values (:c, 1, 'X')")
                .param("c", southLondonCampaign)
                .update();
        assertThatThrownBy(() -> actions.create(
                        telco(),
                        new ActionForm(
                                ActionKind.DELEGATES_ASSEMBLY,
                                "Theirs",
                                "",
                                "Hall",
                                day,
                                LocalTime.of(19, 0),
                                LocalTime.of(20, 0),
                                southLondonCampaign,
                                50)))
                .hasMessage("actions.error.campaign");

        long action = startingSoon(ActionKind.ASSEMBLY, null);
        signIn.as(DemoLogins.TRAINER);
        actions.addWalkIns(action, institution("Bow Community Mosque"), 1, null);
        int few = StatementCounter.sqlOf(() -> actions.detail(action)).size();
        actions.addWalkIns(action, institution("St Anne's Parish, Stratford"), 200, null);
        actions.pledgeByLeader(action, data.personId(DemoLogins.LEAD), 3);
        assertThat(StatementCounter.sqlOf(() -> actions.detail(action))).hasSize(few);
    }

    @Test
    void whereAPersonCameIsInTheirExportAndTheTurnoutStaysAfterErasure() {
        long action = startingSoon(ActionKind.ASSEMBLY, null);
        String code = code(action);
        String person = data.personWithLogin("TELCO", "TRAINEE");
        signIn.as(person);
        actions.checkIn(action, code, institution("Bow Community Mosque"), null);
        String exported = new String(privacy.exportMine(PersonalDataService.Format.JSON), StandardCharsets.UTF_8);
        assertThat(exported).contains("Bow Community Mosque", "CHECK_IN");
        signIn.as(DemoLogins.ADMIN);
        privacy.erase(data.personId(person), "Test TRAINEE");
        signIn.as(DemoLogins.LEAD);
        assertThat(actions.detail(action).action().delivered()).isEqualTo(1);
    }
}
