package org.communityorganising.pathways.progression.tiers;

import java.time.LocalDate;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.communityorganising.pathways.base.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/** A leader of a chapter whose standing needs practice, as a lead's list shows them. */
public record StandingLine(
        long personId,
        String fullName,
        String tierNameEn,
        String tierNameCy,
        StandingState state,
        @Nullable LocalDate keptUntil) {

    static final RowMapper<StandingLine> ROW = Rows.byName(StandingLine.class);

    public String tierName(Locale locale) {
        return Bilingual.pick(locale, tierNameEn, tierNameCy);
    }
}
