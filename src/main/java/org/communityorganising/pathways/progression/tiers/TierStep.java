package org.communityorganising.pathways.progression.tiers;

import java.time.Instant;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.communityorganising.pathways.base.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/**
 * One step a person took up the ladder: the tier and when; {@code recognisedFrom} names the file of
 * the chapter import that recognised a tier held before Pathways (null for a promotion).
 */
public record TierStep(
        String nameEn,
        String nameCy,
        Instant since,
        @Nullable String recognisedFrom) {

    static final RowMapper<TierStep> ROW = Rows.byName(TierStep.class);
    static final String HISTORY_OF_PERSON = """
            select t.name_en, t.name_cy, h.since, h.recognised_from from tier_history h join tier t on t.id = h.tier_id
            where h.person_id = :me order by h.since desc, h.id desc""";

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameEn, nameCy);
    }
}
