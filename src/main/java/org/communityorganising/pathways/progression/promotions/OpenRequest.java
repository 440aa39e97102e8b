package org.communityorganising.pathways.progression.promotions;

import java.time.Instant;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.communityorganising.pathways.base.Rows;
import org.springframework.jdbc.core.RowMapper;

/** The signed-in leader's pending request, as their path shows it. */
public record OpenRequest(
        long id, String toNameEn, String toNameCy, Instant requestedAt, int approvals, int needed, boolean nominated) {

    static final RowMapper<OpenRequest> ROW = Rows.byName(OpenRequest.class);
    static final String PENDING_OF_PERSON = """
            select r.id, t.name_en as to_name_en, t.name_cy as to_name_cy, r.requested_at,
                   (select count(*) from promotion_approval a where a.request_id = r.id) as approvals,
                   r.approvals_needed as needed, r.nominated_by is not null as nominated
            from promotion_request r join tier t on t.id = r.to_tier_id
            where r.person_id = :me and r.status = 'PENDING'""";

    public String toName(Locale locale) {
        return Bilingual.pick(locale, toNameEn, toNameCy);
    }
}
