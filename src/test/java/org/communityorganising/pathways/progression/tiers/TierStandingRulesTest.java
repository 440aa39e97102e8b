package org.communityorganising.pathways.progression.tiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.communityorganising.pathways.progression.practice.PracticeFact;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.communityorganising.pathways.progression.practice.PracticeStatus;
import org.junit.jupiter.api.Test;

/** The keep-up rule alone: two confirmed entries in nine months, renewal due 120 days before. */
class TierStandingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final KeepUp RULE = new KeepUp(2, 9, 120, LocalDate.of(2024, 1, 1));
    private static final LocalDate LONG_AGO = LocalDate.of(2023, 6, 1);

    private static Standing standing(LocalDate... confirmed) {
        return TierRules.standing(RULE, LONG_AGO, List.of(confirmed), TODAY);
    }

    @Test
    void twoRecentEntriesKeepTheTierUntilNineMonthsAfterTheOlderOfThem() {
        var standing = standing(TODAY.minusDays(10), TODAY.minusDays(40));
        assertThat(standing.state()).isEqualTo(StandingState.ACTIVE);
        assertThat(standing.keptUntil()).isEqualTo(TODAY.minusDays(40).plusMonths(9));
        assertThat(standing.needed()).isZero();
    }

    @Test
    void sevenMonthsWithoutPracticeIsRenewalDueAndOneEntryTodayWouldNotBeEnough() {
        var standing = standing(TODAY.minusMonths(7), TODAY.minusMonths(7).minusDays(5));
        assertThat(standing.state()).isEqualTo(StandingState.RENEWAL_DUE);
        assertThat(standing.keptUntil())
                .isEqualTo(TODAY.minusMonths(7).minusDays(5).plusMonths(9));
        // One entry today leaves the older of the two at seven months: still due.
        assertThat(standing.needed()).isEqualTo(2);
    }

    @Test
    void oneRecentEntryAndOneOldIsRenewalDueAndOneMoreEntryRenewsIt() {
        var standing = standing(TODAY.minusDays(3), TODAY.minusMonths(8));
        assertThat(standing.state()).isEqualTo(StandingState.RENEWAL_DUE);
        assertThat(standing.needed()).isEqualTo(1);
    }

    @Test
    void theLastDayKeptIsKeptAndTheNextHasLapsed() {
        LocalDate older = TODAY.minusMonths(9);
        assertThat(standing(older, older).state()).isEqualTo(StandingState.RENEWAL_DUE);
        assertThat(standing(older.minusDays(1), older.minusDays(1)).state()).isEqualTo(StandingState.LAPSED);
    }

    @Test
    void unconfirmedAndFuturePracticeDoNotCount() {
        var facts = List.of(
                new PracticeFact(PracticeKind.ONE_TO_ONE, TODAY.minusDays(2), PracticeStatus.SUBMITTED, null, 0),
                new PracticeFact(PracticeKind.ONE_TO_ONE, TODAY.minusDays(3), PracticeStatus.QUERIED, null, 0),
                new PracticeFact(PracticeKind.ONE_TO_ONE, TODAY.minusDays(4), PracticeStatus.CONFIRMED, null, 0));
        var days = TierRules.confirmedDays(facts);
        assertThat(days).containsExactly(TODAY.minusDays(4));
        var withFuture = new java.util.ArrayList<>(days);
        withFuture.add(TODAY.plusDays(1));
        assertThat(TierRules.standing(RULE, LONG_AGO, withFuture, TODAY).state())
                .isEqualTo(StandingState.LAPSED);
    }

    @Test
    void nobodyLapsesSoonerThanTheWindowAfterReachingTheTierOrAfterTheRuleChanged() {
        var promoted = TierRules.standing(RULE, TODAY.minusMonths(2), List.of(), TODAY);
        assertThat(promoted.state()).isEqualTo(StandingState.ACTIVE);
        assertThat(promoted.keptUntil()).isEqualTo(TODAY.plusMonths(7));

        var newRule = new KeepUp(2, 9, 120, TODAY.minusMonths(6));
        var underNewRule = TierRules.standing(newRule, LONG_AGO, List.of(), TODAY);
        assertThat(underNewRule.state()).isEqualTo(StandingState.RENEWAL_DUE);
        assertThat(underNewRule.keptUntil()).isEqualTo(TODAY.plusMonths(3));
    }

    @Test
    void aMonthEndEntryIsKeptAsLongAsThePracticeWindowStillCountsIt() {
        // 30 June + 9 months is 30 March; on 31 March the practice rule still counts 30 June.
        assertThat(TierRules.lastDayCounted(LocalDate.of(2027, 6, 30), 9)).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(TierRules.lastDayCounted(LocalDate.of(2027, 1, 15), 9)).isEqualTo(LocalDate.of(2027, 10, 15));
        var rule = new KeepUp(1, 9, 0, LocalDate.of(2020, 1, 1));
        assertThat(TierRules.standing(rule, LONG_AGO, List.of(LocalDate.of(2027, 6, 30)), LocalDate.of(2028, 3, 31))
                        .state())
                .isEqualTo(StandingState.RENEWAL_DUE);
    }

    @Test
    void aWarningAsLongAsTheWindowIsRefusedAndOnlyAStricterRuleIsStricter() {
        assertThat(KeepUp.valid(2, 1, 27)).isTrue();
        assertThat(KeepUp.valid(2, 1, 28)).isFalse();
        assertThat(KeepUp.valid(2, 12, 365)).isFalse();
        var rule = new KeepUp(2, 9, 120, LONG_AGO);
        assertThat(new KeepUp(3, 9, 120, LONG_AGO).stricterThan(rule)).isTrue();
        assertThat(new KeepUp(2, 6, 120, LONG_AGO).stricterThan(rule)).isTrue();
        assertThat(new KeepUp(2, 9, 30, LONG_AGO).stricterThan(rule)).isFalse();
        assertThat(new KeepUp(1, 12, 120, LONG_AGO).stricterThan(rule)).isFalse();
    }

    @Test
    void aTierWithoutARuleIsKeptWhateverHappens() {
        assertThat(TierRules.standing(null, LONG_AGO, List.of(), TODAY)).isEqualTo(Standing.KEPT);
    }
}
