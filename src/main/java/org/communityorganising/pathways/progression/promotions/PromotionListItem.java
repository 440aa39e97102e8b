package org.communityorganising.pathways.progression.promotions;

import java.time.Instant;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.communityorganising.pathways.base.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

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

    static final RowMapper<PromotionListItem> ROW = Rows.byName(PromotionListItem.class);

    /** Pending requests of the caller's chapter (administrators: every chapter), oldest first. */
    static final String PENDING_IN_SCOPE = """
            select r.id, r.person_id, p.full_name as person_name, i.name as institution,
                   t.name_en as to_name_en, t.name_cy as to_name_cy, r.requested_at, n.full_name as nominated_by,
                   (select count(*) from promotion_approval a where a.request_id = r.id) as approvals,
                   r.approvals_needed as needed
            from promotion_request r
            join v_person p on p.id = r.person_id
            left join v_institution i on i.id = p.institution_id
            join tier t on t.id = r.to_tier_id
            left join v_person n on n.id = r.nominated_by
            where r.status = 'PENDING' and (:admin or p.chapter_id = :chapter)
            order by r.requested_at, r.id
            limit :limit offset :offset""";

    public String toName(Locale locale) {
        return Bilingual.pick(locale, toNameEn, toNameCy);
    }
}
