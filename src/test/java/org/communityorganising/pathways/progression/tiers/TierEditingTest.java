package org.communityorganising.pathways.progression.tiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.communityorganising.pathways.base.ConcurrentChangeException;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.communityorganising.pathways.progression.promotions.PromotionService;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Administrators edit the ladder; decisions already made keep the evidence they were made with. */
@IntegrationTest
class TierEditingTest {

    @Autowired
    TierService tiers;

    @Autowired
    PromotionService promotions;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    private TierForm original;
    private long tierId;

    @BeforeEach
    void remember() {
        signIn.as(DemoLogins.ADMIN);
        var trained = tiers.definitions().stream()
                .filter(t -> t.rank() == 1)
                .findFirst()
                .orElseThrow();
        tierId = trained.id();
        original = TierForm.of(trained);
    }

    @AfterEach
    void restore() {
        signIn.as(DemoLogins.ADMIN);
        var now = tiers.definitions().stream()
                .filter(t -> t.id() == tierId)
                .findFirst()
                .orElseThrow();
        tiers.edit(tierId, original.atVersion(now.version()));
        SignIn.out();
    }

    private TierForm withOneToOnes(TierForm form, int count) {
        List<Requirement> changed = new ArrayList<>();
        for (var requirement : form.requirements()) {
            changed.add(
                    requirement.kind() == RequirementKind.PRACTICE
                            ? Requirement.practice(PracticeKind.ONE_TO_ONE, count, null, false)
                            : requirement);
        }
        return new TierForm(
                form.nameEn(),
                form.nameCy(),
                form.summaryEn(),
                form.summaryCy(),
                form.approval(),
                changed,
                form.keepCount(),
                form.keepMonths(),
                form.keepWarningDays(),
                form.version());
    }

    @Test
    void raisingTheNumbersLeavesARequestsSnapshotAsItWasAndTodaysEvidenceShowsTheNewOnes() {
        String leader = data.personWithLogin("TELCO", "TRAINEE");
        signIn.as(DemoLogins.TRAINER);
        long request = promotions.nominate(data.personId(leader), "Ready");
        signIn.as(DemoLogins.LEAD);
        var before = promotions.detail(request);
        var practiceBefore = before.snapshot().results().stream()
                .filter(result -> result.requirement().kind() == RequirementKind.PRACTICE)
                .findFirst()
                .orElseThrow();
        assertThat(practiceBefore.need()).isEqualTo(6);

        signIn.as(DemoLogins.ADMIN);
        tiers.edit(tierId, withOneToOnes(original, 8));

        signIn.as(DemoLogins.LEAD);
        var after = promotions.detail(request);
        assertThat(after.snapshot()).as("frozen when requested").isEqualTo(before.snapshot());
        assertThat(after.today().results().stream()
                        .filter(result -> result.requirement().kind() == RequirementKind.PRACTICE)
                        .findFirst()
                        .orElseThrow()
                        .need())
                .isEqualTo(8);
        assertThat(jdbc.sql(
                                "select details from audit_event where action = 'TIER_EDITED' and subject_id = :t order by id desc limit 1")
                        .param("t", tierId)
                        .query(String.class)
                        .single())
                .contains("6 ONE_TO_ONE")
                .contains("8 ONE_TO_ONE");
    }

    @Test
    void onlyAdministratorsEditAndNonsenseIsRefused() {
        signIn.as(DemoLogins.LEAD);
        assertThatThrownBy(() -> tiers.edit(tierId, withOneToOnes(original, 1)))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoLogins.ADMIN);
        assertThatThrownBy(() -> tiers.edit(tierId, withOneToOnes(original, 0)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("tiers.error.requirement");
        var automatic = new TierForm(
                original.nameEn(),
                original.nameCy(),
                "",
                "",
                TierApproval.AUTOMATIC,
                List.of(),
                2,
                9,
                120,
                original.version());
        assertThatThrownBy(() -> tiers.edit(tierId, automatic)).hasMessage("tiers.error.approval");
        var ownRank = new TierForm(
                original.nameEn(),
                original.nameCy(),
                "",
                "",
                TierApproval.CHAPTER_LEAD,
                List.of(Requirement.tierHeld(1)),
                2,
                9,
                120,
                original.version());
        assertThatThrownBy(() -> tiers.edit(tierId, ownRank)).hasMessage("tiers.error.requirement");
        var stale = withOneToOnes(original, 7);
        tiers.edit(tierId, withOneToOnes(original, 6));
        assertThatThrownBy(() -> tiers.edit(tierId, stale)).isInstanceOf(ConcurrentChangeException.class);
    }
}
