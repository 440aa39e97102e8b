package org.communityorganising.pathways.progression;

import java.util.Arrays;
import java.util.List;
import org.communityorganising.pathways.progression.practice.PracticeFact;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.communityorganising.pathways.progression.practice.PracticeStatus;
import org.communityorganising.pathways.progression.promotions.PromotionService;
import org.communityorganising.pathways.progression.tiers.LeaderAssessments;
import org.communityorganising.pathways.progression.tiers.TierService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A leader's own path up the ladder, composed from progression's parts: where they stand and how
 * far they are (tiers, from practice and attendance), their practice counts and any open request.
 * Also what the rest of the application reads of progression (the home page): the person's tier
 * and the notices of decisions about them, in progression's own published types.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PathService {

    private final LeaderAssessments assessments;
    private final TierService tiers;
    private final PromotionService promotions;

    PathService(LeaderAssessments assessments, TierService tiers, PromotionService promotions) {
        this.assessments = assessments;
        this.tiers = tiers;
        this.promotions = promotions;
    }

    public MyPath myPath() {
        var me = assessments.mine();
        return new MyPath(
                me.current(),
                me.record().tierSince(),
                me.next(),
                me.towardsNext(),
                me.courses(),
                counts(me.practice()),
                tiers.myHistory(),
                promotions.myOpenRequest());
    }

    /** The signed-in person's tier, for the rest of the application. */
    public TierName myTier() {
        var tier = tiers.myTier();
        return new TierName(tier.nameEn(), tier.nameCy());
    }

    /** Unread notices of decisions about the signed-in person, newest first. */
    public List<DecisionNotice> myNotices() {
        return promotions.myNotices().stream().map(DecisionNotice::of).toList();
    }

    /** Dismisses one of the signed-in person's own notices (anyone else's is left alone). */
    @Transactional
    public void dismiss(long noticeId) {
        promotions.dismiss(noticeId);
    }

    private static List<MyPath.PracticeCount> counts(List<PracticeFact> facts) {
        int[][] counts = new int[PracticeKind.values().length][PracticeStatus.values().length];
        for (var fact : facts) {
            counts[fact.kind().ordinal()][fact.status().ordinal()]++;
        }
        return Arrays.stream(PracticeKind.values())
                .map(kind -> new MyPath.PracticeCount(
                        kind,
                        counts[kind.ordinal()][PracticeStatus.CONFIRMED.ordinal()],
                        counts[kind.ordinal()][PracticeStatus.SUBMITTED.ordinal()],
                        counts[kind.ordinal()][PracticeStatus.QUERIED.ordinal()]))
                .toList();
    }
}
