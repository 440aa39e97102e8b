package org.communityorganising.pathways.progression.tiers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.communityorganising.pathways.base.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/**
 * A standing that needs practice, told to the leader ({@code aboutMe}) or to someone who supports
 * them; shown on the reader's home until dismissed.
 *
 * @param keptUntil the last day the tier is kept without more practice; null when not known
 */
public record StandingNotice(
        long id,
        boolean aboutMe,
        String aboutName,
        String tierNameEn,
        String tierNameCy,
        StandingState state,
        @Nullable LocalDate keptUntil,
        Instant createdAt) {

    static final RowMapper<StandingNotice> ROW = Rows.byName(StandingNotice.class);

    static final String UNREAD_OF_PERSON = """
            select n.id, n.about_id = n.person_id as about_me, p.full_name as about_name,
                   t.name_en as tier_name_en, t.name_cy as tier_name_cy, n.state, n.kept_until, n.created_at
            from standing_notice n
            join v_person p on p.id = n.about_id
            join tier t on t.id = n.tier_id
            where n.person_id = :me and n.read_at is null
            order by n.created_at desc, n.id desc
            limit 20""";

    public String tierName(Locale locale) {
        return Bilingual.pick(locale, tierNameEn, tierNameCy);
    }
}
