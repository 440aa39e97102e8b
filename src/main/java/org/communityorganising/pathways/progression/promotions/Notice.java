package org.communityorganising.pathways.progression.promotions;

import java.time.Instant;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.communityorganising.pathways.base.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/**
 * A decision about the person's promotion, shown on their home until they dismiss it.
 *
 * @param decidedBy who decided, so that their comment has a name beside it; null when no decider
 *     is recorded. A decider erased since reads as people's placeholder name.
 */
public record Notice(
        long id,
        boolean approved,
        String tierNameEn,
        String tierNameCy,
        @Nullable String decidedBy,
        @Nullable String comment,
        Instant createdAt) {

    static final RowMapper<Notice> ROW = Rows.byName(Notice.class);

    static final String UNREAD_OF_PERSON = """
            select n.id, r.status = 'APPROVED' as approved, t.name_en as tier_name_en, t.name_cy as tier_name_cy,
                   d.full_name as decided_by, r.decision_comment as comment, n.created_at
            from progression_notice n
            join promotion_request r on r.id = n.request_id
            join tier t on t.id = r.to_tier_id
            left join v_person d on d.id = r.decided_by
            where n.person_id = :me and n.read_at is null
            order by n.created_at desc, n.id desc""";

    public String tierName(Locale locale) {
        return Bilingual.pick(locale, tierNameEn, tierNameCy);
    }
}
