package org.communityorganising.pathways.progression;

import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;

/**
 * How far one leader is with their next tier, for a lead's or a trainer's list.
 *
 * @param met requirements of the next tier met
 * @param total requirements of the next tier
 */
public record LeaderReadiness(
        long personId, String fullName, String nextTierEn, String nextTierCy, int met, int total, boolean requested) {

    public String nextTier(Locale locale) {
        return Bilingual.pick(locale, nextTierEn, nextTierCy);
    }

    public boolean ready() {
        return met == total;
    }

    /** Share of the requirements met, 0 to 1; a tier without requirements counts as ready. */
    public double progress() {
        return total == 0 ? 1 : (double) met / total;
    }
}
