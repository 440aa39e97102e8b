package org.communityorganising.pathways.progression.promotions;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.PlainText;
import org.communityorganising.pathways.base.Rows;
import org.communityorganising.pathways.progression.tiers.LeaderAssessments;
import org.communityorganising.pathways.progression.tiers.TierApproval;
import org.communityorganising.pathways.progression.tiers.TierAssessment;
import org.communityorganising.pathways.progression.tiers.TierCatalogue;
import org.communityorganising.pathways.progression.tiers.TierDefinition;
import org.communityorganising.pathways.progression.tiers.TierService;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;
import org.communityorganising.pathways.security.PathwaysUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Promotion requests: asked for by the leader once every requirement is met, or nominated by a
 * trainer or lead of their chapter (possibly with requirements unmet, and a reason). The evidence
 * is frozen into the request when it is made. Chapter leads of the person's chapter (and
 * administrators) decide; a tier approved by administrators is decided by them alone. Nobody
 * decides a request about themselves or one they nominated. A tier that needs two approvers stays
 * pending until two different people approved, the second holding at least that tier. The request
 * row is locked while deciding, so two people deciding at once decide it once.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PromotionService {

    public static final int REASON_MAX = 1000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final TierCatalogue tiers;
    private final TierService tierService;
    private final LeaderAssessments assessments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PromotionService(
            JdbcClient jdbc,
            CurrentUser currentUser,
            TierCatalogue tiers,
            TierService tierService,
            LeaderAssessments assessments,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.tiers = tiers;
        this.tierService = tierService;
        this.assessments = assessments;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in leader asks for a review into their next tier; every requirement must be met. */
    public long askForReview() {
        return request(assessments.mine(), null, null, true);
    }

    /**
     * A trainer or lead of the person's chapter (or an administrator) nominates them for their next
     * tier, possibly with requirements unmet; the reason is required and the decider reads it.
     */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public long nominate(long personId, String reason) {
        var user = currentUser.require();
        if (personId == user.personId()) {
            throw new AccessDeniedException("Nobody nominates themselves");
        }
        requireInScope(user, chapterOf(personId));
        String why = PlainText.requiredLine(reason, REASON_MAX, "promotions.error.reason");
        return request(assessments.of(personId), user.personId(), why, false);
    }

    private long request(
            LeaderAssessments.Assessment leader,
            @Nullable Long nominatedBy,
            @Nullable String reason,
            boolean mustBeMet) {
        long personId = leader.personId();
        var from = leader.current();
        var to = leader.next();
        var assessment = leader.towardsNext();
        if (to == null || assessment == null || to.approval() == TierApproval.AUTOMATIC) {
            throw new InvalidInputException("promotions.error.top");
        }
        if (mustBeMet && !assessment.allMet()) {
            throw new InvalidInputException("promotions.error.not-met");
        }
        if (jdbc.sql("select exists (select 1 from promotion_request where person_id = :p and status = 'PENDING')")
                .param("p", personId)
                .query(Boolean.class)
                .single()) {
            throw new InvalidInputException("promotions.error.pending");
        }
        long id;
        try {
            id = jdbc.sql("""
                            insert into promotion_request (person_id, from_tier_id, to_tier_id, nominated_by, reason,
                                approvals_needed, snapshot, status, requested_at)
                            values (:person, :from, :to, :nominatedBy, :reason, :needed, :snapshot, 'PENDING', :at)
                            returning id""")
                    .param("person", personId)
                    .param("from", from.id())
                    .param("to", to.id())
                    .param("nominatedBy", nominatedBy, java.sql.Types.BIGINT)
                    .param("reason", reason, java.sql.Types.VARCHAR)
                    .param("needed", to.approvalsNeeded())
                    .param("snapshot", JSON.writeValueAsString(assessment))
                    .param("at", Timestamp.from(clock.instant()))
                    .query(Long.class)
                    .single();
        } catch (org.springframework.dao.DuplicateKeyException twice) {
            // The partial unique index: someone else opened one in the same moment.
            throw new InvalidInputException("promotions.error.pending");
        }
        events.publishEvent(
                new PromotionEvents.PromotionRequested(id, personId, from.rank(), to.rank(), nominatedBy != null));
        return id;
    }

    /** The signed-in person's pending request; null when there is none. */
    @Transactional(readOnly = true)
    public @Nullable OpenRequest myOpenRequest() {
        return jdbc.sql(OpenRequest.PENDING_OF_PERSON)
                .param("me", currentUser.require().personId())
                .query(OpenRequest.ROW)
                .optional()
                .orElse(null);
    }

    /** Unread notices of decisions about the signed-in person, newest first. */
    @Transactional(readOnly = true)
    public List<Notice> myNotices() {
        return jdbc.sql(Notice.UNREAD_OF_PERSON)
                .param("me", currentUser.require().personId())
                .query(Notice.ROW)
                .list();
    }

    /** Dismisses one of the signed-in person's own notices (anyone else's is left alone). */
    public void dismiss(long noticeId) {
        jdbc.sql("update progression_notice set read_at = :at where id = :id and person_id = :me and read_at is null")
                .param("at", Timestamp.from(clock.instant()))
                .param("id", noticeId)
                .param("me", currentUser.require().personId())
                .update();
    }

    /** Pending requests of the signed-in lead's chapter (administrators: every chapter), oldest first. */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<PromotionListItem> queue(Pageable page) {
        return list(PromotionFilter.waiting(), page);
    }

    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public int countQueue() {
        return count(PromotionFilter.waiting());
    }

    /**
     * Requests of the signed-in lead's chapter (administrators: every chapter) in the filter's state,
     * each waiting one marked with why this person may not decide it, if they may not.
     */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<PromotionListItem> list(PromotionFilter filter, Pageable page) {
        var user = currentUser.require();
        return bind(jdbc.sql(PromotionListItem.IN_SCOPE), filter)
                .param("me", user.personId())
                .param("myRank", tiers.heldBy(user.personId()).rank())
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(PromotionListItem.ROW)
                .list();
    }

    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public int count(PromotionFilter filter) {
        return bind(
                        jdbc.sql("select count(*) from promotion_request r join v_person p on p.id = r.person_id "
                                + PromotionListItem.Filtered.WHERE),
                        filter)
                .query(Integer.class)
                .single();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, PromotionFilter filter) {
        var user = currentUser.require();
        String text = PlainText.searchText(filter.text()).toLowerCase(java.util.Locale.ROOT);
        return sql.param("status", filter.status(), java.sql.Types.VARCHAR)
                .param("admin", user.isAdmin())
                .param("chapter", user.chapterId(), java.sql.Types.BIGINT)
                .param("text", text)
                .param("pattern", org.communityorganising.pathways.base.SearchText.containsPattern(filter.text()));
    }

    /**
     * Requests the signed-in lead may decide now — of their chapter (administrators: every
     * chapter), neither their own nor their nomination nor approved by them already — and since
     * when the oldest waits.
     */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public ToDecide toDecide() {
        var user = currentUser.require();
        return jdbc.sql("""
                        select count(*) as count, min(r.requested_at) as oldest
                        from promotion_request r join v_person p on p.id = r.person_id
                        join tier t on t.id = r.to_tier_id
                        where r.status = 'PENDING' and (:admin or p.chapter_id = :chapter)
                          and """ + PromotionListItem.MAY_NOT_DECIDE + """
                         is null""")
                .param("admin", user.isAdmin())
                .param("chapter", user.chapterId(), java.sql.Types.BIGINT)
                .param("me", user.personId())
                .param("myRank", tiers.heldBy(user.personId()).rank())
                .query((rs, row) -> new ToDecide(
                        rs.getInt("count"),
                        rs.getTimestamp("oldest") == null
                                ? null
                                : rs.getTimestamp("oldest").toInstant()))
                .single();
    }

    /** @param oldest when the oldest of them was made; null when there is none */
    public record ToDecide(int count, java.time.@Nullable Instant oldest) {}

    /** One request with the snapshot beside today's evidence; for deciders of the person's chapter. */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public PromotionDetail detail(long requestId) {
        var user = currentUser.require();
        var request = load(requestId, false);
        requireInScope(user, request.chapterId());
        var to = tiers.tier(request.toTierId());
        var leader = assessments.of(request.personId());
        var approvals = jdbc.sql(PromotionDetail.Approval.SQL)
                .param("id", requestId)
                .query(PromotionDetail.Approval.ROW)
                .list();
        var row = jdbc.sql(PromotionDetail.Request.SQL)
                .param("id", requestId)
                .query(PromotionDetail.Request.ROW)
                .single();
        return new PromotionDetail(
                row,
                JSON.readValue(row.snapshot(), TierAssessment.class),
                assessments.towards(leader.record(), to),
                leader.standing(),
                approvals,
                request.needed(),
                whyNot(user, request, to),
                whyNotApprove(user, approvals.size(), to),
                request.version());
    }

    /**
     * Approves a request. With one approver needed (or this being the second) the person's tier
     * changes, the history records it and the person is told; otherwise it stays pending.
     */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public void approve(long requestId, @Nullable String comment) {
        var user = currentUser.require();
        String said = PlainText.optionalLines(comment, REASON_MAX, "promotions.error.comment");
        var request = load(requestId, true);
        var to = tiers.tier(request.toTierId());
        requireMayDecide(user, request, to);
        int before = approvals(requestId);
        String mayNotApprove = whyNotApprove(user, before, to);
        if (mayNotApprove != null) {
            throw new InvalidInputException(mayNotApprove);
        }
        jdbc.sql("""
                        insert into promotion_approval (request_id, approver_id, approved_at, comment)
                        values (:request, :me, :at, :comment)""")
                .param("request", requestId)
                .param("me", user.personId())
                .param("at", Timestamp.from(clock.instant()))
                .param("comment", said, java.sql.Types.VARCHAR)
                .update();
        if (before + 1 < request.needed()) {
            events.publishEvent(new PromotionEvents.PromotionApprovalGiven(
                    requestId, request.personId(), before + 1, request.needed()));
            return;
        }
        decide(requestId, "APPROVED", user.personId(), said);
        tierService.grant(request.personId(), request.toTierId(), request.fromRank(), requestId);
        notify(request.personId(), requestId);
        events.publishEvent(new PromotionEvents.PromotionDecided(
                requestId, request.personId(), true, request.fromRank(), to.rank()));
    }

    /** Refuses a request with a comment the person reads; one refusal ends it. */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public void refuse(long requestId, String comment) {
        var user = currentUser.require();
        String said = PlainText.requiredLine(comment, REASON_MAX, "promotions.error.refusal-comment");
        var request = load(requestId, true);
        var to = tiers.tier(request.toTierId());
        requireMayDecide(user, request, to);
        decide(requestId, "REFUSED", user.personId(), said);
        notify(request.personId(), requestId);
        events.publishEvent(new PromotionEvents.PromotionDecided(
                requestId, request.personId(), false, request.fromRank(), to.rank()));
    }

    private void decide(long requestId, String status, long by, @Nullable String comment) {
        jdbc.sql("""
                        update promotion_request set status = :status, decided_by = :by, decided_at = :at,
                            decision_comment = :comment, version = version + 1
                        where id = :id and status = 'PENDING'""")
                .param("status", status)
                .param("by", by)
                .param("at", Timestamp.from(clock.instant()))
                .param("comment", comment, java.sql.Types.VARCHAR)
                .param("id", requestId)
                .update();
    }

    private void notify(long personId, long requestId) {
        jdbc.sql("insert into progression_notice (person_id, request_id, created_at) values (:person, :request, :at)")
                .param("person", personId)
                .param("request", requestId)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    private int approvals(long requestId) {
        return jdbc.sql("select count(*) from promotion_approval where request_id = :id")
                .param("id", requestId)
                .query(Integer.class)
                .single();
    }

    private record Loaded(
            long id,
            long personId,
            @Nullable Long chapterId,
            long toTierId,
            int fromRank,
            @Nullable Long nominatedBy,
            String status,
            int needed,
            long version) {
        static final RowMapper<Loaded> ROW = Rows.byName(Loaded.class);
    }

    /** Reads a request; {@code lock} holds its row until the deciding transaction ends. */
    private Loaded load(long requestId, boolean lock) {
        return jdbc.sql("""
                        select r.id, r.person_id, p.chapter_id, r.to_tier_id, f.rank as from_rank, r.nominated_by,
                               r.status, r.approvals_needed as needed, r.version
                        from promotion_request r
                        join v_person p on p.id = r.person_id
                        join tier f on f.id = r.from_tier_id
                        where r.id = :id""" + (lock ? " for update of r" : ""))
                .param("id", requestId)
                .query(Loaded.ROW)
                .optional()
                .orElseThrow(() -> new InvalidInputException("promotions.error.not-found"));
    }

    private void requireMayDecide(PathwaysUser user, Loaded request, TierDefinition to) {
        requireInScope(user, request.chapterId());
        String why = whyNot(user, request, to);
        if (why == null) {
            return;
        }
        if (why.equals("promotions.not-yours.self") || why.equals("promotions.not-yours.nominated")) {
            throw new AccessDeniedException(why);
        }
        throw new InvalidInputException(why);
    }

    /** Why the signed-in person may not decide this request now; null when they may. */
    private @Nullable String whyNot(PathwaysUser user, Loaded request, TierDefinition to) {
        if (request.personId() == user.personId()) {
            return "promotions.not-yours.self";
        }
        if (request.nominatedBy() != null && request.nominatedBy() == user.personId()) {
            return "promotions.not-yours.nominated";
        }
        if (!request.status().equals("PENDING")) {
            return "promotions.not-yours.decided";
        }
        if (to.approval() == TierApproval.ADMINISTRATOR && !user.isAdmin()) {
            return "promotions.not-yours.administrators";
        }
        if (jdbc.sql("select exists (select 1 from promotion_approval where request_id = :r and approver_id = :me)")
                .param("r", request.id())
                .param("me", user.personId())
                .query(Boolean.class)
                .single()) {
            return "promotions.not-yours.approved-already";
        }
        return null;
    }

    /** Why someone who may decide may still not approve: a second approver holds the tier or above. */
    private @Nullable String whyNotApprove(PathwaysUser user, int approvalsSoFar, TierDefinition to) {
        return approvalsSoFar >= 1 && tiers.heldBy(user.personId()).rank() < to.rank()
                ? "promotions.error.second-approver"
                : null;
    }

    /** Leads act only in their own chapter; administrators everywhere. */
    private static void requireInScope(PathwaysUser user, @Nullable Long chapterId) {
        if (user.isAdmin()) {
            return;
        }
        boolean sameChapter = chapterId != null && chapterId.equals(user.chapterId());
        if (!sameChapter || !(user.hasRole(AppRoles.CHAPTER_LEAD) || user.hasRole(AppRoles.TRAINER))) {
            throw new AccessDeniedException("Only people of your own chapter");
        }
    }

    /** The chapter of an active person; a deactivated or unknown one reads as not found. */
    private @Nullable Long chapterOf(long personId) {
        return jdbc.sql("select chapter_id from v_person where id = :id and active")
                .param("id", personId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new InvalidInputException("people.error.not-found"));
    }
}
