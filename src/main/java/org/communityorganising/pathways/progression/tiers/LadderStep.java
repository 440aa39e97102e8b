package org.communityorganising.pathways.progression.tiers;

import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;

/** A tier as the ladder shows it, in both languages. */
public record LadderStep(
        int rank, String nameEn, String nameCy, String summaryEn, String summaryCy, TierApproval approval) {

    static LadderStep of(TierDefinition tier) {
        return new LadderStep(
                tier.rank(), tier.nameEn(), tier.nameCy(), tier.summaryEn(), tier.summaryCy(), tier.approval());
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameEn, nameCy);
    }

    public String summary(Locale locale) {
        return Bilingual.pick(locale, summaryEn, summaryCy);
    }
}
