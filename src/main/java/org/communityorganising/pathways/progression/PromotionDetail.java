package org.communityorganising.pathways.progression;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.jspecify.annotations.Nullable;

/**
 * One request as a decider sees it: the evidence frozen when it was made beside today's, who has
 * approved so far, and whether the signed-in person may decide it (and if not, why).
 */
public record PromotionDetail(
        long id,
        long personId,
        String personName,
        String fromNameEn,
        String fromNameCy,
        String toNameEn,
        String toNameCy,
        String status,
        @Nullable String nominatedBy,
        @Nullable String reason,
        Instant requestedAt,
        TierAssessment snapshot,
        TierAssessment today,
        List<Approval> approvals,
        int needed,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionComment,
        @Nullable String notYoursKey,
        long version) {

    public String fromName(Locale locale) {
        return Bilingual.pick(locale, fromNameEn, fromNameCy);
    }

    public String toName(Locale locale) {
        return Bilingual.pick(locale, toNameEn, toNameCy);
    }

    /** The signed-in person may approve or refuse it now. */
    public boolean mayDecide() {
        return notYoursKey == null;
    }

    public record Approval(
            String approverName, Instant at, @Nullable String comment) {}
}
