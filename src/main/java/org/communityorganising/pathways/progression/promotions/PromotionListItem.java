package org.communityorganising.pathways.progression.promotions;

import java.time.Instant;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.communityorganising.pathways.base.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/** A pending request in a chapter lead's queue. */
/**
 * A request in a chapter lead's list: waiting ones with whether this person may decide them, and
 * decided ones with when.
 *
 * @param mayNotDecide why the signed-in person may not decide it (a translation key); null when they may
 *     or when it is decided
 */
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
        int needed,
        String status,
        @Nullable Instant decidedAt,
        @Nullable String mayNotDecide) {

    static final RowMapper<PromotionListItem> ROW = Rows.byName(PromotionListItem.class);

    /**
     * Why the signed-in person (:me, :admin, :myRank) may not decide a request r to tier t, as a
     * translation key; null when they may, or when it is decided. The one statement of the rule in
     * SQL: the queue's marks and the home's "to decide" both use it.
     */
    static final String MAY_NOT_DECIDE = """
            (case when r.status <> 'PENDING' then null
                  when r.person_id = :me then 'promotions.not-yours.self'
                  when r.nominated_by = :me then 'promotions.not-yours.nominated'
                  when t.approval = 'ADMINISTRATOR' and not :admin then 'promotions.not-yours.administrators'
                  when exists (select 1 from promotion_approval a where a.request_id = r.id and a.approver_id = :me)
                       then 'promotions.not-yours.approved-already'
                  when exists (select 1 from promotion_approval a where a.request_id = r.id) and :myRank < t.rank
                       then 'promotions.error.second-approver'
             end)""";

    /** Requests of the caller's chapter (administrators: every chapter): waiting ones oldest first, then decided ones newest first. */
    static final String IN_SCOPE = """
            select r.id, r.person_id, p.full_name as person_name, i.name as institution,
                   t.name_en as to_name_en, t.name_cy as to_name_cy, r.requested_at, n.full_name as nominated_by,
                   (select count(*) from promotion_approval a where a.request_id = r.id) as approvals,
                   r.approvals_needed as needed, r.status, r.decided_at,
                   """ + MAY_NOT_DECIDE + """
                    as may_not_decide
            from promotion_request r
            join v_person p on p.id = r.person_id
            left join v_institution i on i.id = p.institution_id
            join tier t on t.id = r.to_tier_id
            left join v_person n on n.id = r.nominated_by
            """ + Filtered.WHERE + """
            order by case when r.status = 'PENDING' then r.requested_at end nulls last, r.decided_at desc nulls last, r.id
            limit :limit offset :offset""";

    /** The filter's conditions, shared by the list and its count. */
    static final class Filtered {
        static final String WHERE = """
                where (cast(:status as varchar) is null or r.status = :status) and (:admin or p.chapter_id = :chapter)
                  and (:text = '' or lower(p.full_name) like :pattern escape '\\')
                """;

        private Filtered() {}
    }

    public String toName(Locale locale) {
        return Bilingual.pick(locale, toNameEn, toNameCy);
    }
}
