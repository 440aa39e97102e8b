package org.communityorganising.pathways.progression;

import org.communityorganising.pathways.base.Bilingual;
import java.util.Locale;

/** A tier as the ladder shows it, in both languages. */
public record LadderStep(int rank, String nameEn, String nameCy, String summaryEn, String summaryCy, TierApproval approval) {

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameEn, nameCy);
    }

    public String summary(Locale locale) {
        return Bilingual.pick(locale, summaryEn, summaryCy);
    }
}
