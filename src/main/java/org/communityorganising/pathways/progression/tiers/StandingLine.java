package org.communityorganising.pathways.progression.tiers;

import java.time.LocalDate;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
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

    /** By name, by hand: reflection and enum conversion cost more than the query at a chapter's size. */
    static final RowMapper<StandingLine> ROW = (rs, row) -> new StandingLine(
            rs.getLong("person_id"),
            rs.getString("full_name"),
            rs.getString("tier_name_en"),
            rs.getString("tier_name_cy"),
            StandingState.valueOf(rs.getString("state")),
            rs.getObject("kept_until", LocalDate.class));

    public String tierName(Locale locale) {
        return Bilingual.pick(locale, tierNameEn, tierNameCy);
    }
}
