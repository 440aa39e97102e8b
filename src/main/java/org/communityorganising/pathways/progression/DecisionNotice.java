package org.communityorganising.pathways.progression;

import java.time.Instant;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.communityorganising.pathways.progression.promotions.Notice;
import org.jspecify.annotations.Nullable;

/**
 * A decision about the signed-in person's promotion, as the rest of the application reads it (the
 * home page): progression's published form of a promotions notice.
 *
 * @param decidedBy who decided, so that their comment has a name beside it; null when none is recorded
 */
public record DecisionNotice(
        long id,
        boolean approved,
        String tierNameEn,
        String tierNameCy,
        @Nullable String decidedBy,
        @Nullable String comment,
        Instant createdAt) {

    static DecisionNotice of(Notice notice) {
        return new DecisionNotice(
                notice.id(),
                notice.approved(),
                notice.tierNameEn(),
                notice.tierNameCy(),
                notice.decidedBy(),
                notice.comment(),
                notice.createdAt());
    }

    public String tierName(Locale locale) {
        return Bilingual.pick(locale, tierNameEn, tierNameCy);
    }
}
