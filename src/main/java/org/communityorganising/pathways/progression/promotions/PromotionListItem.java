package org.communityorganising.pathways.progression.promotions;

import java.time.Instant;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.jspecify.annotations.Nullable;

/** A pending request in a chapter lead's queue. */
public record PromotionListItem(
        long id,
        long personId,
        String personName,
        @Nullable String institution,
        String toNameEn,
        String toNameCy,
        Instant requestedAt,
        @Nullable String nominatedBy,
        int approvals,
        int needed) {

    public String toName(Locale locale) {
        return Bilingual.pick(locale, toNameEn, toNameCy);
    }
}
