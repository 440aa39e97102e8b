package org.communityorganising.pathways.progression;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.communityorganising.pathways.progression.tiers.StandingNotice;
import org.communityorganising.pathways.progression.tiers.StandingState;
import org.jspecify.annotations.Nullable;

/**
 * A tier that needs practice to be kept, as the home page reads it: about the signed-in person
 * ({@code aboutMe}) or about a leader they support. Progression's published form of a standing
 * notice.
 *
 * @param lapsed lapsed already; otherwise due for renewal
 * @param keptUntil the last day the tier is kept without more practice; null when not known
 */
public record StandingReminder(
        long id,
        boolean aboutMe,
        String aboutName,
        String tierNameEn,
        String tierNameCy,
        boolean lapsed,
        @Nullable LocalDate keptUntil,
        Instant createdAt) {

    static StandingReminder of(StandingNotice notice) {
        return new StandingReminder(
                notice.id(),
                notice.aboutMe(),
                notice.aboutName(),
                notice.tierNameEn(),
                notice.tierNameCy(),
                notice.state() == StandingState.LAPSED,
                notice.keptUntil(),
                notice.createdAt());
    }

    public String tierName(Locale locale) {
        return Bilingual.pick(locale, tierNameEn, tierNameCy);
    }
}
