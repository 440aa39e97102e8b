package org.communityorganising.pathways.progression;

import java.util.Locale;

/** A tier as the ladder shows it, in both languages. */
public record LadderStep(int rank, String nameEn, String nameCy, String summaryEn, String summaryCy, TierApproval approval) {

    public String name(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
    }

    public String summary(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? summaryCy : summaryEn;
    }
}
