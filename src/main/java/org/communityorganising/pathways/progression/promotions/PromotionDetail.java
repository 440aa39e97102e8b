package org.communityorganising.pathways.progression.promotions;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.communityorganising.pathways.base.Rows;
import org.communityorganising.pathways.progression.tiers.Standing;
import org.communityorganising.pathways.progression.tiers.TierAssessment;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/**
 * One request as a decider sees it: the request itself, the evidence frozen when it was made beside
 * today's, who has approved so far, and whether the signed-in person may decide it (and if not,
 * why). The leader's standing in the tier they hold is shown beside them: a lapsed leader reads so.
 *
 * @param notYoursKey why the signed-in person may neither approve nor refuse; null when they may
 * @param mayNotApproveKey why they may refuse but not approve (a second approver below the tier)
 */
public record PromotionDetail(
        Request request,
        TierAssessment snapshot,
        TierAssessment today,
        Standing standing,
        List<Approval> approvals,
        int needed,
        @Nullable String notYoursKey,
        @Nullable String mayNotApproveKey,
        long version) {

    /** The request's own row, its columns named as its components. */
    public record Request(
            long id,
            long personId,
            String personName,
            String fromNameEn,
            String fromNameCy,
            String toNameEn,
            String toNameCy,
            String status,
            @Nullable String nominatedBy,
            @Nullable String reason,
            Instant requestedAt,
            String snapshot,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String decisionComment) {

        static final RowMapper<Request> ROW = Rows.byName(Request.class);
        static final String SQL = """
                select r.id, r.person_id, p.full_name as person_name,
                       f.name_en as from_name_en, f.name_cy as from_name_cy,
                       t.name_en as to_name_en, t.name_cy as to_name_cy, r.status,
                       n.full_name as nominated_by, r.reason, r.requested_at, r.snapshot,
                       d.full_name as decided_by, r.decided_at, r.decision_comment
                from promotion_request r
                join v_person p on p.id = r.person_id
                join tier f on f.id = r.from_tier_id
                join tier t on t.id = r.to_tier_id
                left join v_person n on n.id = r.nominated_by
                left join v_person d on d.id = r.decided_by
                where r.id = :id""";
    }

    public long id() {
        return request.id();
    }

    public String personName() {
        return request.personName();
    }

    public String status() {
        return request.status();
    }

    public String fromName(Locale locale) {
        return Bilingual.pick(locale, request.fromNameEn(), request.fromNameCy());
    }

    public String toName(Locale locale) {
        return Bilingual.pick(locale, request.toNameEn(), request.toNameCy());
    }

    /** The signed-in person may refuse it now. */
    public boolean mayDecide() {
        return notYoursKey == null;
    }

    /** The signed-in person may approve it now. */
    public boolean mayApprove() {
        return notYoursKey == null && mayNotApproveKey == null;
    }

    public record Approval(
            String approverName,
            Instant approvedAt,
            @Nullable String comment) {

        static final RowMapper<Approval> ROW = Rows.byName(Approval.class);
        static final String SQL = """
                select p.full_name as approver_name, a.approved_at, a.comment from promotion_approval a
                join v_person p on p.id = a.approver_id where a.request_id = :id order by a.approved_at""";
    }
}
